/**
 * `npm run lab -- <command>`: bundles from the command line, on the database DATABASE_URL names.
 *
 *   export --tenant <slug> [--data] [--out <file>]              a tenant's configuration (and with --data its records) as a bundle
 *   import --tenant <slug> --file <file> [--dry-run] [--overwrite]
 *                                                               the dry run lists what would be created, changed or conflict;
 *                                                               without --dry-run it is applied, all or nothing
 *
 * Problems are printed one per line with their place in the file (a JSON Pointer), exit code 1.
 */
import fs from 'node:fs'
import type { Payload } from 'payload'
import type { Id } from '../src/access/types'

const args = process.argv.slice(2)
const command = args[0]
const option = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const flag = (name: string) => args.includes(`--${name}`)

function fail(lines: string[]): never {
  for (const line of lines) console.error(line)
  process.exit(1)
}

async function tenantId(payload: Payload, slug: string | undefined): Promise<Id> {
  if (!slug) fail(['--tenant <slug> is required'])
  const found = await payload.find({ collection: 'tenants', where: { slug: { equals: slug } }, limit: 1, overrideAccess: true })
  if (found.docs.length === 0) fail([`no tenant with the slug "${slug}"`])
  return found.docs[0].id as Id
}

async function main() {
  if (command !== 'export' && command !== 'import')
    fail([
      'usage: npm run lab -- export --tenant <slug> [--out <file>]',
      '       npm run lab -- import --tenant <slug> --file <file> [--dry-run] [--overwrite]',
    ])
  process.env.FORMWORK_JOBS = 'off'
  process.env.FORMWORK_LOG_LEVEL ??= 'fatal'
  const config = (await import('../payload.config')).default
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  const tenant = await tenantId(payload, option('tenant'))
  if (command === 'export') {
    const { exportBundle } = await import('../src/labs/bundle/exportBundle')
    const { bundle, warnings } = await exportBundle(payload, tenant, option('name') ?? String(option('tenant')), {
      data: flag('data'),
    })
    const text = `${JSON.stringify(bundle, null, 2)}\n`
    const out = option('out')
    if (out) fs.writeFileSync(out, text)
    else process.stdout.write(text)
    for (const warning of warnings) console.error(`warning: ${warning}`)
    const count = [...Object.values(bundle.config), ...Object.values(bundle.records ?? {})].flat().length
    if (out) console.error(`exported ${count} records to ${out}`)
  } else {
    const file = option('file')
    if (!file) fail(['--file <bundle.json> is required'])
    let input: unknown
    try {
      input = JSON.parse(fs.readFileSync(file, 'utf8'))
    } catch (error) {
      fail([`${file}: ${(error as Error).message}`])
    }
    const { validateBundle } = await import('../src/labs/bundle/validateBundle')
    const { planBundle } = await import('../src/labs/bundle/planBundle')
    const { applyBundle } = await import('../src/labs/bundle/applyBundle')
    const invalid = validateBundle(input)
    if (invalid.length > 0) fail(invalid.map((p) => `${file}#${p.path}: ${p.message}`))
    const overwrite = flag('overwrite')
    const plan = await planBundle(payload, tenant, input as never, { overwrite })
    const list = (word: string, items: { section: string; key: string }[]) => items.map((i) => `  ${word} ${i.section} ${i.key}`)
    console.log(
      [
        `create ${plan.create.length}, change ${plan.change.length}, unchanged ${plan.unchanged.length}, conflicts ${plan.conflicts.length}`,
        ...list('create', plan.create),
        ...list('change', plan.change),
      ].join('\n'),
    )
    const refused = [...plan.problems, ...plan.conflicts]
    if (refused.length > 0) fail(refused.map((p) => `${file}#${p.path}: ${p.message}`))
    if (flag('dry-run')) console.log('dry run: nothing written')
    else {
      await applyBundle(payload, tenant, input, { overwrite })
      console.log(`applied to ${option('tenant')}`)
    }
  }
  await payload.destroy()
  process.exit(0)
}

main().catch((error) => fail([(error as Error).message]))
