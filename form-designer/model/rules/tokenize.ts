import { RuleSyntaxError } from './ast'

export type Token =
  | { type: 'number'; text: string; column: number }
  | { type: 'string'; value: string; column: number }
  | { type: 'name'; text: string; column: number }
  | { type: 'op'; text: string; column: number }
  | { type: 'end'; column: number }

// Longest first, so `>=` is not read as `>` then `=`.
const OPERATORS = ['&&', '||', '==', '!=', '>=', '<=', '>', '<', '!', '+', '-', '*', '/', '(', ')', '[', ']', ',', '.']
const NAME_START = /[\p{L}_$]/u
const NAME_PART = /[\p{L}\p{N}_$]/u

/** Split a rule into tokens. Names may be Chinese (keys are ASCII, but literals and labels need not be). */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const char = source[i]
    const column = i + 1
    if (/\s/.test(char)) {
      i++
    } else if (/[0-9]/.test(char)) {
      const match = /^[0-9]+(\.[0-9]+)?/.exec(source.slice(i)) as RegExpExecArray
      tokens.push({ type: 'number', text: match[0], column })
      i += match[0].length
    } else if (char === "'" || char === '"') {
      let value = ''
      let j = i + 1
      while (j < source.length && source[j] !== char) {
        if (source[j] === '\\' && j + 1 < source.length) j++
        value += source[j]
        j++
      }
      if (j >= source.length) throw new RuleSyntaxError('Unterminated string', column)
      tokens.push({ type: 'string', value, column })
      i = j + 1
    } else if (NAME_START.test(char)) {
      let j = i + 1
      while (j < source.length && NAME_PART.test(source[j])) j++
      tokens.push({ type: 'name', text: source.slice(i, j), column })
      i = j
    } else {
      const op = OPERATORS.find((o) => source.startsWith(o, i))
      if (!op) throw new RuleSyntaxError(`Unexpected character "${char}"`, column)
      tokens.push({ type: 'op', text: op, column })
      i += op.length
    }
  }
  tokens.push({ type: 'end', column: source.length + 1 })
  return tokens
}
