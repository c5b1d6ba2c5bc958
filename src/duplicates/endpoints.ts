import { type Endpoint, Forbidden, type PayloadRequest, ValidationError } from 'payload'
import { getAccessContext, grantFor } from '../access/accessContext'
import { documentId, jsonBody, pageParams } from '../endpoints/requestParams'
import { message, toLanguage } from '../i18n'
import { duplicateGroups } from './duplicateGroups'
import { findMatches } from './findMatches'
import type { DuplicateCollection } from './matchKeys'
import { mergeRecords } from './mergeRecords'

/** POST /duplicates/check { ...draft, id? } — likely duplicates of a draft (or of the record `id` being edited). */
async function check(req: PayloadRequest, collection: DuplicateCollection) {
  const context = await getAccessContext(req)
  const may = context && (grantFor(context, collection, 'read') || grantFor(context, collection, 'create'))
  if (!context || !may) throw new Forbidden(req.t)
  if (context.tenantId == null) {
    const text = message(toLanguage(req.i18n?.language), 'noTenantSelected')
    throw new ValidationError({ errors: [{ path: 'tenant', message: text }] }, req.t)
  }
  const { id, ...draft } = await jsonBody(req)
  const excludeId = id == null || id === '' ? null : documentId(req, id)
  return findMatches(req, collection, context.tenantId, draft, { excludeId })
}

/** Check, list groups and merge, on a customer collection; `custom.formwork` marks them for the isolation suite. */
export const duplicateEndpoints = (collection: DuplicateCollection): Endpoint[] => [
  {
    path: '/duplicates/check',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => Response.json(await check(req, collection)),
  },
  {
    path: '/duplicates',
    method: 'get',
    custom: { formwork: true },
    handler: async (req) => {
      const { page, limit } = pageParams(req.searchParams)
      return Response.json(await duplicateGroups(req, collection, page, limit))
    },
  },
  {
    path: '/merge',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => Response.json(await mergeRecords(req, collection, await jsonBody(req))),
  },
]
