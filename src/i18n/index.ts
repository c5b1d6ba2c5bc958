import { en as payloadEn } from '@payloadcms/translations/languages/en'
import { zh as payloadZh } from '@payloadcms/translations/languages/zh'
import type { Config } from 'payload'
import { fill } from './fill'
import type { Language } from './language'
import { en, type MessageKey } from './messages/en'
import { zh } from './messages/zh'

export { LANGUAGES, type Language, toLanguage } from './language'
export const messages: Record<Language, Record<MessageKey, string>> = { en, zh }

/** Payload's admin language set: ours are namespaced as `formwork:<key>`. */
export const i18nConfig: Config['i18n'] = {
  fallbackLanguage: 'zh',
  supportedLanguages: { zh: payloadZh, en: payloadEn },
  translations: { en: { formwork: en }, zh: { formwork: zh } },
}

/** A message in a language, with `{{name}}` placeholders filled. */
export function message(lang: Language, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fill(messages[lang][key], vars)
}
