/** What a care rule celebrates, and where the date lives. */
export const OCCASIONS = {
  birthday: { collection: 'contacts', field: 'birthday' },
  foundingDay: { collection: 'accounts', field: 'foundedOn' },
  contractAnniversary: { collection: 'contracts', field: 'signedOn' },
} as const

export type Occasion = keyof typeof OCCASIONS
export const CARE_CHANNELS = ['email', 'sms', 'reminder'] as const
export type CareChannel = (typeof CARE_CHANNELS)[number]

/**
 * The month-day keys that fall on a day: its own, and on 28 February of a year without a 29th, the
 * 29th as well — someone born on a leap day is greeted on the last day of February.
 */
export function monthDaysOn(day: string): string[] {
  const [y, m, d] = day.split('-').map(Number)
  const own = day.slice(5)
  const leap = new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1
  return m === 2 && d === 28 && !leap ? [own, '02-29'] : [own]
}
