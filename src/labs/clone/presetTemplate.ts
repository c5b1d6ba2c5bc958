import crypto from 'node:crypto'
import type { Payload } from 'payload'
import type { Id } from '../../access/types'
import type { Bundle } from '../bundle/format'
import { canonical } from '../bundle/references'
import { cloneGroup } from './cloneGroup'
import type { TenantRows } from './cloneTenant'

/**
 * A pristine copy of a bundle as loaded into a group: a tenant of kind `group` with no class and no
 * members (nobody signs in there, no teacher sees it), named by the bundle's and language's hash.
 * Why: a reset copies it (well under a second) instead of loading the bundle again through every hook
 * (seconds); a group being reset cannot be its own source, and another group has been changed by its
 * students. createClass makes or refreshes it from the group it has just loaded the normal way.
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

/** The template of a bundle made (or brought up to date) as a copy of rows just loaded from it. */
export async function saveTemplate(payload: Payload, rows: TenantRows, bundle: Bundle, language: 'zh' | 'en'): Promise<Id> {
  let template = await findTemplate(payload, bundle, language)
  if (template == null) {
    const created = await payload.create({
      collection: 'tenants',
      data: {
        name: language === 'zh' ? '实训模板（供重置用，勿改）' : 'Lab template (for resets, do not edit)',
        slug: templateSlug(bundle, language),
        kind: 'group',
        language,
      },
      overrideAccess: true,
      context: { labGroupCopy: true },
    })
    template = created.id as Id
  }
  await cloneGroup(payload, rows, template)
  return template
}
