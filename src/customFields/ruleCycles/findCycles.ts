import type { Dependency } from './ruleGraph'

/** Tarjan's strongly connected components, iteratively: nodes that can reach each other. */
function components(nodes: string[], next: Map<string, Dependency[]>): Map<string, number> {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const component = new Map<string, number>()
  let counter = 0
  let components = 0
  for (const root of nodes) {
    if (index.has(root)) continue
    const work: { node: string; edge: number }[] = [{ node: root, edge: 0 }]
    index.set(root, counter)
    low.set(root, counter++)
    stack.push(root)
    onStack.add(root)
    while (work.length > 0) {
      const frame = work[work.length - 1]
      const edges = next.get(frame.node) ?? []
      if (frame.edge < edges.length) {
        const to = edges[frame.edge++].to
        if (!index.has(to)) {
          index.set(to, counter)
          low.set(to, counter++)
          stack.push(to)
          onStack.add(to)
          work.push({ node: to, edge: 0 })
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(to) ?? 0))
        continue
      }
      work.pop()
      if (work.length > 0) {
        const parent = work[work.length - 1].node
        low.set(parent, Math.min(low.get(parent) ?? 0, low.get(frame.node) ?? 0))
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        let member: string | undefined
        do {
          member = stack.pop() as string
          onStack.delete(member)
          component.set(member, components)
        } while (member !== frame.node)
        components++
      }
    }
  }
  return component
}

/** The shortest way from one node to another inside one component (breadth first). */
function pathWithin(from: string, to: string, next: Map<string, Dependency[]>, inside: (node: string) => boolean) {
  const cameBy = new Map<string, Dependency | null>([[from, null]])
  const queue = [from]
  for (let i = 0; i < queue.length && !cameBy.has(to); i++)
    for (const edge of next.get(queue[i]) ?? [])
      if (inside(edge.to) && !cameBy.has(edge.to)) {
        cameBy.set(edge.to, edge)
        queue.push(edge.to)
      }
  const path: Dependency[] = []
  for (let at = cameBy.get(to); at; at = cameBy.get(at.from)) path.unshift(at)
  return path
}

/**
 * One cycle per knot of the graph, each as its edges in order (the first edge's `from` is where it
 * starts and ends). Listing every cycle could take exponential time; one per knot is enough to say
 * where it is, and the next check finds the next one. `through` picks which edges a reported cycle must
 * start with (the layout check reports only cycles that go through a section rule); the first such
 * edge, in the order given, is used, so the answer is stable.
 */
export function findCycles(edges: readonly Dependency[], through: (edge: Dependency) => boolean = () => true) {
  const next = new Map<string, Dependency[]>()
  for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge])
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))]
  const component = components(nodes, next)
  const reported = new Set<number>()
  const cycles: Dependency[][] = []
  for (const edge of edges) {
    const knot = component.get(edge.from) as number
    if (reported.has(knot) || component.get(edge.to) !== knot || !through(edge)) continue
    reported.add(knot)
    const back = edge.to === edge.from ? [] : pathWithin(edge.to, edge.from, next, (n) => component.get(n) === knot)
    cycles.push([edge, ...back])
  }
  return cycles
}

/** "custom.a → custom.b → custom.a": how messages name a cycle. */
export const describeCycle = (cycle: readonly Dependency[]) => [...cycle.map((e) => e.from), cycle[0].from].join(' → ')
