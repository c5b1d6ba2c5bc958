import Handlebars from 'handlebars'
import { describe, expect, it } from 'vitest'
import { checkTemplate } from '..'
import { renderInline as render, renderInlineResult } from '../testing/renderInline'
import { RUNTIME_OPTIONS } from './environment'

const doc = { name: '<script>alert(1)</script>', items: [{ net: '1' }], custom: {} }

describe('the template sandbox', () => {
  it('keeps prototype access off', () => {
    expect(RUNTIME_OPTIONS.allowProtoPropertiesByDefault).toBe(false)
    expect(RUNTIME_OPTIONS.allowProtoMethodsByDefault).toBe(false)
  })

  it.each([
    '{{constructor.constructor}}',
    '{{constructor}}',
    '{{this.constructor.name}}',
    '{{lookup this "__proto__"}}',
    '{{lookup this "constructor"}}',
    '{{lookup (lookup this "constructor") "constructor"}}',
    '{{#with "x"}}{{constructor}}{{/with}}',
    '{{#with "x"}}{{this.constructor.constructor}}{{/with}}',
    '{{#with doc}}{{toString}}{{/with}}',
    '{{doc.toString}}',
    '{{doc.hasOwnProperty}}',
    '{{doc.__proto__}}',
    '{{#with doc.__proto__}}reached{{/with}}',
    '{{#with doc.constructor}}reached{{/with}}',
    '{{doc.__defineGetter__}}',
    '{{#each doc.items}}{{constructor.constructor}}{{__proto__}}{{/each}}',
    '{{custom "__proto__"}}{{custom "constructor"}}',
    '{{sum doc.items "constructor"}}',
    '{{#each (groupBy doc.items "__proto__.constructor")}}{{key}}{{/each}}',
  ])('%s reaches nothing', (source) => {
    expect(render(source, { doc })).toMatch(/^0?$/)
  })

  it('escapes record data; only helpers that escape their input emit HTML', () => {
    expect(render('<p title="{{doc.name}}">{{doc.name}}</p>', { doc })).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    )
    expect(render('{{multiline doc.name}}', { doc })).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(render('{{t doc.name "x"}}|{{default doc.name}}', { doc, language: 'zh' })).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;|&lt;script&gt;alert(1)&lt;/script&gt;',
    )
  })

  it.each([
    ['{{{doc.name}}}', /unescaped output/],
    ['{{& doc.name}}', /unescaped output/],
    ['{{log "x"}}', /unknown helper log/],
    ['{{#*inline "header"}}evil{{/inline}}', /decorators/],
    ['{{*foo}}', /decorators/],
    ['{{> evil}}', /unknown partial evil/],
    ['{{> (lookup . "name")}}', /unknown partial \(dynamic\)/],
    ['{{#> other}}x{{/other}}', /unknown partial other/],
    ['{{exec "rm -rf /"}}', /unknown helper exec/],
    ['{{#blockHelperMissing}}{{/blockHelperMissing}}x{{readFile "/etc/passwd"}}', /unknown helper readFile/],
  ])('refuses %s at compile time', (source, message) => {
    expect(checkTemplate(source)).toMatchObject({ kind: 'compile', message: expect.stringMatching(message) })
  })

  it('never touches the global Handlebars', () => {
    render('{{money "1"}}')
    expect(Handlebars.helpers.money).toBeUndefined()
    expect(Handlebars.helpers.log).toBeDefined()
  })

  it('turns a partial that includes itself into a render error', () => {
    const result = renderInlineResult('{{> header}}', {}, { partials: { header: 'a{{> header}}' } })
    expect(result).toMatchObject({ ok: false, error: { kind: 'render', message: expect.stringMatching(/too deeply/) } })
  })
})
