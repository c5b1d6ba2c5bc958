import type { Sql } from './database'
import {
  ACCOUNT_COLUMNS,
  ACTIVITY_COLUMNS,
  accountOf,
  accountRow,
  activityRows,
  type DemoTenant,
  HOT_EVERY,
  REL_COLUMNS,
} from './rows'

/** Rows per transaction (and per progress line): large, but a failure leaves whole blocks only. */
const BLOCK = 50_000

/** The Chinese demo company's ids, read from the bootstrapped database. */
export async function demoTenant(sql: Sql): Promise<DemoTenant> {
  const [tenant] = await sql.rows<{ id: number }>(`SELECT id FROM tenants WHERE slug = 'demo'`)
  if (!tenant) throw new Error('The demo company (slug demo) is missing: did the bootstrap seed the demo?')
  const reps = []
  for (const email of ['sales.east@demo.formwork.local', 'sales.north@demo.formwork.local']) {
    const [rep] = await sql.rows<{ id: number; department: number }>(
      `SELECT u.id AS id, m.department_id AS department FROM users u JOIN users_memberships m ON m._parent_id = u.id
       WHERE u.email = ? AND m.tenant_id = ?`,
      [email, tenant.id],
    )
    if (!rep) throw new Error(`Demo user ${email} is missing`)
    reps.push({ id: Number(rep.id), department: Number(rep.department) })
  }
  const own = await sql.rows<{ id: number }>(
    'SELECT id FROM accounts WHERE tenant_id = ? AND owner_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 2',
    [tenant.id, reps[0].id],
  )
  if (own.length < 2) throw new Error('The first demo rep owns fewer than two accounts')
  return { tenant: Number(tenant.id), reps, hot: Number(own[0].id), normal: Number(own[1].id) }
}

const nextId = async (sql: Sql, table: string) =>
  Number((await sql.rows<{ top: number | null }>(`SELECT max(id) AS top FROM ${table}`))[0]?.top ?? 0) + 1

export type SeedFigures = { accounts: number; activities: number; rels: number; seconds: number; firstAccount: number }

/**
 * 100,000 accounts and 1,000,000 activities (each with its `relatedTo` row) for the demo company, in
 * multi-row INSERTs inside transactions of 50,000 rows, then each account's last follow-up as the
 * activity hook keeps it. Ids are given explicitly (rels point at them); PostgreSQL's sequences follow.
 */
export async function bulkSeed(sql: Sql, demo: DemoTenant, accounts: number, activities: number): Promise<SeedFigures> {
  const started = process.hrtime.bigint()
  const now = Date.now()
  const firstAccount = await nextId(sql, 'accounts')
  const firstActivity = await nextId(sql, 'activities')
  for (let from = 0; from < accounts; from += BLOCK) {
    const rows: unknown[][] = []
    for (let i = from; i < Math.min(accounts, from + BLOCK); i++) rows.push(accountRow(i, firstAccount, demo, now))
    await sql.transaction(() => sql.insert('accounts', ACCOUNT_COLUMNS, rows))
    process.stdout.write(`\r  ${sql.kind}: accounts ${from + rows.length}/${accounts}   `)
  }
  for (let from = 0; from < activities; from += BLOCK) {
    const rows: unknown[][] = []
    const rels: unknown[][] = []
    for (let j = from; j < Math.min(activities, from + BLOCK); j++) {
      const account = accountOf(j, accounts, firstAccount, demo)
      const { activity, rel } = activityRows(j, firstActivity, account, demo, now, sql.kind)
      rows.push(activity)
      rels.push(rel)
    }
    await sql.transaction(async () => {
      await sql.insert('activities', ACTIVITY_COLUMNS, rows)
      await sql.insert('activities_rels', REL_COLUMNS, rels)
    })
    process.stdout.write(`\r  ${sql.kind}: activities ${from + rows.length}/${activities}   `)
  }
  // PostgreSQL plans the next statement on the new rows' statistics (a plan made for empty tables
  // nests a million-row scan per account and never ends).
  if (sql.kind === 'postgres') await sql.rows('ANALYZE')
  // What the follow-up hook writes for each done activity: the latest done time on its account, as
  // one aggregate joined back (not a subquery per account).
  await sql.transaction(async () => {
    await sql.rows(
      `UPDATE accounts SET last_follow_up_at = latest.at
       FROM (SELECT r.accounts_id AS account, max(a.start_at) AS at
             FROM activities_rels r JOIN activities a ON a.id = r.parent_id
             WHERE r.path = 'relatedTo' AND r.accounts_id IS NOT NULL AND a.tenant_id = ?
               AND a.status = 'done' AND a.deleted_at IS NULL
             GROUP BY r.accounts_id) AS latest
       WHERE accounts.id = latest.account AND accounts.tenant_id = ? AND (accounts.id >= ? OR accounts.id IN (?, ?))`,
      [demo.tenant, demo.tenant, firstAccount, demo.hot, demo.normal],
    )
  })
  // SQLite apps never run ANALYZE, so neither do we; PostgreSQL's sequences follow the explicit ids.
  if (sql.kind === 'postgres') {
    for (const table of ['accounts', 'activities'])
      await sql.rows(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`)
    await sql.rows('ANALYZE')
  }
  process.stdout.write('\n')
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  return { accounts, activities, rels: activities, seconds, firstAccount }
}

/** Activities the hot account got from the bulk seed. */
export const hotActivities = (activities: number) => Math.ceil(activities / HOT_EVERY)
