/**
 * A separate process that runs one workflow effect on the database in DATABASE_URL and, at the probe
 * named (`beforeCommit`: after an in-database effect's writes; `afterDeliver`: after a webhook was
 * sent), prints `probe` and waits: the test kills it there with SIGKILL.
 */
import { getPayload } from 'payload'
import { runEffect } from '../../src/workflow/effects/runEffect'

const [id, probe] = process.argv.slice(2)
const config = await (await import('../../payload.config')).default
const payload = await getPayload({ config, key: process.env.DATABASE_URL })
const stop = async () => {
  console.log('probe')
  await new Promise(() => undefined)
}
console.log('started')
const outcome = await runEffect(payload, /^\d+$/.test(id) ? Number(id) : id, { [probe]: stop })
console.log(`finished ${outcome}`)
process.exit(0)
