import {
  type CollectionAfterChangeHook,
  type CollectionAfterErrorHook,
  type CollectionBeforeChangeHook,
  ValidationError,
} from 'payload'
import { idOf } from '../../access/types'
import { isPostgres, runSql, sql } from '../../concurrency/rawSql'
import { toLanguage } from '../../i18n'
import { say } from '../messages'
import { publishedSchema } from '../publishedSchema'
import { lockValue, releaseValues } from './valueLocks'

const isEmpty = (value: unknown) => value == null || value === ''

/**
 * `x-unique` fields: no other live record of the same tenant and entity may hold the same value
 * (trashed records do not count; another tenant may). Checked for values that are new to the record,
 * and for all of them when a record comes back from the recycle bin. Racing writes of one value take
 * turns: on PostgreSQL a transaction-scoped advisory lock on (tenant, entity, key, value) is held until
 * the write commits, in every server process; on SQLite an in-process lock until the write is done.
 * Runs after customValuesHook, so `data.custom` is the merged, validated object.
 */
export const uniqueCustomValues: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const tenant = idOf(data.tenant ?? originalDoc?.tenant)
  if (tenant == null) return data
  const trashed = data.deletedAt !== undefined ? Boolean(data.deletedAt) : Boolean(originalDoc?.deletedAt)
  if (trashed) return data
  const restoring = operation === 'update' && Boolean(originalDoc?.deletedAt)
  const stored = (originalDoc?.custom ?? {}) as Record<string, unknown>
  const custom = (data.custom ?? stored) as Record<string, unknown>
  const { schema } = await publishedSchema(req, tenant, collection.slug)
  const keys = Object.entries(schema.properties)
    .filter(([key, field]) => field['x-unique'] && !field['x-removed'] && !isEmpty(custom[key]))
    .map(([key]) => key)
    .filter((key) => operation === 'create' || restoring || JSON.stringify(custom[key]) !== JSON.stringify(stored[key]))
    .sort() // one order for every writer, so two writers of two values never wait on each other
  if (keys.length === 0) return data
  const errors: { path: string; message: string }[] = []
  for (const key of keys) {
    const value = custom[key] as string | number
    const lockKey = `formwork:unique:${tenant}:${collection.slug}:${key}:${JSON.stringify(value)}`
    if (isPostgres(req) && req.transactionID) await runSql(req, sql`SELECT pg_advisory_xact_lock(hashtext(${lockKey}))`)
    else await lockValue(req, lockKey)
    const { totalDocs } = await req.payload.count({
      collection: collection.slug,
      where: {
        and: [
          { tenant: { equals: tenant } },
          { [`custom.${key}`]: { equals: value } },
          ...(originalDoc?.id != null ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) errors.push({ path: `custom.${key}`, message: say(toLanguage(req.i18n?.language), 'unique') })
  }
  if (errors.length > 0) {
    releaseValues(req)
    throw new ValidationError({ collection: collection.slug, errors }, req.t)
  }
  return data
}

/** After the write (or its failure through the API): the next writer of the same values may check. */
export const releaseUniqueValues: CollectionAfterChangeHook = ({ doc, req }) => {
  releaseValues(req)
  return doc
}

export const releaseUniqueValuesOnError: CollectionAfterErrorHook = ({ req }) => {
  releaseValues(req)
}
