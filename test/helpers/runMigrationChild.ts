/**
 * A separate process that applies a schema migration to the database in DATABASE_URL and prints its
 * progress after each batch (`progress <processed>/<total>`): the test kills it with SIGKILL mid-way.
 */
import { getPayload } from 'payload'
import { runSchemaMigration } from '../../src/customFields/evolution/runSchemaMigration'

const [id, batchSize] = process.argv.slice(2)
const config = await (await import('../../payload.config')).default
const payload = await getPayload({ config, key: process.env.DATABASE_URL })
console.log('started')
await runSchemaMigration(payload, /^\d+$/.test(id) ? Number(id) : id, {
  batchSize: Number(batchSize),
  onProgress: (p) => console.log(`progress ${p.processed}/${p.total}`),
})
console.log('finished')
process.exit(0)
