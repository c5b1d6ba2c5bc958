import type { Payload, PayloadRequest, Where } from 'payload'
import type { Id } from '../../access/types'
import type { Exercise, Texts } from '../bundle/format'
import { isReference, referencesIn } from '../bundle/references'
import { RECORD_SECTIONS } from '../bundle/sections'
import { tenantIds } from '../bundle/tenantIds'

export type ExerciseResult = { key: string; title: Texts; passed: boolean; found: number; needed: number }

/** The check's `where` with each `{ $ref }` replaced by that record's id in the group (-1 when it is gone). */
function resolve(value: unknown, ids: Map<string, Id>): unknown {
  if (isReference(value)) return '$ref' in value ? (ids.get(value.$ref) ?? -1) : -1
  if (Array.isArray(value)) return value.map((v) => resolve(v, ids))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, ids)]))
  return value
}

/**
 * Each exercise of a preset checked against one group: a count of the group's records matching the
 * check (read as the system, within the group only). A record the check names by key is found by the
 * same readable key in the group, so a group reset to the preset is checked the same way.
 */
export async function checkExercises(
  payload: Payload,
  group: Id,
  exercises: Exercise[],
  req?: PayloadRequest,
): Promise<ExerciseResult[]> {
  // Only the collections the checks name records of.
  const named = new Set(
    exercises.flatMap((e) => referencesIn(e.check.where)).flatMap(({ ref }) => ('$ref' in ref ? [ref.$ref.split('/')[1]] : [])),
  )
  const ids = await tenantIds(
    payload,
    group,
    RECORD_SECTIONS.filter((s) => named.has(s.collection)),
    req,
  )
  const results: ExerciseResult[] = []
  for (const exercise of exercises) {
    const needed = exercise.check.atLeast ?? 1
    const where = resolve(exercise.check.where, ids) as Where
    const { totalDocs } = await payload.count({
      collection: exercise.check.collection as 'accounts',
      where: { and: [{ tenant: { equals: group } }, where] },
      overrideAccess: true,
      req,
    })
    results.push({ key: exercise.key, title: exercise.title, passed: totalDocs >= needed, found: totalDocs, needed })
  }
  return results
}
