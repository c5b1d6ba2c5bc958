/** The languages Formwork speaks; Chinese is the default. */
export type Language = 'en' | 'zh'
export const LANGUAGES: Language[] = ['zh', 'en']

export function toLanguage(value: unknown): Language {
  return value === 'en' ? 'en' : 'zh'
}
