/** Currencies documents can be written in; each tenant has one of them as its base currency. */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP'] as const
