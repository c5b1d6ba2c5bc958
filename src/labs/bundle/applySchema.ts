import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { compareAndSet } from '../../concurrency/compareAndSet'
import { publishDraft, type Version } from '../../customFields/publish'
import { forgetPublishedSchema, publishedSchema } from '../../customFields/publishedSchema'

type Undo = () => Promise<unknown>

/**
 * An entity's custom fields, layout and list views from a bundle, made the version that applies in the
 * tenant the way an admin would: saved as the next draft (the save's own checks: the schema, its
 * dictionaries, the layout and views against it) and published (supersedes the current version, assigns
 * slot columns, starts the conversion of stored values a changed type needs). The import's `overwrite`
 * is the confirmation a publish that converts stored values asks for. Returns the new version's id.
 * On SQLite, `undo` gets the steps that put the previous version back if a later write fails.
 */
export async function applyEntitySchema(
  payload: Payload,
  tenant: Id,
  data: Record<string, unknown>,
  req: PayloadRequest,
  undo: Undo[],
): Promise<Id> {
  const local = await createLocalReq({ req }, payload)
  const entity = String(data.entity)
  const before = (await publishedSchema(local, tenant, entity, { fresh: true })).versionId
  const draft = (await payload.create({
    collection: 'entity-schemas',
    data: { ...data, tenant } as never,
    overrideAccess: true,
    depth: 0,
    req: local,
  })) as unknown as Version
  undo.push(async () => {
    await payload.delete({ collection: 'entity-schemas', id: draft.id, overrideAccess: true })
    forgetPublishedSchema(tenant, entity)
  })
  await publishDraft(local, draft, { confirmed: true })
  if (before != null)
    undo.push(async () => {
      await compareAndSet(local, 'entity-schemas', before, { status: { equals: 'superseded' } }, { status: 'published' })
      forgetPublishedSchema(tenant, entity)
    })
  return draft.id
}
