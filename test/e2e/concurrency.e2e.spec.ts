import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { serviceRepair } from '../../src/workflow/presets'
import { type AppServer, DEMO, emptyPostgresDatabase, freePort, startAppServer } from '../helpers/appServer'
import { postgresServerUrl } from '../helpers/testDatabases'

/**
 * The concurrency guarantees against running production servers, over real HTTP: on SQLite one
 * server; on PostgreSQL two `next start` processes sharing one database, each race split across them.
 * Every race runs several rounds, so one lucky interleaving cannot hide a bug.
 */

const ROUNDS = 10
const QUOTA = 3

type Caller = { token: string; tenant?: string | number; lang?: 'en' | 'zh-CN'; ifMatch?: string }
type Reply = { status: number; body: any }

async function call(base: string, method: string, path: string, caller: Caller | null, body?: unknown): Promise<Reply> {
  const headers: Record<string, string> = {}
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (caller?.token) headers.authorization = `JWT ${caller.token}`
  if (caller?.tenant != null) headers['x-tenant'] = String(caller.tenant)
  if (caller?.lang) headers['accept-language'] = caller.lang
  if (caller?.ifMatch) headers['if-match'] = `"${caller.ifMatch}"`
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

async function login(base: string, email: string, password: string): Promise<string> {
  const res = await call(base, 'POST', '/users/login', null, { email, password })
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}

const ok = (res: Reply, what: string) => {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

/** Statuses in order, so "exactly one winner" reads as [200, 409]. */
const statuses = (replies: Reply[]) => replies.map((r) => r.status).sort((a, b) => a - b)

const MESSAGES = {
  alreadyClaimed: { en: 'Someone else has just taken this record from the pool.', 'zh-CN': '该记录刚刚已被他人领取。' },
  quota: {
    en: `You already hold ${QUOTA} records from the pool, the most your role allows. Return one first.`,
    'zh-CN': `您已领取 ${QUOTA} 条公海记录，达到角色上限。请先退回一条。`,
  },
  stale: {
    en: 'Someone changed this record after you opened it. Review their changes, then save again.',
    'zh-CN': '您打开该记录后，其他人修改了它。请查看对方的修改后再保存。',
  },
  converted: { en: 'This document has already been converted.', 'zh-CN': '该单据已经转换过了。' },
}

/**
 * The races, against servers `a` and `b` (the same server on SQLite). Fixtures live in the Chinese
 * demo company: its two sales reps and manager, and users of a role with a pool quota made here.
 */
function concurrencyTests(servers: () => { a: string; b: string }) {
  let admin: Caller
  let tenant: string | number
  let east: Caller
  let north: Caller
  let manager: Caller
  let racerRole: string | number
  let department: string | number

  beforeAll(async () => {
    const { a, b } = servers()
    const adminToken = await login(a, DEMO.admin, DEMO.adminPassword)
    const tenants = ok(
      await call(a, 'GET', `/tenants?where[name][equals]=${encodeURIComponent('示例科技有限公司')}`, { token: adminToken }),
      'tenant',
    )
    tenant = tenants.docs[0].id
    admin = { token: adminToken, tenant }
    // Logged in on the server each will race from: a token from one process is honoured by the other.
    east = { token: await login(a, 'sales.east@demo.formwork.local', DEMO.password), lang: 'zh-CN' }
    north = { token: await login(b, 'sales.north@demo.formwork.local', DEMO.password), lang: 'en' }
    manager = { token: await login(b, 'manager@demo.formwork.local', DEMO.password), lang: 'en' }
    department = ok(await call(a, 'GET', '/departments?where[code][equals]=SALES-N&depth=0', admin), 'department').docs[0].id
    racerRole = ok(
      await call(a, 'POST', '/roles', admin, {
        name: `公海限额 ${Date.now()}`,
        key: `pool-racer-${Date.now()}`,
        poolQuota: QUOTA,
        permissions: [{ collection: 'accounts', actions: ['create', 'read', 'update'], scope: 'own' }],
      }),
      'role',
    ).doc.id
  })

  /** A customer in the public pool: created by the admin, then returned with a reason (itself a logged move). */
  async function poolAccount(name: string) {
    const { a } = servers()
    const doc = ok(await call(a, 'POST', '/accounts', admin, { name }), 'create account').doc
    ok(await call(a, 'POST', `/accounts/${doc.id}/return`, admin, { reason: '放回公海' }), 'return to pool')
    return doc.id as string | number
  }

  async function auditEntries(entity: string, id: string | number, action: string) {
    const { a } = servers()
    const res = ok(
      await call(
        a,
        'GET',
        `/audit-log?depth=0&limit=50&where[entity][equals]=${entity}&where[recordId][equals]=${id}&where[action][equals]=${action}`,
        admin,
      ),
      'audit log',
    )
    return res.docs as { user: unknown; changes: { field: string; after: unknown }[] }[]
  }

  it('two reps claim one pool record at once, from two processes: one wins, the other is told in their language, one log entry', async () => {
    const { a, b } = servers()
    for (let round = 0; round < ROUNDS; round++) {
      const id = await poolAccount(`抢单客户 ${round}`)
      const replies = await Promise.all([
        call(a, 'POST', `/accounts/${id}/claim`, east, {}),
        call(b, 'POST', `/accounts/${id}/claim`, north, {}),
      ])
      expect(statuses(replies), JSON.stringify(replies.map((r) => r.body))).toEqual([200, 409])
      const loser = replies[0].status === 409 ? east : north
      const winnerDoc = replies.find((r) => r.status === 200)?.body.doc
      expect(replies.find((r) => r.status === 409)?.body.errors[0].message).toBe(
        MESSAGES.alreadyClaimed[loser.lang as 'en' | 'zh-CN'],
      )
      const claims = await auditEntries('accounts', id, 'claim')
      expect(claims).toHaveLength(1)
      expect(String(claims[0].user)).toBe(String(winnerDoc.owner))
      const stored = ok(await call(b, 'GET', `/accounts/${id}?depth=0`, admin), 'read')
      expect(String(stored.owner)).toBe(String(winnerDoc.owner))
    }
  })

  it('two saves of one version at once, to two processes: one 200, one 409 with the current version', async () => {
    const { a, b } = servers()
    const created = ok(await call(a, 'POST', '/accounts', admin, { name: '并发编辑客户' }), 'create').doc
    let version = created.updatedAt as string
    for (let round = 0; round < ROUNDS; round++) {
      const replies = await Promise.all([
        call(a, 'PATCH', `/accounts/${created.id}`, { ...admin, lang: 'zh-CN', ifMatch: version }, { phone: `021-${round}-A` }),
        call(b, 'PATCH', `/accounts/${created.id}`, { ...admin, lang: 'en', ifMatch: version }, { phone: `021-${round}-B` }),
      ])
      expect(statuses(replies), JSON.stringify(replies.map((r) => r.body))).toEqual([200, 409])
      const winner = replies.find((r) => r.status === 200) as Reply
      const loserIndex = replies.findIndex((r) => r.status === 409)
      const error = replies[loserIndex].body.errors[0]
      expect(error.message).toBe(MESSAGES.stale[loserIndex === 0 ? 'zh-CN' : 'en'])
      // The current version, exactly what the winner stored: the loser can show it and retry.
      expect(error.data.current).toMatchObject({
        id: created.id,
        phone: winner.body.doc.phone,
        updatedAt: winner.body.doc.updatedAt,
      })
      expect(winner.body.doc.updatedAt).not.toBe(version)
      version = winner.body.doc.updatedAt
    }
    const stored = ok(await call(b, 'GET', `/accounts/${created.id}?depth=0`, admin), 'read')
    expect(stored.updatedAt).toBe(version)
  })

  it(`one rep firing eight claims at once, across both processes, ends up holding exactly the quota (${QUOTA})`, async () => {
    const { a, b } = servers()
    for (let round = 0; round < 5; round++) {
      const email = `racer.${round}.${Date.now()}@demo.formwork.local`
      ok(
        await call(a, 'POST', '/users', admin, {
          email,
          password: DEMO.password,
          name: `抢单员 ${round}`,
          language: 'zh',
          memberships: [{ tenant, roles: [racerRole], department }],
        }),
        'create racer',
      )
      const rep: Caller = { token: await login(b, email, DEMO.password), lang: round % 2 === 0 ? 'zh-CN' : 'en' }
      const ids = await Promise.all(Array.from({ length: 8 }, (_, i) => poolAccount(`限额客户 ${round}.${i}`)))
      const replies = await Promise.all(ids.map((id, i) => call(i % 2 === 0 ? a : b, 'POST', `/accounts/${id}/claim`, rep, {})))
      expect(statuses(replies), JSON.stringify(replies.map((r) => r.body))).toEqual([
        ...Array(QUOTA).fill(200),
        ...Array(8 - QUOTA).fill(409),
      ])
      for (const refused of replies.filter((r) => r.status === 409))
        expect(refused.body.errors[0].message).toBe(MESSAGES.quota[rep.lang as 'en' | 'zh-CN'])
      const held = ok(await call(a, 'GET', '/accounts?depth=0&limit=20&where[owner][exists]=true', rep), 'held')
      expect(held.totalDocs).toBe(QUOTA)
      const logged = ok(
        await call(
          a,
          'GET',
          `/audit-log?depth=0&limit=50&where[entity][equals]=accounts&where[action][equals]=claim&where[recordId][in]=${ids.join(',')}`,
          admin,
        ),
        'audit log',
      )
      expect(logged.totalDocs).toBe(QUOTA)
    }
  })

  it('two conversions of one quote at once, on two processes: exactly one order, the other refused', async () => {
    const { a, b } = servers()
    const account = ok(await call(a, 'GET', '/accounts?depth=0&limit=1&where[owner][exists]=true', east), 'account').docs[0].id
    for (let round = 0; round < ROUNDS; round++) {
      const quote = ok(
        await call(a, 'POST', '/quotes', east, { account, items: [{ quantity: 2, unitPrice: '36.00', taxRate: 13 }] }),
        'quote',
      ).doc
      const replies = await Promise.all([
        call(a, 'POST', `/quotes/${quote.id}/convert-to-order`, east, {}),
        call(b, 'POST', `/quotes/${quote.id}/convert-to-order`, manager, {}),
      ])
      expect(statuses(replies), JSON.stringify(replies.map((r) => r.body))).toEqual([201, 409])
      const loserIndex = replies.findIndex((r) => r.status === 409)
      expect(replies[loserIndex].body.errors[0].message).toBe(MESSAGES.converted[loserIndex === 0 ? 'zh-CN' : 'en'])
      const orders = ok(await call(a, 'GET', `/sales-orders?depth=0&where[quote][equals]=${quote.id}`, admin), 'orders')
      expect(orders.docs.map((o: { id: unknown }) => String(o.id))).toEqual([
        String(replies.find((r) => r.status === 201)?.body.id),
      ])
      expect(orders.docs[0].total).toBe('81.36')
      const linked = ok(await call(b, 'GET', `/quotes/${quote.id}?depth=0`, admin), 'quote')
      expect(String(linked.salesOrder)).toBe(String(orders.docs[0].id))

      // And the order to an invoice, raced the same way.
      const invoices = await Promise.all([
        call(b, 'POST', `/sales-orders/${orders.docs[0].id}/convert-to-invoice`, manager, {}),
        call(a, 'POST', `/sales-orders/${orders.docs[0].id}/convert-to-invoice`, east, {}),
      ])
      expect(statuses(invoices), JSON.stringify(invoices.map((r) => r.body))).toEqual([201, 409])
      const raised = ok(
        await call(a, 'GET', `/invoices?depth=0&where[salesOrder][equals]=${orders.docs[0].id}`, admin),
        'invoices',
      )
      expect(raised.totalDocs).toBe(1)
    }
  })

  it('two people advancing one service request at once, on two processes: one moves it, the other gets 409, one history entry', async () => {
    const { a, b } = servers()
    // The repair flow, for this test's requests only (the condition names their marker).
    const marker = `race-${Date.now()}`
    ok(
      await call(a, 'POST', '/workflows', admin, {
        key: marker,
        entity: 'service-requests',
        nameZh: '并发测试流程',
        nameEn: 'Race flow',
        appliesWhen: `subject == '${marker}'`,
        stages: serviceRepair.stages,
        transitions: serviceRepair.transitions,
      }),
      'workflow',
    )
    for (let round = 0; round < ROUNDS; round++) {
      const request = ok(await call(a, 'POST', '/service-requests', east, { subject: marker }), 'request').doc
      expect(request.stage).toBe('received')
      ok(
        await call(a, 'POST', '/activities', east, {
          subject: '资产确认',
          type: 'task',
          status: 'done',
          workflowAction: 'assetConfirmed',
          relatedTo: { relationTo: 'service-requests', value: request.id },
        }),
        'action',
      )
      const replies = await Promise.all([
        call(a, 'POST', `/workflow/service-requests/${request.id}/transition`, east, { to: 'initialDebug', comment: 'east' }),
        call(b, 'POST', `/workflow/service-requests/${request.id}/transition`, manager, {
          to: 'initialDebug',
          comment: 'manager',
        }),
      ])
      expect(statuses(replies), JSON.stringify(replies.map((r) => r.body))).toEqual([200, 409])
      const view = ok(await call(b, 'GET', `/workflow/service-requests/${request.id}`, manager), 'workflow view')
      expect(view.stage).toBe('initialDebug')
      expect(view.history.totalDocs).toBe(1)
      expect(view.history.docs[0].comment).toBe(replies[0].status === 200 ? 'east' : 'manager')
    }
  })
}

describe('on SQLite: one production server', () => {
  const url = inject('e2eUrl')
  concurrencyTests(() => ({ a: url, b: url }))
})

/**
 * Two processes on one PostgreSQL database, the first bootstrapping it (migrations and a demo with
 * fewer customers: these tests need its people, not its data). Started as soon as the file loads, so
 * the bootstrap overlaps the SQLite races instead of following them.
 */
async function startPostgresServers(): Promise<{ first: AppServer; second: AppServer; databaseUrl: string }> {
  const databaseUrl = await emptyPostgresDatabase().catch((error: Error) => {
    throw new Error(
      `PostgreSQL is not reachable at ${postgresServerUrl()} (${error.message}). The two-process concurrency tests need it: start PostgreSQL or set POSTGRES_URL.`,
    )
  })
  const env = { FORMWORK_DEMO_ACCOUNTS: '20' }
  const first = await startAppServer(await freePort(), { databaseUrl, env })
  const second = await startAppServer(await freePort(), { databaseUrl, env, bootstrap: false }).catch(async (error) => {
    await first.stop()
    throw error
  })
  return { first, second, databaseUrl }
}
const postgres = startPostgresServers()
// Failures are reported by the PostgreSQL tests' beforeAll, not as an unhandled rejection.
postgres.catch(() => undefined)

describe('on PostgreSQL: two production servers on one database', () => {
  let servers: Awaited<typeof postgres> | undefined

  beforeAll(async () => {
    servers = await postgres
  }, 300_000)

  afterAll(async () => {
    const started = await postgres.catch(() => undefined)
    if (!started) return
    await Promise.all([started.first.stop(), started.second.stop()])
    const client = new pg.Client({ connectionString: postgresServerUrl() })
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS "${new URL(started.databaseUrl).pathname.slice(1)}" WITH (FORCE)`)
    await client.end()
  })

  concurrencyTests(() => ({
    a: (servers as Awaited<typeof postgres>).first.url,
    b: (servers as Awaited<typeof postgres>).second.url,
  }))
})
