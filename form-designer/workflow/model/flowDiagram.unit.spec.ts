import { describe, expect, it } from 'vitest'
import { fitLabel, flowDiagram, NODE } from './flowDiagram'
import { fromPreset } from './presets'
import { flow } from './testFlow'
import { addTransition, updateTransition } from './transitionActions'

describe('flowDiagram', () => {
  it('lays stages out in a row in their order, each transition an edge', () => {
    const d = flowDiagram(flow())
    expect(d.nodes.map((n) => n.key)).toEqual(['open', 'working', 'done'])
    expect(new Set(d.nodes.map((n) => n.y)).size).toBe(1)
    expect(d.nodes[1].x - d.nodes[0].x).toBe(NODE.width + NODE.gap)
    expect(d.edges.map((e) => e.index)).toEqual([0, 1, 2])
    expect(d.width).toBeGreaterThan(d.nodes[2].x + NODE.width)
  })

  it.each([
    ['next stage: a straight line', 'open', 'working', /^M [\d.]+ [\d.]+ L /],
    ['skipping ahead: an arc', 'open', 'done', /^M .* C /],
    ['back: an arc', 'done', 'open', /^M .* C /],
    ['from any stage: a line dropping in', '*', 'done', /^M [\d.]+ [\d.]+ L /],
  ])('%s', (_, from, to, shape) => {
    const d = flowDiagram(addTransition(flow(), from, to, { en: 'X' }))
    const edge = d.edges[3]
    expect(edge.path).toMatch(shape)
    expect(edge.any).toBe(from === '*')
  })

  it('draws a stage a transition names but the flow lacks as a ghost node', () => {
    const d = flowDiagram(updateTransition(flow(), 2, { to: 'nowhere' }))
    expect(d.nodes.at(-1)).toMatchObject({ key: 'nowhere', ghost: true, index: null })
  })

  it('keeps every arc inside the drawing for the presets', () => {
    for (const key of ['service-repair', 'project-opportunity', 'field-event']) {
      const d = flowDiagram(fromPreset(key) ?? flow())
      for (const e of d.edges) {
        expect(e.labelY).toBeGreaterThan(0)
        expect(e.labelY).toBeLessThan(d.height)
      }
    }
  })
})

describe('fitLabel', () => {
  it.each([
    ['Received', 18, 'Received'],
    ['Second-line diagnosis', 18, 'Second-line diagno…'],
    ['信息汇总及整理', 18, '信息汇总及整理'],
    ['信息汇总及整理信息汇总及整理', 18, '信息汇总及整理信息…'],
    ['', 4, ''],
  ])('%s in %i → %s', (text, room, shown) => {
    expect(fitLabel(text, room)).toBe(shown)
  })
})
