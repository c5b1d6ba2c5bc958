import { Forbidden, type PayloadRequest } from 'payload'
import { invalidField } from '../printing/errors'
import { getAccessContext } from './accessContext'
import { BUSINESS_COLLECTIONS } from './permissionedCollections'
import type { Id } from './types'

/**
 * For endpoints about one entity in the request's tenant (`?entity=<slug>`): the active tenant and the
 * business collection asked for. 403 without a signed-in member, 400 naming `entity` for any other slug.
 */
export async function requestedEntity(req: PayloadRequest): Promise<{ tenantId: Id; entity: string }> {
  const context = await getAccessContext(req)
  if (!context || context.tenantId == null) throw new Forbidden(req.t)
  const entity = String(req.searchParams.get('entity') ?? '')
  if (!(BUSINESS_COLLECTIONS as readonly string[]).includes(entity))
    throw invalidField(req, 'entity', 'customTypesEntityUnknown', { entity })
  return { tenantId: context.tenantId, entity }
}
