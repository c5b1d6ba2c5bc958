/**
 * Numbering patterns: literal text and tokens, e.g. `QT-{YYYY}{MM}-{SEQ:4}` or `HT-{DEPT}-{YYYY}-{SEQ:3}`.
 * Pure: parsing and formatting know nothing of Payload or the database.
 */
export type PatternPart =
  | { kind: 'text'; text: string }
  | { kind: 'year4' }
  | { kind: 'year2' }
  | { kind: 'month' }
  | { kind: 'day' }
  | { kind: 'seq'; width: number | null }
  | { kind: 'department' }
  | { kind: 'field'; path: string }

export type PatternProblem =
  | { code: 'empty' }
  | { code: 'unclosedBrace'; at: number }
  | { code: 'strayBrace'; at: number }
  | { code: 'unknownToken'; token: string }
  | { code: 'badWidth'; token: string }
  | { code: 'noSequence' }
  | { code: 'twoSequences' }

/** Thrown for a pattern an admin cannot save; `problem` says what is wrong, for a message in their language. */
export class PatternError extends Error {
  constructor(readonly problem: PatternProblem) {
    super(`Invalid numbering pattern: ${JSON.stringify(problem)}`)
  }
}

export const MAX_WIDTH = 12
const FIELD_PATH = /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/

function parseToken(token: string): PatternPart {
  switch (token) {
    case 'YYYY':
      return { kind: 'year4' }
    case 'YY':
      return { kind: 'year2' }
    case 'MM':
      return { kind: 'month' }
    case 'DD':
      return { kind: 'day' }
    case 'SEQ':
      return { kind: 'seq', width: null }
    case 'DEPT':
      return { kind: 'department' }
  }
  if (token.startsWith('SEQ:')) {
    const width = token.slice(4)
    if (!/^\d{1,2}$/.test(width) || Number(width) < 1 || Number(width) > MAX_WIDTH)
      throw new PatternError({ code: 'badWidth', token })
    return { kind: 'seq', width: Number(width) }
  }
  if (token.startsWith('field:') && FIELD_PATH.test(token.slice(6))) return { kind: 'field', path: token.slice(6) }
  throw new PatternError({ code: 'unknownToken', token })
}

/** The parts of a pattern, or a PatternError naming the first problem. Exactly one `{SEQ}` is required. */
export function parsePattern(pattern: string): PatternPart[] {
  if (!pattern.trim()) throw new PatternError({ code: 'empty' })
  const parts: PatternPart[] = []
  let text = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    if (ch === '}') throw new PatternError({ code: 'strayBrace', at: i })
    if (ch !== '{') {
      text += ch
      continue
    }
    const end = pattern.indexOf('}', i)
    const nextOpen = pattern.indexOf('{', i + 1)
    if (end < 0 || (nextOpen >= 0 && nextOpen < end)) throw new PatternError({ code: 'unclosedBrace', at: i })
    if (text) parts.push({ kind: 'text', text })
    text = ''
    parts.push(parseToken(pattern.slice(i + 1, end).trim()))
    i = end
  }
  if (text) parts.push({ kind: 'text', text })
  const sequences = parts.filter((p) => p.kind === 'seq').length
  if (sequences === 0) throw new PatternError({ code: 'noSequence' })
  if (sequences > 1) throw new PatternError({ code: 'twoSequences' })
  return parts
}

/** The pattern's problem, or null when it is valid. */
export function patternProblem(pattern: string): PatternProblem | null {
  try {
    parsePattern(pattern)
    return null
  } catch (error) {
    if (error instanceof PatternError) return error.problem
    throw error
  }
}

export type DateParts = { year: number; month: number; day: number }

export type FormatInput = {
  /** The calendar date in the tenant's time zone. */
  date: DateParts
  /** The counter's value. */
  seq: number
  /** Width for a bare `{SEQ}`. */
  defaultWidth: number
  departmentCode?: string | null
  /** Values for `{field:path}`. */
  fieldValue?: (path: string) => unknown
}

const pad = (value: number, width: number) => String(value).padStart(width, '0')

/** Text of a record value inside a number: ids of relations, dates as YYYYMMDD, nothing for empty. */
function valueText(value: unknown): string {
  if (value == null) return ''
  if (typeof value === 'object') return valueText((value as { id?: unknown }).id)
  return String(value)
}

/** The number a pattern gives for a counter value and a date. A counter wider than `{SEQ:n}` is printed whole. */
export function formatNumber(parts: PatternPart[], input: FormatInput): string {
  return parts
    .map((part) => {
      switch (part.kind) {
        case 'text':
          return part.text
        case 'year4':
          return pad(input.date.year, 4)
        case 'year2':
          return pad(input.date.year % 100, 2)
        case 'month':
          return pad(input.date.month, 2)
        case 'day':
          return pad(input.date.day, 2)
        case 'seq':
          return pad(input.seq, part.width ?? input.defaultWidth)
        case 'department':
          return input.departmentCode ?? ''
        case 'field':
          return valueText(input.fieldValue?.(part.path))
        default:
          return ''
      }
    })
    .join('')
}
