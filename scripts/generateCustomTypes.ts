/**
 * `npm run generate:custom-types [-- <folder>]`: TypeScript declarations of every published custom-field
 * schema of the database DATABASE_URL names, one file per tenant and entity:
 * `generated/custom-types/<tenant slug>/<entity>.d.ts` (the folder is per database, so not committed).
 */
import path from 'node:path'
import { getPayload } from 'payload'
import { generateAllCustomTypes } from '../src/customFields/types/generateAllCustomTypes'

async function main() {
  const out = path.resolve(process.argv[2] ?? 'generated/custom-types')
  process.env.FORMWORK_JOBS = 'off'
  const config = (await import('../payload.config')).default
  const payload = await getPayload({ config })
  const files = await generateAllCustomTypes(payload, out)
  for (const file of files) console.log(path.relative(process.cwd(), file))
  console.log(`${files.length} declaration file(s) in ${path.relative(process.cwd(), out) || '.'}`)
  await payload.destroy()
  process.exit(0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
