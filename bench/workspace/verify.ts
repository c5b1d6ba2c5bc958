import type { Sql } from './database'
import { get, timelinePath } from './pages'
import type { DemoTenant } from './rows'

type Row = Record<string, unknown>

function fail(what: string): never {
  throw new Error(`Bulk rows do not look like the app's: ${what}`)
}

/** Every column the app filled on its own row must be filled on the bulk row too. */
function sameColumnsFilled(table: string, app: Row | undefined, bulk: Row | undefined) {
  if (!app || !bulk) fail(`${table}: no row to compare`)
  const missing = Object.keys(app).filter((c) => app[c] != null && bulk[c] == null)
  if (missing.length) fail(`${table}: the app fills ${missing.join(', ')}, the bulk row leaves it empty`)
}

/** Fields the API gives for the app's record that it leaves out for the bulk one. */
const missingKeys = (app: Row, bulk: Row) => Object.keys(app).filter((k) => app[k] != null && bulk[k] == null)

/**
 * Before anything is timed: the bulk rows, read back below and through the REST API, have what the
 * app's own rows have — the same columns filled, the same shape on the API, the hot account's
 * timeline counting them, and the reps' access scope applying to them.
 */
export async function verifyBulkRows(
  sql: Sql,
  base: string,
  cookies: { manager: string; rep: string },
  demo: DemoTenant,
  expected: { firstAccount: number; accounts: number; hotActivities: number },
) {
  const [firstActivity] = await sql.rows<{ id: number }>(
    'SELECT min(a.id) AS id FROM activities a JOIN activities_rels r ON r.parent_id = a.id WHERE r.accounts_id >= ?',
    [expected.firstAccount],
  )
  const [appActivity] = await sql.rows<Row>(
    `SELECT * FROM activities WHERE tenant_id = ? AND status = 'done' AND id < ? ORDER BY id LIMIT 1`,
    [demo.tenant, firstActivity.id],
  )
  const [bulkActivity] = await sql.rows<Row>(`SELECT * FROM activities WHERE id > ? AND status = 'done' ORDER BY id LIMIT 1`, [
    firstActivity.id,
  ])
  sameColumnsFilled('activities', appActivity, bulkActivity)
  const rel = (id: unknown) => sql.rows<Row>('SELECT * FROM activities_rels WHERE parent_id = ?', [id])
  const [appRel] = await rel(appActivity.id)
  const bulkRels = await rel(bulkActivity.id)
  if (bulkRels.length !== 1) fail(`activity ${bulkActivity.id} has ${bulkRels.length} relatedTo rows`)
  sameColumnsFilled('activities_rels', { ...appRel, id: null }, { ...bulkRels[0], id: null })
  const [appAccount] = await sql.rows<Row>('SELECT * FROM accounts WHERE id = ?', [demo.hot])
  const [bulkAccount] = await sql.rows<Row>('SELECT * FROM accounts WHERE id = ?', [expected.firstAccount])
  sameColumnsFilled('accounts', appAccount, bulkAccount)

  // Through REST as the manager: the same fields come back, the relation resolves to the account.
  const json = async (cookie: string, path: string) => JSON.parse((await get(base, cookie, path)).text) as Row
  const apiApp = await json(cookies.manager, `/api/activities/${appActivity.id}?depth=0`)
  const apiBulk = await json(cookies.manager, `/api/activities/${bulkActivity.id}?depth=0`)
  if (missingKeys(apiApp, apiBulk).length) fail(`the API gives no ${missingKeys(apiApp, apiBulk).join(', ')} for a bulk activity`)
  const related = apiBulk.relatedTo as { relationTo?: string; value?: unknown } | null
  if (related?.relationTo !== 'accounts' || related.value == null) fail(`relatedTo reads ${JSON.stringify(related)}`)
  const accountApp = await json(cookies.manager, `/api/accounts/${demo.hot}?depth=0`)
  const accountBulk = await json(cookies.manager, `/api/accounts/${expected.firstAccount}?depth=0`)
  if (missingKeys(accountApp, accountBulk).length)
    fail(`the API gives no ${missingKeys(accountApp, accountBulk).join(', ')} for a bulk account`)
  if (!accountBulk.lastFollowUpAt) fail('a bulk account has no last follow-up time')

  // The hot account's timeline as the manager (the team's activities) reads it: every one counted, owners resolved.
  const timeline = await json(cookies.manager, timelinePath(demo.hot))
  const [{ n: onHot }] = await sql.rows<{ n: number }>('SELECT count(*) AS n FROM activities_rels WHERE accounts_id = ?', [
    demo.hot,
  ])
  if (Number(timeline.totalDocs) !== Number(onHot) || Number(onHot) < expected.hotActivities)
    fail(`the hot account's timeline counts ${timeline.totalDocs}, the table ${onHot}, the seed ${expected.hotActivities}`)
  const first = (timeline.docs as Row[])[0]
  if (!first || typeof first.owner !== 'object' || !(first.owner as Row).name) fail('timeline owners do not resolve')

  // Access: a rep reads their own bulk accounts and not the other rep's.
  const [theirs] = await sql.rows<{ id: number }>('SELECT id FROM accounts WHERE id >= ? AND owner_id = ? LIMIT 1', [
    expected.firstAccount,
    demo.reps[1].id,
  ])
  const res = await fetch(`${base}/api/accounts/${theirs.id}?depth=0`, { headers: { cookie: cookies.rep } })
  if (res.status === 200) fail(`the east rep reads account ${theirs.id} of the north rep`)
  const mine = await json(cookies.rep, '/api/accounts?limit=1&depth=0')
  if (Number(mine.totalDocs) < expected.accounts * 0.4) fail(`the east rep sees only ${mine.totalDocs} accounts`)
}
