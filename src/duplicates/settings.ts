import type { Field, PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { label, option } from '../i18n/label'
import { DUPLICATE_COLLECTIONS, type DuplicateCollection, MATCH_KEYS } from './matchKeys'

export const POLICIES = ['off', 'warn', 'block'] as const
export type Policy = (typeof POLICIES)[number]
export type DuplicateSettings = { policy: Policy; keys: string[] }

const ENTITY_LABELS = {
  accounts: label('Accounts', '客户'),
  contacts: label('Contacts', '联系人'),
  leads: label('Leads', '线索'),
} as const

/**
 * The tenant's duplicate check (查重) per entity: which match keys count, and whether a likely
 * duplicate is only shown (warn), refused unless confirmed (block), or not looked for (off).
 * One checkbox per key rather than a multi-select, so existing tenants get every key by the column default.
 */
export const duplicateSettingsField = (): Field => ({
  name: 'duplicates',
  type: 'group',
  label: label('Duplicate check', '查重设置'),
  admin: {
    description: label('Records that share an active key are likely duplicates.', '任一启用的匹配项相同即视为疑似重复。'),
  },
  fields: DUPLICATE_COLLECTIONS.map(
    (collection): Field => ({
      name: collection,
      type: 'group',
      label: ENTITY_LABELS[collection],
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'policy',
              type: 'select',
              defaultValue: 'warn',
              required: true,
              label: label('On a likely duplicate', '发现疑似重复时'),
              options: [
                option('off', 'Do not check', '不检查'),
                option('warn', 'Warn', '提示'),
                option('block', 'Refuse unless confirmed', '禁止（除非确认）'),
              ],
            },
            ...MATCH_KEYS[collection].map(
              (key): Field => ({ name: key.key, type: 'checkbox', defaultValue: true, label: key.label }),
            ),
          ],
        },
      ],
    }),
  ),
})

type TenantSettings = Partial<Record<DuplicateCollection, Record<string, unknown> | null>>

/** The tenant's settings for one entity, once per request; a tenant saved before the feature gets the defaults. */
export async function duplicateSettings(
  req: PayloadRequest,
  tenantId: Id,
  collection: DuplicateCollection,
): Promise<DuplicateSettings> {
  const cacheKey = `formworkDuplicates:${tenantId}`
  if (!req.context[cacheKey]) {
    const tenant = await req.payload.findByID({
      collection: 'tenants',
      id: tenantId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
      select: { duplicates: true },
    })
    req.context[cacheKey] = ((tenant as { duplicates?: TenantSettings } | null)?.duplicates ?? {}) as TenantSettings
  }
  const entity = (req.context[cacheKey] as TenantSettings)[collection] ?? {}
  const policy = POLICIES.includes(entity.policy as Policy) ? (entity.policy as Policy) : 'warn'
  const keys = MATCH_KEYS[collection].map((k) => k.key).filter((key) => entity[key] !== false)
  return { policy, keys }
}
