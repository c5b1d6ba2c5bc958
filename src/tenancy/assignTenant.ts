import { type CollectionBeforeValidateHook, Forbidden, type PayloadRequest } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { idOf, sameId } from '../access/types'
import { message, toLanguage } from '../i18n'

function forbidden(req: PayloadRequest, key: 'tenantImmutable' | 'noTenantSelected' | 'noTenantAccess', tenant = '') {
  const error = new Forbidden(req.t)
  error.message = message(toLanguage(req.i18n?.language), key, { tenant })
  return error
}

type Options = { owned: boolean }

/**
 * Rows are created in the active tenant and never move. A client that sends another tenant's id gets
 * 403; owner and department default to the creator's.
 */
export const assignTenant =
  ({ owned }: Options): CollectionBeforeValidateHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (!data) return data
    const context = await getAccessContext(req)
    if (!context) return data // Local API without a user (seeds, jobs) sets the tenant itself.
    if (operation === 'create') {
      const sent = idOf(data.tenant)
      if (context.superAdmin) {
        data.tenant = sent ?? context.tenantId
      } else {
        if (sent != null && !sameId(sent, context.tenantId)) throw forbidden(req, 'noTenantAccess', String(sent))
        data.tenant = context.tenantId
      }
      if (data.tenant == null) throw forbidden(req, 'noTenantSelected')
      // A super admin working in a tenant they are not a member of does not become the owner.
      const member = context.reachableTenantIds.some((id) => sameId(id, data.tenant))
      if (owned && member) {
        data.owner ??= context.userId
        if (data.department === undefined && context.departmentId != null) data.department = context.departmentId
      }
    } else if ('tenant' in data && !sameId(idOf(data.tenant), idOf(originalDoc?.tenant))) {
      if (!context.superAdmin) throw forbidden(req, 'tenantImmutable')
    }
    return data
  }
