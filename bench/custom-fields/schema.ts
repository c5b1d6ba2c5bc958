import { DRAFT_2020_12 } from '../../src/customFields/customSchema'
import { defineField } from '../../src/customFields/defineField'

const options = (...values: string[]) => values.map((value) => ({ value, label: { en: value, zh: value } }))
export const REGIONS = ['east', 'west', 'north', 'south', 'central', 'northeast', 'northwest', 'southwest']

/** Twenty fields of the kinds a company adds to its accounts: every slot kind, and some with none. */
export const ACCOUNT_FIELDS = {
  $schema: DRAFT_2020_12,
  type: 'object',
  additionalProperties: false,
  properties: {
    externalCode: defineField('text', { maxLength: 40 }),
    region: defineField('select', { options: options(...REGIONS) }),
    segment: defineField('select', { options: options('smb', 'mid', 'enterprise') }),
    headcount: defineField('integer', { minimum: -1_000_000, maximum: 10_000_000 }),
    budget: defineField('currency', { minimum: 0 }),
    discountRate: defineField('percent', { minimum: 0, maximum: 100 }),
    score: defineField('decimal', { scale: 3 }),
    rating: defineField('rating'),
    openedOn: defineField('date'),
    lastAuditAt: defineField('dateTime'),
    renewalOn: defineField('date'),
    vip: defineField('boolean'),
    blacklisted: defineField('boolean'),
    contactEmail: defineField('email'),
    hotline: defineField('phone'),
    website: defineField('url'),
    remarks: defineField('longText'),
    nickname: defineField('text'),
    legalRepresentative: defineField('text'),
    channel: defineField('text'),
  },
}

const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + (i % 9000) * 86_400_000).toISOString().slice(0, 10)

/** The custom values of row i, and the native columns that hold the same values for the baseline. */
export function rowValues(i: number) {
  const headcount = (i * 7919) % 20_000
  const openedOn = day(i * 31)
  const externalCode = `EXT-${String(i).padStart(7, '0')}`
  return {
    native: { code: externalCode, employees: headcount, foundedOn: `${openedOn}T00:00:00.000Z` },
    custom: {
      externalCode,
      region: REGIONS[i % REGIONS.length],
      segment: ['smb', 'mid', 'enterprise'][i % 3],
      headcount,
      budget: `${(i % 50_000) * 13}.${String(i % 100).padStart(2, '0')}`,
      discountRate: `${i % 40}.50`,
      score: `${(i % 1000) - 300}.125`,
      rating: (i % 5) + 1,
      openedOn,
      lastAuditAt: `${day(i * 17)}T0${i % 10}:30:00+08:00`,
      renewalOn: day(i * 13 + 400),
      vip: i % 7 === 0,
      blacklisted: i % 101 === 0,
      contactEmail: `buyer${i}@example.cn`,
      hotline: `139${String(10_000_000 + (i % 89_999_999)).padStart(8, '0')}`,
      website: `https://www.company${i}.cn`,
      remarks: `第 ${i} 号客户的备注：按月结算，年底复核。`,
      nickname: `客户${i}`,
      legalRepresentative: `法人${i % 997}`,
      channel: ['直销', '代理', '电商'][i % 3],
    },
  }
}
