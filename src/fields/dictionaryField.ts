import type { Field, PayloadRequest, TextField } from 'payload'
import { idOf } from '../access/types'
import { activeValues, dictionaryEntries } from '../dictionaries/dictionaryEntries'
import { message, toLanguage } from '../i18n'
import type { Label } from '../i18n/label'

type Options = { name: string; dictionary: string; label: Label; hasMany?: boolean; admin?: TextField['admin'] }

/**
 * A picklist value from the tenant's dictionary (industry, source, grade, …). Stores the option's
 * value; an unknown or inactive value is refused with the field named.
 */
export function dictionaryField({ name, dictionary, label, hasMany = false, admin }: Options): Field {
  return {
    name,
    type: 'text',
    hasMany,
    label,
    index: true,
    admin: { description: { en: `From the “${dictionary}” dictionary`, zh: `取自“${dictionary}”字典` }, ...admin },
    custom: { dictionary },
    validate: async (value: unknown, { req, data }: { req: PayloadRequest; data: Record<string, unknown> }) => {
      const values = (Array.isArray(value) ? value : [value]).filter((v) => v != null && v !== '')
      if (values.length === 0) return true
      const allowed = await dictionaryValues(req, dictionary, idOf(data?.tenant))
      const unknown = values.filter((v) => !allowed.has(String(v)))
      return unknown.length === 0
        ? true
        : message(toLanguage(req.i18n?.language), 'dictionaryValueUnknown', { value: unknown.join(', '), dictionary })
    },
  } as Field
}

async function dictionaryValues(req: PayloadRequest, key: string, tenant: unknown): Promise<Set<string>> {
  return activeValues(await dictionaryEntries(req, tenant, key))
}
