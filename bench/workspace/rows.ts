import { DEMO } from '../../seeds/demo/demoData'
import { computeKeys } from '../../src/duplicates/matchKeys'
import type { Kind } from './database'

/** The Chinese demo company as the bulk rows need it: its id, its two reps, and the two measured accounts. */
export type DemoTenant = {
  tenant: number
  reps: { id: number; department: number }[]
  /** A demo account of the first rep that gets thousands of activities, and one that gets a few. */
  hot: number
  normal: number
}

const DAY = 86_400_000
const TWO_YEARS_MIN = 730 * 24 * 60
export const HOT_EVERY = 200
const SUBJECTS = ['电话回访', '上门拜访', '方案沟通会', '报价邮件', '合同跟进', '需求调研', '售后回访', '年度复盘']
const TYPES = ['call', 'visit', 'meeting', 'email', 'note', 'task', 'event']

export const ACCOUNT_COLUMNS = [
  'id',
  'name',
  'code',
  'type',
  'industry',
  'grade',
  'phone',
  'email',
  'tax_number',
  'address_province',
  'address_city',
  'status',
  'custom',
  'tenant_id',
  'owner_id',
  'department_id',
  'dup_key_name',
  'dup_key_phone',
  'dup_key_email',
  'dup_key_tax_number',
  'created_at',
  'updated_at',
]

/** Bulk account i (ids from `firstId`): like the demo's, every tenth in the public pool, created over two years. */
export function accountRow(i: number, firstId: number, demo: DemoTenant, now: number): unknown[] {
  const w = DEMO.zh
  const rep = i % 10 === 9 ? null : demo.reps[i % demo.reps.length]
  const name = `${w.cities[i % w.cities.length]}${w.trades[Math.floor(i / 10) % w.trades.length]}${i + 1}号${w.companySuffix}`
  const phone = `0571-8${String(1_000_000 + ((i * 7919) % 9_000_000)).slice(-7)}`
  const email = `sales${i + 1}@bulk${i % 97}.example.cn`
  const taxNumber = i % 3 === 0 ? `91330100MA${String(i).padStart(8, '0')}` : null
  // The keys the duplicate check writes on save, by the app's own function.
  const keys = computeKeys('accounts', { name, phone, email, taxNumber })
  const at = new Date(now - ((i * 7919) % 730) * DAY - (i % 86_400) * 1000).toISOString()
  return [
    firstId + i,
    name,
    `B${String(i + 1).padStart(6, '0')}`,
    ['customer', 'prospect', 'partner'][i % 3],
    ['food', 'retail', 'manufacturing', 'logistics', 'it'][i % 5],
    ['a', 'b', 'c'][i % 3],
    phone,
    email,
    taxNumber,
    '浙江省',
    w.cities[i % w.cities.length],
    'active',
    '{}',
    demo.tenant,
    rep?.id ?? null,
    rep?.department ?? null,
    keys.name ?? null,
    keys.phone ?? null,
    keys.email ?? null,
    keys.taxNumber ?? null,
    at,
    at,
  ]
}

export const ACTIVITY_COLUMNS = [
  'id',
  'subject',
  'type',
  'status',
  'start_at',
  'end_at',
  'all_day',
  'outcome',
  'custom',
  'tenant_id',
  'owner_id',
  'department_id',
  'created_at',
  'updated_at',
  // The copy of relatedTo the timeline reads (src/fields/relatedTo.ts).
  'related_key',
]

/** The account activity j hangs on: every 200th the hot one, ten on the normal one, the rest spread evenly. */
export function accountOf(j: number, accounts: number, firstAccount: number, demo: DemoTenant): number {
  if (j % HOT_EVERY === 0) return demo.hot
  if (j % HOT_EVERY === 1 && j < 10 * HOT_EVERY) return demo.normal
  return firstAccount + ((j * 7919 + 1) % accounts)
}

/**
 * Activity j and its `relatedTo` row: dates over the last two years (one in 40 planned in the next
 * month), owned by a demo rep, logged at its start like a follow-up is.
 */
export function activityRows(
  j: number,
  firstId: number,
  account: number,
  demo: DemoTenant,
  now: number,
  kind: Kind,
): { activity: unknown[]; rel: unknown[] } {
  const rep = demo.reps[j % demo.reps.length]
  const planned = j % 40 === 39
  const start = planned ? now + ((j % 30) + 1) * DAY : now - ((j * 104_729) % TWO_YEARS_MIN) * 60_000 - DAY
  const type = TYPES[j % TYPES.length]
  const status = planned ? 'planned' : j % 23 === 0 ? 'cancelled' : 'done'
  const created = new Date(planned ? now - (j % 10) * DAY : start).toISOString()
  const activity = [
    firstId + j,
    SUBJECTS[j % SUBJECTS.length],
    type,
    status,
    new Date(start).toISOString(),
    type === 'meeting' || type === 'visit' ? new Date(start + 3_600_000).toISOString() : null,
    kind === 'postgres' ? false : 0,
    status === 'done' ? `客户反馈良好，约定下周再沟通报价细节（第 ${j + 1} 次跟进）。` : null,
    '{}',
    demo.tenant,
    rep.id,
    rep.department,
    created,
    created,
    `accounts:${account}`,
  ]
  return { activity, rel: [firstId + j, 'relatedTo', account] }
}

export const REL_COLUMNS = ['parent_id', 'path', 'accounts_id']
