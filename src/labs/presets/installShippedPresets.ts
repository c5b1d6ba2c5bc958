import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Bundle } from '../bundle/format'
import { canonical } from '../bundle/references'
import { validateBundle } from '../bundle/validateBundle'

/** The presets shipped in a folder (every `*.json` but the schema), by key: the file's name. */
export function shippedPresets(folder: string): { key: string; bundle: Bundle }[] {
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.json') && file !== 'bundle.schema.json')
    .sort()
    .map((file) => {
      const bundle = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as Bundle
      const problems = validateBundle(bundle)
      if (problems.length > 0) throw new Error(`${file}#${problems[0].path}: ${problems[0].message}`)
      return { key: file.replace(/\.json$/, ''), bundle }
    })
}

/**
 * Puts the shipped presets in `lab-presets` (at start): a new one is created, a shipped one whose file
 * changed is updated, anything else — a super admin's own presets — is left alone. Answers how many
 * were created and updated.
 */
export async function installShippedPresets(payload: Payload, folder: string): Promise<{ created: number; updated: number }> {
  let created = 0
  let updated = 0
  for (const { key, bundle } of shippedPresets(folder)) {
    const { docs } = await payload.find({
      collection: 'lab-presets',
      where: { key: { equals: key } },
      limit: 1,
      overrideAccess: true,
    })
    const data = {
      key,
      name: bundle.name,
      description: bundle.description ?? '',
      language: key.endsWith('-en') ? 'en' : 'zh',
      bundle,
      builtIn: true,
    }
    const existing = docs[0] as { id: string | number; builtIn?: boolean; bundle?: unknown } | undefined
    if (!existing) {
      await payload.create({ collection: 'lab-presets', data: data as never, overrideAccess: true })
      created += 1
    } else if (existing.builtIn && canonical(existing.bundle) !== canonical(bundle)) {
      await payload.update({ collection: 'lab-presets', id: existing.id, data: data as never, overrideAccess: true })
      updated += 1
    }
  }
  return { created, updated }
}
