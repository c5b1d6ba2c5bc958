/**
 * A separate process that runs one import on the database in DATABASE_URL and, after the write of
 * the row named, before its outcome is recorded, prints `probe` and waits: the test kills it there
 * with SIGKILL.
 */
import { getPayload } from 'payload'
import { runImport } from '../../src/import/run/runImport'

const [id, row] = process.argv.slice(2)
const config = await (await import('../../payload.config')).default
const payload = await getPayload({ config, key: process.env.DATABASE_URL })
console.log('started')
const status = await runImport(payload, /^\d+$/.test(id) ? Number(id) : id, async (n) => {
  if (n !== Number(row)) return
  console.log('probe')
  await new Promise(() => undefined)
})
console.log(`finished ${status}`)
process.exit(0)
