import { type BinaryOp, type Node, RuleSyntaxError } from './ast'
import { type Token, tokenize } from './tokenize'

const MAX_LENGTH = 2000
const MAX_DEPTH = 64

/**
 * Parse a rule, e.g. `type == 'repair' && priority in ['high', 'urgent']` or
 * `round(amount * (1 - discount / 100), 2)`. Precedence, loosest first: `||`/or, `&&`/and, `!`/not,
 * comparisons (== != > >= < <= in, not in, contains), + -, * /, unary minus.
 */
export function parseRule(source: string): Node {
  if (source.length > MAX_LENGTH) throw new RuleSyntaxError(`A rule may have at most ${MAX_LENGTH} characters`, MAX_LENGTH)
  const tokens = tokenize(source)
  let position = 0
  let depth = 0
  const peek = (): Token => tokens[position]
  const isOp = (text: string) => peek().type === 'op' && (peek() as { text: string }).text === text
  const isWord = (text: string) => peek().type === 'name' && (peek() as { text: string }).text.toLowerCase() === text
  const expect = (text: string) => {
    if (!isOp(text)) throw new RuleSyntaxError(`Expected "${text}"`, peek().column)
    position++
  }
  const nested = <T>(parse: () => T): T => {
    if (++depth > MAX_DEPTH) throw new RuleSyntaxError('The rule is nested too deeply', peek().column)
    try {
      return parse()
    } finally {
      depth--
    }
  }

  const or = (): Node =>
    nested(() => {
      let left = and()
      while (isOp('||') || isWord('or')) {
        position++
        left = { kind: 'binary', op: '||', left, right: and() }
      }
      return left
    })
  const and = (): Node => {
    let left = not()
    while (isOp('&&') || isWord('and')) {
      position++
      left = { kind: 'binary', op: '&&', left, right: not() }
    }
    return left
  }
  const not = (): Node => {
    if (isOp('!') || isWord('not')) {
      position++
      return nested(() => ({ kind: 'unary', op: '!', operand: not() }))
    }
    return comparison()
  }
  const comparison = (): Node => {
    const left = additive()
    const token = peek()
    let op: BinaryOp | null = null
    if (token.type === 'op' && ['==', '!=', '>', '>=', '<', '<='].includes(token.text)) op = token.text as BinaryOp
    else if (isWord('in')) op = 'in'
    else if (isWord('contains')) op = 'contains'
    else if (isWord('not') && tokens[position + 1]?.type === 'name' && (tokens[position + 1] as { text: string }).text === 'in') {
      position++
      op = 'not in'
    }
    if (!op) return left
    position++
    return { kind: 'binary', op, left, right: additive() }
  }
  const additive = (): Node => {
    let left = multiplicative()
    while (isOp('+') || isOp('-')) {
      const op = (tokens[position++] as { text: BinaryOp }).text
      left = { kind: 'binary', op, left, right: multiplicative() }
    }
    return left
  }
  const multiplicative = (): Node => {
    let left = unary()
    while (isOp('*') || isOp('/')) {
      const op = (tokens[position++] as { text: BinaryOp }).text
      left = { kind: 'binary', op, left, right: unary() }
    }
    return left
  }
  const unary = (): Node => {
    if (isOp('-')) {
      position++
      return nested(() => ({ kind: 'unary', op: '-', operand: unary() }))
    }
    return primary()
  }
  const primary = (): Node => {
    const token = peek()
    if (token.type === 'number') {
      position++
      return { kind: 'number', text: token.text }
    }
    if (token.type === 'string') {
      position++
      return { kind: 'literal', value: token.value }
    }
    if (token.type === 'op' && token.text === '(') {
      position++
      const inner = or()
      expect(')')
      return inner
    }
    if (token.type === 'op' && token.text === '[') {
      position++
      const items: Node[] = []
      if (!isOp(']')) {
        items.push(or())
        while (isOp(',')) {
          position++
          items.push(or())
        }
      }
      expect(']')
      return { kind: 'list', items }
    }
    if (token.type === 'name') {
      position++
      const word = token.text
      if (word === 'true' || word === 'false') return { kind: 'literal', value: word === 'true' }
      if (word === 'null') return { kind: 'literal', value: null }
      if (isOp('(')) {
        position++
        const args: Node[] = []
        if (!isOp(')')) {
          args.push(or())
          while (isOp(',')) {
            position++
            args.push(or())
          }
        }
        expect(')')
        return { kind: 'call', name: word, args, column: token.column }
      }
      const path = [word]
      while (isOp('.')) {
        position++
        const part = peek()
        if (part.type !== 'name') throw new RuleSyntaxError('Expected a field name after "."', part.column)
        path.push(part.text)
        position++
      }
      return { kind: 'path', path, column: token.column }
    }
    if (token.type === 'end') throw new RuleSyntaxError('The rule ends too early', token.column)
    throw new RuleSyntaxError(`Unexpected "${(token as { text: string }).text}"`, token.column)
  }

  const tree = or()
  if (peek().type !== 'end') throw new RuleSyntaxError('Unexpected text after the rule', peek().column)
  return tree
}

const parsed = new Map<string, Node>()
const CACHE_LIMIT = 1000

/**
 * parseRule, remembered: schemas apply the same few rules to every record written or drawn, so each
 * text is parsed once. Bounded, so rules typed in the designer cannot grow it without end.
 */
export function parsedRule(source: string): Node {
  let node = parsed.get(source)
  if (!node) {
    node = parseRule(source)
    if (parsed.size >= CACHE_LIMIT) parsed.clear()
    parsed.set(source, node)
  }
  return node
}
