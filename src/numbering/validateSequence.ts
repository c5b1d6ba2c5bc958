import { type CollectionBeforeChangeHook, type TextFieldSingleValidation, ValidationError } from 'payload'
import { idOf } from '../access/types'
import { type Language, message, toLanguage } from '../i18n'
import type { MessageKey } from '../i18n/messages/en'
import { type PatternProblem, patternProblem } from './pattern'

const PROBLEM_MESSAGES: Record<PatternProblem['code'], MessageKey> = {
  empty: 'patternEmpty',
  unclosedBrace: 'patternUnclosedBrace',
  strayBrace: 'patternStrayBrace',
  unknownToken: 'patternUnknownToken',
  badWidth: 'patternBadWidth',
  noSequence: 'patternNoSequence',
  twoSequences: 'patternTwoSequences',
}

/** A pattern's problem in words of the user's language. */
export function describePatternProblem(lang: Language, problem: PatternProblem): string {
  const vars: Record<string, string | number> = {}
  if ('at' in problem) vars.at = problem.at + 1
  if ('token' in problem) vars.token = `{${problem.token}}`
  return message(lang, PROBLEM_MESSAGES[problem.code], vars)
}

/** Field validator of `pattern`: Payload reports it as a 400 on `pattern`. */
export const validatePattern: TextFieldSingleValidation = (value, { req }) => {
  const problem = patternProblem(value ?? '')
  return problem ? describePatternProblem(toLanguage(req.i18n?.language), problem) : true
}

/**
 * One active sequence per module and tenant, so a record's number never depends on which of two rules
 * the database returns first; and a per-field counter names its field.
 */
export const refuseSecondActiveSequence: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const lang = toLanguage(req.i18n?.language)
  const merged = { ...originalDoc, ...data }
  const fail = (path: string, text: string): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message: text }] }, req.t)
  }
  if (merged.dimension === 'field' && !String(merged.dimensionField ?? '').trim())
    fail('dimensionField', message(lang, 'dimensionFieldRequired'))
  if (merged.active === false) return data
  const others = await req.payload.find({
    collection: 'number-sequences',
    where: {
      and: [
        { tenant: { equals: idOf(merged.tenant) } },
        { targetCollection: { equals: merged.targetCollection } },
        { active: { equals: true } },
        ...(originalDoc?.id != null ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (others.docs.length > 0)
    fail('targetCollection', message(lang, 'sequenceAlreadyActive', { name: String(others.docs[0].name) }))
  return data
}
