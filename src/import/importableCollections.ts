import { BUSINESS_COLLECTIONS, PERMISSIONED_COLLECTIONS } from '../access/permissionedCollections'

/** The business collections a file can be imported into, labelled in both languages. */
export const importableCollections = () =>
  PERMISSIONED_COLLECTIONS.filter((c) => (BUSINESS_COLLECTIONS as readonly string[]).includes(c.value)).map((c) => ({
    value: c.value,
    label: c.label,
  }))
