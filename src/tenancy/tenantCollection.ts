import type { CollectionConfig, Field } from 'payload'
import { tenantScopedAccess } from '../access/tenantScopedAccess'
import { assertRelationsInTenant } from './assertRelationsInTenant'
import { assignTenant } from './assignTenant'
import { departmentField, ownerField, tenantField } from './tenancyFields'

type Options = {
  /** Rows have an owner and a department, so own/department scopes apply. */
  owned?: boolean
  /** Rows can be shared with colleagues (`sharedWith`). */
  shared?: boolean
  /** Rows without an owner are in the public pool, readable by all who may read the collection. */
  pool?: boolean
  /** Only the server writes rows (logs): it sets the tenant itself, so the write hooks stay out. */
  systemWritten?: boolean
}

/**
 * A collection whose rows belong to one tenant: adds `tenant` (and `owner`/`department` when owned),
 * the role-and-scope access, and the hooks that keep rows and their relations inside the tenant.
 */
export function tenantCollection(
  config: CollectionConfig,
  { owned = false, shared = false, pool = false, systemWritten = false }: Options = {},
): CollectionConfig {
  const tenancy: Field[] = [tenantField()]
  if (owned) tenancy.push(ownerField(), departmentField())
  return {
    ...config,
    access: { ...tenantScopedAccess(config.slug, { owned, shared, pool }), ...config.access },
    fields: [...config.fields, ...tenancy],
    hooks: systemWritten
      ? config.hooks
      : {
          ...config.hooks,
          beforeValidate: [assignTenant({ owned }), ...(config.hooks?.beforeValidate ?? [])],
          beforeChange: [assertRelationsInTenant, ...(config.hooks?.beforeChange ?? [])],
        },
    // Tests read these to know which collections honour own/department scopes on reads.
    custom: { ...config.custom, tenantScoped: true, owned, readsScoped: owned && !config.access?.read },
  }
}
