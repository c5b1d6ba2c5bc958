import type { Node } from './ast'
import { FUNCTIONS } from './functions'
import { asNumber, compare, Decimal, equal, fromRecord, isTruthy, toPlain, type Value } from './values'

/** Keys that would reach an object's prototype instead of its data. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

type Scope = { record: Record<string, unknown>; now: Date }

/** A dotted path into the record; through arrays (repeating groups) it yields every element's value. */
function lookup(value: unknown, path: string[]): Value {
  let current: unknown = value
  for (const [index, key] of path.entries()) {
    if (current == null || FORBIDDEN.has(key)) return null
    if (Array.isArray(current)) return current.flatMap((item) => lookup(item, path.slice(index))) as Value
    if (typeof current !== 'object' || !Object.hasOwn(current, key)) return null
    current = (current as Record<string, unknown>)[key]
  }
  return fromRecord(current)
}

function arithmetic(op: string, left: Value, right: Value): Value {
  const [a, b] = [asNumber(left), asNumber(right)]
  if (!a || !b) return null
  if (op === '+') return a.plus(b)
  if (op === '-') return a.minus(b)
  if (op === '*') return a.times(b)
  return b.isZero() ? null : a.dividedBy(b)
}

function evaluateNode(node: Node, scope: Scope): Value {
  switch (node.kind) {
    case 'literal':
      return node.value
    case 'number':
      return new Decimal(node.text)
    case 'path':
      return lookup(scope.record, node.path)
    case 'list':
      return node.items.map((item) => evaluateNode(item, scope))
    case 'unary': {
      const operand = evaluateNode(node.operand, scope)
      if (node.op === '!') return !isTruthy(operand)
      return asNumber(operand)?.negated() ?? null
    }
    case 'call': {
      const fn = FUNCTIONS[node.name]
      if (!fn || !Object.hasOwn(FUNCTIONS, node.name)) return null
      return fn.call(
        node.args.map((arg) => evaluateNode(arg, scope)),
        scope.now,
      )
    }
    case 'binary': {
      if (node.op === '&&') return isTruthy(evaluateNode(node.left, scope)) && isTruthy(evaluateNode(node.right, scope))
      if (node.op === '||') return isTruthy(evaluateNode(node.left, scope)) || isTruthy(evaluateNode(node.right, scope))
      const left = evaluateNode(node.left, scope)
      const right = evaluateNode(node.right, scope)
      switch (node.op) {
        case '==':
          return equal(left, right)
        case '!=':
          return !equal(left, right)
        case '>':
          return (compare(left, right) ?? Number.NaN) > 0
        case '>=':
          return (compare(left, right) ?? Number.NaN) >= 0
        case '<':
          return (compare(left, right) ?? Number.NaN) < 0
        case '<=':
          return (compare(left, right) ?? Number.NaN) <= 0
        case 'in':
          return Array.isArray(right) && right.some((item) => equal(left, item))
        case 'not in':
          return !(Array.isArray(right) && right.some((item) => equal(left, item)))
        case 'contains':
          if (Array.isArray(left)) return left.some((item) => equal(item, right))
          return typeof left === 'string' && right != null && left.includes(String(toPlain(right)))
        default:
          return arithmetic(node.op, left, right)
      }
    }
  }
}

/** Does the condition hold for this record? Missing fields are null; nothing here throws on data. */
export function holds(node: Node, record: Record<string, unknown>, now = new Date()): boolean {
  return isTruthy(evaluateNode(node, { record, now }))
}

/** A formula's value for this record: decimals as exact decimal text, null when it cannot be computed. */
export function compute(node: Node, record: Record<string, unknown>, now = new Date()): unknown {
  return toPlain(evaluateNode(node, { record, now }))
}
