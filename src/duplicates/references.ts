import type { FlattenedField, Payload, Where } from 'payload'
import { type Id, idOf, sameId } from '../access/types'

/** A relationship or upload field somewhere in a collection that can point at the target collection. */
export type Reference = { collection: string; path: string; polymorphic: boolean }

type Walk = (fields: FlattenedField[], prefix: string) => void

/**
 * Every field of the whole config that can hold a link to `target`: top-level, inside groups, arrays,
 * named tabs and blocks, single or hasMany, plain or polymorphic (`relatedTo`). Read from the
 * config, not listed by hand, so a collection added later is merged without a change here.
 */
export function referencesTo(payload: Payload, target: string): Reference[] {
  const found: Reference[] = []
  for (const collection of payload.config.collections) {
    const walk: Walk = (fields, prefix) => {
      for (const field of fields) {
        if (field.type === 'relationship' || field.type === 'upload') {
          const polymorphic = Array.isArray(field.relationTo)
          const reaches = polymorphic ? (field.relationTo as string[]).includes(target) : field.relationTo === target
          if (reaches) found.push({ collection: collection.slug, path: `${prefix}${field.name}`, polymorphic })
        } else if (field.type === 'array' || field.type === 'group' || field.type === 'tab') {
          walk(field.flattenedFields, `${prefix}${field.name}.`)
        } else if (field.type === 'blocks') {
          for (const block of field.blocks ?? []) walk(block.flattenedFields, `${prefix}${field.name}.`)
        }
      }
    }
    walk(collection.flattenedFields, '')
  }
  return found
}

/** The records of one collection that link to the record, inside its tenant. */
export function linkingWhere(references: Reference[], target: string, id: Id, tenantId: Id | null): Where {
  const links: Where[] = references.map((ref) =>
    ref.polymorphic
      ? { and: [{ [`${ref.path}.relationTo`]: { equals: target } }, { [`${ref.path}.value`]: { equals: id } }] }
      : { [ref.path]: { in: [id] } },
  )
  const any: Where = links.length === 1 ? links[0] : { or: links }
  return tenantId == null ? any : { and: [{ tenant: { equals: tenantId } }, any] }
}

type Swap = { target: string; from: Id; to: Id }

const pointsAt = (value: unknown, polymorphic: boolean, { target, from }: Swap) =>
  polymorphic
    ? (value as { relationTo?: string } | null)?.relationTo === target && sameId((value as { value?: unknown }).value, from)
    : sameId(value, from)

const retarget = (value: unknown, polymorphic: boolean, swap: Swap) =>
  pointsAt(value, polymorphic, swap) ? (polymorphic ? { relationTo: swap.target, value: swap.to } : swap.to) : value

/** The same link, for de-duplicating a hasMany list that now names the survivor twice. */
const linkKey = (value: unknown, polymorphic: boolean) =>
  polymorphic
    ? `${(value as { relationTo?: string })?.relationTo}:${idOf((value as { value?: unknown })?.value)}`
    : String(idOf(value))

/** A field's value with every link to `from` turned into a link to `to` (recursing into rows and groups). */
function swapIn(field: FlattenedField, value: unknown, swap: Swap): unknown {
  if (value == null) return value
  if (field.type === 'relationship' || field.type === 'upload') {
    const polymorphic = Array.isArray(field.relationTo)
    const reaches = polymorphic ? (field.relationTo as string[]).includes(swap.target) : field.relationTo === swap.target
    if (!reaches) return value
    if (!Array.isArray(value)) return retarget(value, polymorphic, swap)
    const seen = new Set<string>()
    return value
      .map((item) => retarget(item, polymorphic, swap))
      .filter((item) => {
        const key = linkKey(item, polymorphic)
        if (seen.has(key)) return false
        seen.add(key)
        return true
      })
  }
  if (field.type === 'group' || field.type === 'tab')
    return swapInObject(field.flattenedFields, value as Record<string, unknown>, swap)
  if (field.type === 'array' && Array.isArray(value))
    return value.map((row) => swapInObject(field.flattenedFields, row as Record<string, unknown>, swap))
  if (field.type === 'blocks' && Array.isArray(value))
    return value.map((row) => {
      const block = field.blocks?.find((b) => b.slug === (row as { blockType?: string }).blockType)
      return block ? swapInObject(block.flattenedFields, row as Record<string, unknown>, swap) : row
    })
  return value
}

function swapInObject(fields: FlattenedField[], doc: Record<string, unknown>, swap: Swap): Record<string, unknown> {
  if (!doc || typeof doc !== 'object') return doc
  const out = { ...doc }
  for (const field of fields) if ('name' in field && field.name in doc) out[field.name] = swapIn(field, doc[field.name], swap)
  return out
}

/**
 * The top-level fields of a record that change when `from` is replaced by `to`, with their new and
 * old values (the old ones undo the change where the database has no transactions).
 */
export function retargetedFields(
  fields: FlattenedField[],
  doc: Record<string, unknown>,
  swap: Swap,
): { data: Record<string, unknown>; previous: Record<string, unknown> } {
  const data: Record<string, unknown> = {}
  const previous: Record<string, unknown> = {}
  for (const field of fields) {
    if (!('name' in field) || !(field.name in doc)) continue
    const next = swapIn(field, doc[field.name], swap)
    if (JSON.stringify(next) !== JSON.stringify(doc[field.name])) {
      data[field.name] = next
      previous[field.name] = doc[field.name]
    }
  }
  return { data, previous }
}

/** For each collection, the collections its relationship fields can point at (one walk of the config). */
function linkTargets(payload: Payload): Map<string, Set<string>> {
  const targets = new Map<string, Set<string>>()
  const walk = (slug: string, fields: FlattenedField[]) => {
    for (const field of fields) {
      if (field.type === 'relationship' || field.type === 'upload') {
        for (const to of [field.relationTo].flat()) targets.get(slug)?.add(to as string)
      } else if (field.type === 'array' || field.type === 'group' || field.type === 'tab') {
        walk(slug, field.flattenedFields)
      } else if (field.type === 'blocks') {
        for (const block of field.blocks ?? []) walk(slug, block.flattenedFields)
      }
    }
  }
  for (const collection of payload.config.collections) {
    targets.set(collection.slug, new Set())
    walk(collection.slug, collection.flattenedFields)
  }
  return targets
}

/**
 * Collections in the order their links are moved: one that others link to goes first (contacts
 * before quotes, so a quote's contact already works at the surviving account when the quote moves).
 * Cycles (leads ↔ campaigns) are broken in config order.
 */
export function linkOrder(payload: Payload, collections: string[]): string[] {
  const targets = linkTargets(payload)
  const linksTo = (from: string, to: string) => targets.get(from)?.has(to) ?? false
  const rest = [...collections]
  const ordered: string[] = []
  while (rest.length > 0) {
    const next = rest.find((c) => !rest.some((other) => other !== c && linksTo(c, other))) ?? rest[0]
    ordered.push(next)
    rest.splice(rest.indexOf(next), 1)
  }
  return ordered
}
