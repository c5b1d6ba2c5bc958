import { describe, expect, it } from 'vitest'
import { defineField } from '../defineField'
import { type Dependency, describeCycle, findCycles, schemaDependencies, sectionDependencies } from '.'

const text = (rules: Record<string, string> = {}) => ({ ...defineField('text'), ...rules })
const formula = (source: string) => defineField('formula', { formula: source })
const cyclesOf = (properties: Record<string, unknown>) => findCycles(schemaDependencies({ properties })).map(describeCycle)

describe('the schema: which rules and formulas go round in a circle', () => {
  it.each([
    ['no rules', { a: text(), b: text() }, []],
    [
      'a chain is not a circle',
      { a: text({ 'x-visibleWhen': 'custom.b' }), b: text({ 'x-visibleWhen': 'custom.c' }), c: text() },
      [],
    ],
    ['a field shown by its own value', { a: text({ 'x-visibleWhen': "custom.a == 'x'" }) }, ['custom.a → custom.a']],
    ['a field read-only by its own value', { a: text({ 'x-readOnlyWhen': 'custom.a == null' }) }, ['custom.a → custom.a']],
    ['a formula reading itself', { total: formula('custom.total + 1') }, ['custom.total → custom.total']],
    [
      'two fields shown by each other',
      { a: text({ 'x-visibleWhen': "custom.b != ''" }), b: text({ 'x-visibleWhen': "custom.a != ''" }) },
      ['custom.a → custom.b → custom.a'],
    ],
    [
      'two fields read-only by each other',
      { a: text({ 'x-readOnlyWhen': 'custom.b == null' }), b: text({ 'x-readOnlyWhen': 'custom.a == null' }) },
      ['custom.a → custom.b → custom.a'],
    ],
    [
      'two formulas reading each other',
      { x: formula('custom.y * 2'), y: formula('custom.x + 1') },
      ['custom.x → custom.y → custom.x'],
    ],
    [
      'three kinds of rule in one circle',
      {
        a: text({ 'x-visibleWhen': 'custom.f > 0' }),
        f: formula('custom.b * 2'),
        b: text({ 'x-readOnlyWhen': "custom.a == ''" }),
      },
      ['custom.a → custom.f → custom.b → custom.a'],
    ],
    [
      'a long circle is named from its first rule, shortest way back',
      {
        a: text({ 'x-visibleWhen': 'custom.b' }),
        b: text({ 'x-visibleWhen': 'custom.c && custom.d' }),
        c: text({ 'x-visibleWhen': 'custom.a' }),
        d: text({ 'x-visibleWhen': 'custom.e' }),
        e: text({ 'x-visibleWhen': 'custom.a' }),
      },
      ['custom.a → custom.b → custom.c → custom.a'],
    ],
    [
      'two separate circles are both reported',
      {
        a: text({ 'x-visibleWhen': 'custom.b' }),
        b: text({ 'x-visibleWhen': 'custom.a' }),
        c: text({ 'x-readOnlyWhen': 'custom.c' }),
      },
      ['custom.a → custom.b → custom.a', 'custom.c → custom.c'],
    ],
    [
      'required-when both ways is "fill at least one": not a circle',
      { phone: text({ 'x-requiredWhen': "custom.email == ''" }), email: text({ 'x-requiredWhen': "custom.phone == ''" }) },
      [],
    ],
    ['a field required by its own value is not a circle either', { a: text({ 'x-requiredWhen': "custom.a != ''" }) }, []],
    [
      'a removed field applies no rule',
      { a: text({ 'x-visibleWhen': 'custom.b' }), b: { ...text({ 'x-visibleWhen': 'custom.a' }), 'x-removed': true } },
      [],
    ],
    ['base fields only read: no circle through them', { a: text({ 'x-visibleWhen': "status == 'open'" }) }, []],
    [
      'a group as a whole: its rows read by another field that shows it',
      {
        visits: { ...defineField('group', { fields: { on: defineField('date') } }), 'x-visibleWhen': 'custom.count > 0' },
        count: formula('count(custom.visits.on)'),
      },
      ['custom.visits → custom.count → custom.visits'],
    ],
    ['an x-formula on a field that is not a formula is not read', { a: { ...text(), 'x-formula': 'custom.a' } }, []],
    ['a rule that does not parse reads nothing (the rule check reports it)', { a: text({ 'x-visibleWhen': 'custom.a ==' }) }, []],
  ])('%s', (_, properties, expected) => {
    expect(cyclesOf(properties)).toEqual(expected)
  })

  it('points at the rule that starts the circle', () => {
    const [cycle] = findCycles(
      schemaDependencies({ properties: { a: text({ 'x-readOnlyWhen': 'custom.b' }), b: formula('custom.a') } }),
    )
    expect(cycle.map((e) => e.pointer)).toEqual(['/properties/a/x-readOnlyWhen', '/properties/b/x-formula'])
  })
})

describe('sections: a section rule hides every field inside it', () => {
  const layout = (visibleWhen: string, fields: string[]) => ({
    tabs: [
      {
        sections: [
          { id: 's', columns: 2, fields: [{ field: 'name' }] },
          { id: 't', visibleWhen, fields: fields.map((field) => ({ field })) },
        ],
      },
    ],
  })
  it.each([
    ['reading a field outside the section', "custom.a == 'x'", ['custom.b'], {}, []],
    ['reading a field inside it', "custom.a == 'x'", ['custom.a', 'custom.b'], {}, ['custom.a → custom.a']],
    ['reading a base field inside it', "status == 'open'", ['status'], {}, ['status → status']],
    [
      'reading a field outside that is shown by a field inside',
      'custom.c',
      ['custom.b'],
      { c: text({ 'x-visibleWhen': 'custom.b' }) },
      ['custom.b → custom.c → custom.b'],
    ],
    [
      'a circle of the fields alone is the schema check’s, not reported here',
      'name',
      ['custom.b'],
      { a: text({ 'x-visibleWhen': 'custom.a' }) },
      [],
    ],
  ])('%s', (_, rule, fields, properties, expected) => {
    const edges: Dependency[] = [...schemaDependencies({ properties }), ...sectionDependencies(layout(rule, fields))]
    const cycles = findCycles(edges, (e) => e.pointer.startsWith('/tabs/'))
    expect(cycles.map(describeCycle)).toEqual(expected)
    for (const cycle of cycles) expect(cycle[0].pointer).toBe('/tabs/0/sections/1/visibleWhen')
  })
})

describe('findCycles on a large graph', () => {
  it('follows a chain of 5,000 without recursion and finds the one edge that closes it', () => {
    const edges: Dependency[] = Array.from({ length: 5000 }, (_, i) => ({ from: `n${i}`, to: `n${i + 1}`, pointer: `/${i}` }))
    expect(findCycles(edges)).toEqual([])
    const closed = findCycles([...edges, { from: 'n5000', to: 'n0', pointer: '/back' }])
    expect(closed).toHaveLength(1)
    expect(closed[0]).toHaveLength(5001)
  })
})
