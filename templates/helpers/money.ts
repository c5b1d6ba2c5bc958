import type { HelperOptions } from 'handlebars'
import type { Language } from '../types'
import { languageOf, rootOf, splitArgs } from './context'
import { formatDecimal, toDecimal } from './decimalArgs'
import { HelperError } from './helperError'

const SYMBOLS: Record<string, string> = { CNY: '¥', USD: 'US$', EUR: '€', GBP: '£', HKD: 'HK$', JPY: 'JP¥' }
// Currencies without minor units print no decimals.
const ZERO_DECIMALS = new Set(['JPY', 'KRW'])

export type MoneyStyle = 'symbol' | 'code' | 'none'

/**
 * An amount with its currency, half-up to the currency's places: zh "¥1,234.56", en "CNY 1,234.56".
 * Empty amounts print nothing (a blank cell, not "¥0.00").
 */
export function formatMoney(
  amount: unknown,
  currency: string,
  language: Language,
  style: MoneyStyle = language === 'zh' ? 'symbol' : 'code',
  decimals?: number,
): string {
  const value = toDecimal(amount, 'money')
  if (value === null) return ''
  const code = currency.toUpperCase()
  if (!/^[A-Z]{3}$/.test(code)) throw new HelperError(`money: "${currency}" is not a currency code`)
  const places = decimals ?? (ZERO_DECIMALS.has(code) ? 0 : 2)
  const number = formatDecimal(value, places)
  if (style === 'none') return number
  if (style === 'code') return `${code} ${number}`
  const symbol = SYMBOLS[code] ?? `${code} `
  return number.startsWith('-') ? `-${symbol}${number.slice(1)}` : `${symbol}${number}`
}

/** `{{money amount}}`, `{{money amount "USD"}}`, `{{money amount style="code" decimals=4}}`. */
export function moneyHelper(...args: unknown[]): string {
  const { values, options } = splitArgs(args)
  const [amount, currencyArg] = values
  const root = rootOf(options)
  const currency = String(currencyArg || root.doc?.currency || root.tenant?.currency || 'CNY')
  const style = moneyStyle(options)
  const decimals = options.hash.decimals
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 8)) {
    throw new HelperError('money: decimals must be a whole number from 0 to 8')
  }
  return formatMoney(amount, currency, languageOf(options), style, decimals)
}

function moneyStyle(options: HelperOptions): MoneyStyle | undefined {
  const style = options.hash.style
  if (style === undefined) return undefined
  if (style === 'symbol' || style === 'code' || style === 'none') return style
  throw new HelperError('money: style must be "symbol", "code" or "none"')
}

/** `{{number quantity}}` → "1,234.5" (up to 4 places, trailing zeros dropped); `decimals=2` fixes the places. */
export function numberHelper(...args: unknown[]): string {
  const { values, options } = splitArgs(args)
  const value = toDecimal(values[0], 'number')
  if (value === null) return ''
  const decimals = options.hash.decimals
  if (decimals !== undefined) {
    if (!(Number.isInteger(decimals) && decimals >= 0 && decimals <= 8)) throw new HelperError('number: decimals must be 0 to 8')
    return formatDecimal(value, decimals)
  }
  const rounded = value.toDecimalPlaces(4)
  return formatDecimal(rounded, rounded.decimalPlaces())
}

/** `{{percent taxRate}}` → "13%" for a rate written in percent ("13" or "13.00"). */
export function percentHelper(value: unknown, _options: HelperOptions): string {
  const rate = toDecimal(value, 'percent')
  if (rate === null) return ''
  const rounded = rate.toDecimalPlaces(4)
  return `${formatDecimal(rounded, rounded.decimalPlaces())}%`
}
