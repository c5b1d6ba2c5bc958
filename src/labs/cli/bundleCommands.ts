import fs from 'node:fs'
import type { Payload } from 'payload'
import { applyBundle } from '../bundle/applyBundle'
import { exportBundle } from '../bundle/exportBundle'
import { planBundle } from '../bundle/planBundle'
import { validateBundle } from '../bundle/validateBundle'
import { type Args, UsageError } from './args'
import { tenantBySlug } from './tenantBySlug'

/** A bundle file read and checked against its schema; problems name the file and the place. */
export function readBundleFile(file: string) {
  let input: unknown
  try {
    input = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`)
  }
  const invalid = validateBundle(input)
  if (invalid.length > 0) throw new UsageError(...invalid.map((p) => `${file}#${p.path}: ${p.message}`))
  return input as Parameters<typeof planBundle>[2]
}

/** `export --tenant <slug> [--data] [--out <file>]` */
export async function exportCommand(payload: Payload, args: Args) {
  const slug = args.required('tenant', '<slug>')
  const tenant = await tenantBySlug(payload, slug)
  const { bundle, warnings } = await exportBundle(payload, tenant.id, args.option('name') ?? slug, { data: args.flag('data') })
  const text = `${JSON.stringify(bundle, null, 2)}\n`
  const out = args.option('out')
  if (out) fs.writeFileSync(out, text)
  else process.stdout.write(text)
  for (const warning of warnings) console.error(`warning: ${warning}`)
  const count = [...Object.values(bundle.config), ...Object.values(bundle.records ?? {})].flat().length
  if (out) console.error(`exported ${count} records to ${out}`)
}

/** `import --tenant <slug> --file <file> [--dry-run] [--overwrite]` */
export async function importCommand(payload: Payload, args: Args) {
  const slug = args.required('tenant', '<slug>')
  const file = args.required('file', '<bundle.json>')
  const tenant = await tenantBySlug(payload, slug)
  const bundle = readBundleFile(file)
  const overwrite = args.flag('overwrite')
  const plan = await planBundle(payload, tenant.id, bundle, { overwrite })
  const list = (word: string, items: { section: string; key: string }[]) => items.map((i) => `  ${word} ${i.section} ${i.key}`)
  console.log(
    [
      `create ${plan.create.length}, change ${plan.change.length}, unchanged ${plan.unchanged.length}, conflicts ${plan.conflicts.length}`,
      ...list('create', plan.create),
      ...list('change', plan.change),
    ].join('\n'),
  )
  const refused = [...plan.problems, ...plan.conflicts]
  if (refused.length > 0) throw new UsageError(...refused.map((p) => `${file}#${p.path}: ${p.message}`))
  if (args.flag('dry-run')) console.log('dry run: nothing written')
  else {
    await applyBundle(payload, tenant.id, bundle, { overwrite })
    console.log(`applied to ${slug}`)
  }
}
