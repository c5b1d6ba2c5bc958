import type { TemplateError } from '../types'

/** A TemplateError as an exception, so compile and render code can throw it through Handlebars. */
export class TemplateFailure extends Error {
  readonly error: TemplateError
  constructor(error: TemplateError) {
    super(error.message)
    this.error = error
  }
}

type Located = { start: { line: number; column: number } } | undefined

/** "money: … (line 3, column 5)": Handlebars columns are 0-based, people count from 1. */
export function located(kind: TemplateError['kind'], message: string, loc: Located): TemplateError {
  if (!loc) return { kind, message }
  const line = loc.start.line
  const column = loc.start.column + 1
  return { kind, message: `${message} (line ${line}, column ${column})`, line, column }
}
