import Handlebars, { type HelperOptions } from 'handlebars'
import { languageOf, splitArgs } from './context'

/** `{{multiline doc.terms}}`: the text escaped, line breaks kept as <br>. */
export function multilineHelper(value: unknown, _o: HelperOptions): Handlebars.SafeString | string {
  if (value === null || value === undefined) return ''
  const escaped = Handlebars.Utils.escapeExpression(String(value))
  return new Handlebars.SafeString(escaped.replace(/\r?\n/g, '<br>'))
}

export const textHelpers = {
  /** `{{t "报价单" "Quotation"}}`: the Chinese or English text by the template's language. */
  t: (zh: unknown, en: unknown, options: HelperOptions) => String((languageOf(options) === 'zh' ? zh : en) ?? ''),
  /** `{{default doc.subject "—"}}`: the first value that is not empty. */
  default: (...args: unknown[]) => splitArgs(args).values.find((v) => v !== null && v !== undefined && v !== '') ?? '',
  upper: (value: unknown, _o: HelperOptions) => (value === null || value === undefined ? '' : String(value).toUpperCase()),
  /** `{{join (list a b c) ", "}}` skips empty parts: address lines without stray commas. */
  join: (list: unknown, separator: unknown, _o: HelperOptions) =>
    Array.isArray(list)
      ? list.filter((v) => v !== null && v !== undefined && v !== '').join(typeof separator === 'string' ? separator : ', ')
      : '',
  list: (...args: unknown[]) => splitArgs(args).values,
}
