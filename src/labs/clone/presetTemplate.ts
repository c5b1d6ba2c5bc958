import crypto from 'node:crypto'
import type { Payload } from 'payload'
import type { Id } from '../../access/types'
import type { Bundle } from '../bundle/format'
import { canonical } from '../bundle/references'
import { cloneGroup } from './cloneGroup'
import { clearCopiedRows, type TenantRows } from './cloneTenant'

/**
 * A pristine copy of a bundle as loaded into a group: a tenant of kind `group` with no class and no
 * members (nobody signs in there, no teacher sees it), named by the bundle's and language's hash.
 * Why: a reset copies it (well under a second) instead of loading the bundle again through every hook
 * (seconds); a group being reset cannot be its own source, and another group has been changed by its
 * students. createClass makes it from the first group it loads the normal way.
 */
export const templateSlug = (bundle: Bundle, language: string) =>
  `lab-template-${crypto
    .createHash('sha256')
    .update(`${language}\n${canonical(bundle)}`)
    .digest('hex')
    .slice(0, 24)}`

export async function findTemplate(payload: Payload, bundle: Bundle, language: string): Promise<Id | null> {
  const found = await payload.db.findOne({ collection: 'tenants', where: { slug: { equals: templateSlug(bundle, language) } } })
  return (found?.id as Id | undefined) ?? null
}

/**
 * The template of a bundle made, if it has none yet, as a copy of rows just loaded from it. An existing
 * one is left alone: it was made from the same bundle (the slug is its hash) and a reset may be reading
 * it. A new one is filled under a temporary slug and takes its name only once complete, so a reset
 * never finds it half made; if another class made it meanwhile, this one is removed again.
 */
export async function saveTemplate(payload: Payload, rows: TenantRows, bundle: Bundle, language: 'zh' | 'en'): Promise<void> {
  if ((await findTemplate(payload, bundle, language)) != null) return
  const slug = templateSlug(bundle, language)
  const created = await payload.create({
    collection: 'tenants',
    data: {
      name: language === 'zh' ? '实训模板（供重置用，勿改）' : 'Lab template (for resets, do not edit)',
      slug: `${slug}-new-${crypto.randomBytes(4).toString('hex')}`,
      kind: 'group',
      language,
    },
    overrideAccess: true,
    context: { labGroupCopy: true },
  })
  const template = created.id as Id
  await cloneGroup(payload, rows, template)
  try {
    await payload.db.updateOne({ collection: 'tenants', id: template, data: { slug }, returning: false })
  } catch (error) {
    if ((await findTemplate(payload, bundle, language)) == null) throw error
    await clearCopiedRows(payload, template)
    await payload.db.deleteMany({ collection: 'roles', where: { tenant: { equals: template } } })
    await payload.db.deleteOne({ collection: 'tenants', where: { id: { equals: template } }, returning: false })
  }
}
