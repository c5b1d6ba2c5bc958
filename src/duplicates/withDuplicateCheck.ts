import type { CollectionAfterReadHook, CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'
import { label } from '../i18n/label'
import { duplicateEndpoints } from './endpoints'
import { type DuplicateCollection, matchColumns, matchKeysOf } from './matchKeys'
import { refuseDuplicate } from './refuseDuplicate'

/** The normalized keys follow the record's fields on every write (the merged record on update). */
const storeMatchKeys =
  (collection: DuplicateCollection): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    const merged = { ...originalDoc, ...data }
    for (const key of matchKeysOf(collection)) data[key.column] = key.compute(merged)
    return data
  }

/** Storage, not API: readers never see the keys unless our own code asks for them. */
const hideMatchKeys =
  (collection: DuplicateCollection): CollectionAfterReadHook =>
  ({ context, doc }) => {
    if (context?.readMatchKeys) return doc
    for (const column of matchColumns(collection)) delete doc[column]
    return doc
  }

const keyFields = (collection: DuplicateCollection): Field[] =>
  matchKeysOf(collection).map((key) => ({
    name: key.column,
    type: 'text',
    label: label(`Match key: ${key.label.en}`, `查重匹配项：${key.label.zh}`),
    // admin.hidden, not hidden: a hidden field cannot be queried once access applies.
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  }))

/**
 * Duplicate check (查重) and merge for a customer collection: hidden match keys indexed with the
 * tenant, the create-time refusal under a `block` policy, the admin's warning while typing, the
 * check / groups / merge endpoints, and `mergedInto` on records merged away.
 */
export function withDuplicateCheck(collection: DuplicateCollection, config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    endpoints: [...duplicateEndpoints(collection), ...(config.endpoints || [])],
    indexes: [...(config.indexes ?? []), ...matchColumns(collection).map((column) => ({ fields: ['tenant', column] }))],
    fields: [
      {
        name: 'duplicateWarning',
        type: 'ui',
        admin: {
          components: {
            Field: { path: '/src/admin/fields/DuplicateWarning#DuplicateWarning', clientProps: { collection } },
          },
        },
      },
      ...config.fields,
      {
        // Not stored: the admin's "create anyway" under a block policy (API clients send X-Confirm-Duplicate).
        name: 'confirmDuplicate',
        type: 'checkbox',
        virtual: true,
        label: label('Create even though it looks like a duplicate', '确认仍然创建（疑似重复）'),
        admin: { hidden: true },
      },
      {
        name: 'mergedInto',
        type: 'relationship',
        relationTo: collection,
        label: label('Merged into', '已合并至'),
        admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.mergedInto) },
      },
      ...keyFields(collection),
    ],
    hooks: {
      ...config.hooks,
      beforeChange: [storeMatchKeys(collection), refuseDuplicate(collection), ...(config.hooks?.beforeChange ?? [])],
      afterRead: [...(config.hooks?.afterRead ?? []), hideMatchKeys(collection)],
    },
  }
}
