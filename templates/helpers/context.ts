import type { HelperOptions } from 'handlebars'
import type { Language, TemplateData } from '../types'

/** What every template sees at its root (`@root`): the data plus the page setup as CSS. */
export type TemplateRoot = TemplateData & {
  page: { size: string; orientation: string; margin: string; css: string }
}

export const rootOf = (options: HelperOptions): TemplateRoot => options.data.root as TemplateRoot
export const languageOf = (options: HelperOptions): Language => (rootOf(options).language === 'zh' ? 'zh' : 'en')

/** Handlebars passes the options object last; helpers with optional arguments find it here. */
export function splitArgs(args: unknown[]): { values: unknown[]; options: HelperOptions } {
  return { values: args.slice(0, -1), options: args[args.length - 1] as HelperOptions }
}
