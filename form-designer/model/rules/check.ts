import { type Node, RuleSyntaxError } from './ast'
import { FUNCTIONS } from './functions'
import { parseRule } from './parse'

/** Every field path a rule reads, e.g. ['type', 'custom.tier']: what renames and removals must rewrite. */
export function fieldsReferenced(node: Node): string[] {
  const found = new Set<string>()
  const walk = (n: Node) => {
    if (n.kind === 'path') found.add(n.path.join('.'))
    else if (n.kind === 'list') n.items.forEach(walk)
    else if (n.kind === 'unary') walk(n.operand)
    else if (n.kind === 'binary') {
      walk(n.left)
      walk(n.right)
    } else if (n.kind === 'call') n.args.forEach(walk)
  }
  walk(node)
  return [...found]
}

const arityText = ([min, max]: [number, number]) =>
  min === max ? `${min} argument${min === 1 ? '' : 's'}` : `${min} to ${max} arguments`

export type RuleProblem = { message: string; column: number }

/**
 * Parse a rule and check it against the fields that exist, for the designer and for publishing:
 * unknown fields and functions and wrong argument counts are reported with their column.
 */
export function checkRule(source: string, knownFields: (path: string) => boolean): { node: Node } | { problem: RuleProblem } {
  let node: Node
  try {
    node = parseRule(source)
  } catch (error) {
    if (error instanceof RuleSyntaxError) return { problem: { message: error.message, column: error.column } }
    throw error
  }
  let problem: RuleProblem | null = null
  const walk = (n: Node) => {
    if (problem) return
    if (n.kind === 'path' && !knownFields(n.path[0] === 'custom' ? n.path.slice(0, 2).join('.') : n.path[0]))
      problem = { message: `Unknown field "${n.path.join('.')}" (column ${n.column})`, column: n.column }
    else if (n.kind === 'call') {
      const fn = Object.hasOwn(FUNCTIONS, n.name) ? FUNCTIONS[n.name] : undefined
      if (!fn) problem = { message: `Unknown function "${n.name}" (column ${n.column})`, column: n.column }
      else if (n.args.length < fn.arity[0] || n.args.length > fn.arity[1])
        problem = {
          message: `${n.name}() takes ${arityText(fn.arity)} (column ${n.column})`,
          column: n.column,
        }
      else n.args.forEach(walk)
    } else if (n.kind === 'list') n.items.forEach(walk)
    else if (n.kind === 'unary') walk(n.operand)
    else if (n.kind === 'binary') {
      walk(n.left)
      walk(n.right)
    }
  }
  walk(node)
  return problem ? { problem } : { node }
}
