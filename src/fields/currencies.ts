/** Currencies documents can be written in; each tenant has one of them as its base currency. */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP'] as const

const SYMBOLS: Record<string, string> = { CNY: '¥', USD: '$', EUR: '€', HKD: 'HK$', JPY: 'JP¥', GBP: '£' }

/** The sign written before an amount of a currency (`¥`, `$`…); an unknown code is written as itself. */
export const currencySymbol = (currency: string | null | undefined): string =>
  currency ? (SYMBOLS[currency] ?? `${currency} `) : '¥'
