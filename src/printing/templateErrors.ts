import type { TemplateError } from '../../templates'
import { type Language, message } from '../i18n'

/** A template error as one sentence: where it is (line and column) first, then the compiler's words. */
export function templateErrorMessage(lang: Language, error: TemplateError): string {
  const where = error.line != null ? message(lang, 'templateErrorAt', { line: error.line, column: error.column ?? 1 }) : ''
  const kinds = {
    compile: '',
    render: 'templateErrorRender',
    timeout: 'templateErrorTimeout',
    'too-large': 'templateErrorTooLarge',
  } as const
  const kind = kinds[error.kind] ? `${message(lang, kinds[error.kind] as 'templateErrorRender')} ` : ''
  return `${where}${kind}${error.message}`
}

/** 400 with `errors: [{ path, message, detail, line, column, kind }]`: the shape the template editor reads. */
export function templateErrorResponse(lang: Language, error: TemplateError, path = 'source'): Response {
  return Response.json(
    {
      errors: [
        {
          path,
          message: templateErrorMessage(lang, error),
          // The compiler's words alone, for screens that show the place themselves.
          detail: error.message,
          line: error.line,
          column: error.column,
          kind: error.kind,
        },
      ],
    },
    { status: 400 },
  )
}
