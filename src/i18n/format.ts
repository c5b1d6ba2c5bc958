import type { Language } from './language'

const LOCALES: Record<Language, string> = { zh: 'zh-CN', en: 'en-GB' }

/**
 * Money as the language writes it. Amounts travel as decimal strings and are formatted as strings,
 * so no float ever rounds them (Intl rounds a string half-expand, i.e. half-up away from zero).
 */
export function formatMoney(amount: string, currency: string, lang: Language): string {
  assertDecimal(amount)
  return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency }).format(amount as unknown as number)
}

export function formatNumber(value: string | number, lang: Language, maximumFractionDigits = 4): string {
  if (typeof value === 'string') assertDecimal(value)
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(value as number)
}

/** A calendar day in the tenant's time zone (a timestamp near midnight belongs to the local day). */
export function formatDate(value: string | Date, lang: Language, timeZone = 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone }).format(new Date(value))
}

export function formatDateTime(value: string | Date, lang: Language, timeZone = 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(value))
}

function assertDecimal(value: string) {
  if (!/^-?\d+(\.\d+)?$/.test(value)) throw new TypeError(`"${value}" is not a decimal number`)
}
