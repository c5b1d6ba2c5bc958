/**
 * One side of one adapter's import benchmark, in a database of its own: `import` puts N rows into
 * leads by the import engine (as the tenant's admin, every hook on); `creates` creates the same N
 * rows, already parsed and converted, one by one through the Local API as the same user. Prints
 * `{"side","seconds"}` on stdout; index.ts runs both sides at once and compares them.
 */
import type { Payload } from 'payload'
import { runImport } from '../../src/import/run/runImport'
import { createTenant } from '../../test/helpers/tenants'
import { openBenchDatabase } from '../benchDatabase'

const [kind, rowsArg, side] = process.argv.slice(2) as ['sqlite' | 'postgres', string, 'import' | 'creates']
const rows = Number(rowsArg)
const { payload, close } = await openBenchDatabase(kind)

const STATUSES = ['新线索', 'Contacted', '已确认']
const row = (prefix: string, i: number) => ({
  name: `${prefix}客户${i}`,
  company: `公司${i % 997}`,
  email: `${prefix}${i}@bench.test`,
  mobile: `138${String(i).padStart(8, '0')}`,
  status: STATUSES[i % 3],
})
const STATUS_VALUES: Record<string, string> = { 新线索: 'new', Contacted: 'contacted', 已确认: 'qualified' }

/**
 * Rows written first, untimed, in another company: the first hundreds of writes of a process run
 * cold (modules loaded, code not yet optimized).
 */
const WARM_UP = 300

function csvFile(count: number) {
  const lines = ['姓名,公司,邮箱,手机,状态']
  for (let i = 0; i < count; i++) {
    const r = row('imp', i)
    lines.push([r.name, r.company, r.email, r.mobile, r.status].join(','))
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')
}

/** Every tenth of the run, on stderr: the rows so far and the rate of the last tenth (a slowdown as tables grow shows here). */
function progress(side: string, rows: number, quiet: boolean) {
  if (quiet) return () => undefined
  const every = Math.max(1, Math.round(rows / 10))
  let last = process.hrtime.bigint()
  return (done: number) => {
    if (done % every !== 0) return
    const now = process.hrtime.bigint()
    const rate = every / (Number(now - last) / 1e9)
    last = now
    process.stderr.write(`  ${kind} ${side}: ${done}/${rows} rows, ${rate.toFixed(0)} rows/s over the last ${every}\n`)
  }
}

async function importSeconds(tenant: { id: unknown }, user: { id: unknown }, rows: number, quiet = false) {
  const bytes = csvFile(rows)
  const started = process.hrtime.bigint()
  const doc = await payload.create({
    collection: 'imports',
    data: {
      tenant: tenant.id,
      user: user.id,
      collection: 'leads',
      filename: 'bench.csv',
      fileData: bytes.toString('base64'),
      mapping: { 姓名: 'name', 公司: 'company', 邮箱: 'email', 手机: 'mobile', 状态: 'status' },
      options: { duplicateRule: 'skip' },
      status: 'queued',
    } as never,
    overrideAccess: true,
  })
  const report = progress('import', rows, quiet)
  const status = await runImport(payload, doc.id, async (row) => report(row))
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const stored = await payload.findByID({
    collection: 'imports',
    id: doc.id,
    depth: 0,
    overrideAccess: true,
    select: { fileData: false },
  })
  if (status !== 'done' || stored.created !== rows) throw new Error(`import ${status}: ${JSON.stringify(stored)}`)
  return seconds
}

async function createSeconds(tenant: { id: unknown }, user: unknown, rows: number, quiet = false) {
  const report = progress('Local API creates', rows, quiet)
  const started = process.hrtime.bigint()
  for (let i = 0; i < rows; i++) {
    const r = row('api', i)
    await payload.create({
      collection: 'leads',
      data: { ...r, status: STATUS_VALUES[r.status], tenant: tenant.id },
      user,
      overrideAccess: false,
      // As the import writes: the new record is not read back with its relations populated.
      depth: 0,
    } as Parameters<Payload['create']>[0])
    report(i + 1)
  }
  return Number(process.hrtime.bigint() - started) / 1e9
}

try {
  const userOf = async (tenant: Awaited<ReturnType<typeof createTenant>>) => ({
    ...(await payload.findByID({ collection: 'users', id: tenant.people.admin.id, depth: 0 })),
    collection: 'users',
  })
  const warm = await createTenant(payload, 'bench-warm-up')
  const tenant = await createTenant(payload, 'bench-import')
  const write = side === 'import' ? importSeconds : createSeconds
  await write(warm, await userOf(warm), WARM_UP, true)
  const seconds = await write(tenant, await userOf(tenant), rows)
  console.log(JSON.stringify({ side, seconds }))
} finally {
  await close()
}
