import type { FlowDoc } from './flowDoc'

export const NODE = { width: 132, height: 48, gap: 52 } as const
const MARGIN = 24

export type DiagramNode = {
  index: number | null
  key: string
  x: number
  y: number
  color: string
  final: boolean
  ghost: boolean
}
export type DiagramEdge = {
  index: number
  path: string
  labelX: number
  labelY: number
  /** Drawn dashed: from any stage (`*`). */
  any: boolean
}
export type Diagram = { width: number; height: number; nodes: DiagramNode[]; edges: DiagramEdge[] }

/**
 * Lays the flow out as a row of stages in their order: arrows to the next stage are straight,
 * arrows skipping ahead arc above, arrows going back arc below, `*` arrows drop in from above, and
 * stages a transition names but the flow lacks are appended as ghost nodes. Pure geometry.
 */
export function flowDiagram(doc: FlowDoc): Diagram {
  const column = (n: number) => MARGIN + n * (NODE.width + NODE.gap)
  const keys: { key: string; index: number | null }[] = doc.stages.map((s, i) => ({ key: s.key, index: i }))
  const position = new Map<string, number>()
  keys.forEach((k, n) => {
    if (!position.has(k.key)) position.set(k.key, n)
  })
  // Stages a transition names but the flow lacks become ghost nodes after the real ones.
  for (const t of doc.transitions)
    for (const key of [t.from, t.to])
      if (key !== '*' && !position.has(key)) {
        position.set(key, keys.length)
        keys.push({ key, index: null })
      }
  const spanOf = (from: string, to: string) => (position.get(to) ?? 0) - (position.get(from) ?? 0)
  // Each arc a little deeper than its span alone asks for, so parallel arcs stay apart.
  const depthOf = (index: number, span: number) => 26 + Math.abs(span) * 14 + (index % 3) * 6
  let above = 40
  let below = 0
  doc.transitions.forEach((t, i) => {
    if (t.from === '*') return
    const span = spanOf(t.from, t.to)
    if (span > 1) above = Math.max(above, depthOf(i, span) + 20)
    if (span < 0) below = Math.max(below, depthOf(i, span) + 20)
  })
  const top = Math.max(72, above + 24)
  const nodes: DiagramNode[] = keys.map((k, n) => {
    const stage = k.index == null ? null : doc.stages[k.index]
    return {
      index: k.index,
      key: k.key,
      x: column(n),
      y: top,
      color: stage ? stage.color || '#64748b' : '#dc2626',
      final: Boolean(stage?.final),
      ghost: !stage,
    }
  })
  const xOf = (key: string) => column(position.get(key) ?? 0)
  const midY = top + NODE.height / 2
  const edges: DiagramEdge[] = doc.transitions.map((t, index) => {
    const cx = xOf(t.to) + NODE.width / 2
    if (t.from === '*') {
      const x = cx + ((index % 3) - 1) * 14
      return { index, any: true, path: `M ${x} ${top - 52} L ${x} ${top - 2}`, labelX: x, labelY: top - 56 }
    }
    const span = spanOf(t.from, t.to)
    const fx = xOf(t.from)
    const tx = xOf(t.to)
    if (span === 0) {
      const x = fx + NODE.width - 16
      return {
        index,
        any: false,
        path: `M ${x} ${top} C ${x} ${top - 40}, ${x + 36} ${top - 40}, ${x + 20} ${top - 2}`,
        labelX: x + 20,
        labelY: top - 34,
      }
    }
    if (span === 1)
      return {
        index,
        any: false,
        path: `M ${fx + NODE.width} ${midY} L ${tx - 2} ${midY}`,
        labelX: (fx + NODE.width + tx) / 2,
        labelY: midY - 6,
      }
    const forward = span > 0
    const depth = depthOf(index, span)
    const y = forward ? top : top + NODE.height
    const bend = forward ? y - depth * 1.33 : y + depth * 1.33
    const x1 = fx + NODE.width / 2 + (forward ? 12 : -12)
    const x2 = tx + NODE.width / 2 + (forward ? -12 : 12)
    return {
      index,
      any: false,
      path: `M ${x1} ${y} C ${x1} ${bend}, ${x2} ${bend}, ${x2} ${forward ? y - 2 : y + 2}`,
      labelX: (x1 + x2) / 2,
      labelY: forward ? y - depth - 4 : y + depth + 12,
    }
  })
  return { width: column(Math.max(1, keys.length)) - NODE.gap + MARGIN, height: top + NODE.height + below + 24, nodes, edges }
}

/**
 * A name cut to what a box or an arrow's label holds (`room` in Latin letters; a CJK character takes
 * two), with an ellipsis when cut.
 */
export function fitLabel(text: string, room: number): string {
  let width = 0
  let cut = 0
  for (const ch of text) {
    width += /[\u2E80-\uFFFF]/.test(ch) ? 2 : 1
    if (width > room) return `${text.slice(0, cut)}…`
    cut += ch.length
  }
  return text
}
