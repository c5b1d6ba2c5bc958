/**
 * Before the web server starts: check the settings and the database, run the committed migrations,
 * and on an empty database create the super admin and the demo company. Any problem ends the
 * process with one sentence on stderr and exit code 1.
 */
import { fileURLToPath } from 'node:url'
import { checkDatabase } from '../src/db/checkDatabase'
import { parseDatabaseUrl } from '../src/db/databaseUrl'

function fail(sentence: string): never {
  console.error(`Formwork cannot start: ${sentence}`)
  process.exit(1)
}

async function main() {
  let target: ReturnType<typeof parseDatabaseUrl>
  try {
    target = parseDatabaseUrl(process.env.DATABASE_URL)
  } catch (error) {
    fail((error as Error).message)
  }
  const problem = await checkDatabase(target)
  if (problem) fail(problem)

  process.env.FORMWORK_JOBS = 'off'
  let config: Awaited<typeof import('../payload.config')>['default']
  try {
    config = (await import('../payload.config')).default
  } catch (error) {
    fail((error as Error).message)
  }
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  // In production the adapter has run the migrations on connect; say so for development starts too.
  if (process.env.NODE_ENV !== 'production') await payload.db.migrate()

  // The lab presets shipped in seeds/labs, new or changed since the last start.
  const { installShippedPresets } = await import('../src/labs/presets/installShippedPresets')
  await installShippedPresets(payload, fileURLToPath(new URL('../seeds/labs', import.meta.url)))

  if (process.env.FORMWORK_DEMO !== '0') {
    const { seedDemo } = await import('../seeds/demo/seedDemo')
    const seeded = await seedDemo(payload, process.env, (line) => console.log(line))
    if (seeded.created) {
      const line = '─'.repeat(64)
      console.log(`\n${line}\nFormwork is ready with two demo companies. Sign in at /admin:\n`)
      console.log(`  super admin   ${seeded.adminEmail}   password: ${seeded.adminPassword}`)
      console.log('  demo users    manager@demo.formwork.local, sales.east@…, sales.north@…, service@… (示例科技有限公司)')
      console.log('                manager@demo-en.formwork.local, sales.a@…, sales.b@…, service@… (Demo Trading Ltd)')
      console.log(`                password: ${seeded.demoPassword}`)
      console.log(`\nThese passwords are shown once.\n${line}\n`)
    }
  }
  await payload.destroy()
  process.exit(0)
}

main().catch((error) => fail((error as Error).message.split('\n')[0]))
