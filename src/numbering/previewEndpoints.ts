import { APIError, type Endpoint, type PayloadRequest, ValidationError } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { type Id, idOf } from '../access/types'
import { documentId, jsonBody, routeId } from '../endpoints/requestParams'
import { toLanguage } from '../i18n'
import type { SequenceDoc } from './allocateNumber'
import { currentValue } from './counterStore'
import { patternProblem } from './pattern'
import { DEFAULT_TIME_ZONE, RESET_POLICIES, type ResetPolicy } from './period'
import { counterKey, DIMENSIONS, type Dimension, numberFor, numberingDate, type SequenceRules } from './sequenceRules'
import { describePatternProblem } from './validateSequence'

type Sample = { department?: unknown; value?: unknown }

/**
 * The number the next record would get now, without taking it: the counter of the sample's
 * department (default: the user's) or field value, in the current period of the tenant's calendar.
 */
async function previewNumber(req: PayloadRequest, tenant: Id, rules: SequenceRules, sequenceId: Id | null, sample: Sample) {
  const tenantDoc = await req.payload.findByID({ collection: 'tenants', id: tenant, depth: 0, overrideAccess: true, req })
  const timeZone = (tenantDoc as { timeZone?: string | null }).timeZone ?? DEFAULT_TIME_ZONE
  const context = await getAccessContext(req)
  const departmentId = idOf(sample.department) ?? context?.departmentId ?? null
  let departmentCode: string | null = null
  if (departmentId != null) {
    const { docs } = await req.payload.find({
      collection: 'departments',
      where: { and: [{ id: { equals: documentId(req, departmentId) } }, { tenant: { equals: tenant } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    departmentCode = (docs[0] as { code?: string } | undefined)?.code ?? null
  }
  const value = sample.value == null ? '' : String(sample.value)
  const record = { departmentCode, fieldValue: () => value }
  const date = numberingDate(new Date(), timeZone)
  const key = counterKey(rules, date, record)
  const last = sequenceId == null ? 0 : await currentValue(req, { sequence: sequenceId, ...key })
  return { number: numberFor(rules, date, last + 1, record), periodKey: key.periodKey, dimensionKey: key.dimensionKey, timeZone }
}

const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback

/** GET /api/number-sequences/:id/preview and POST /api/number-sequences/preview (an unsaved pattern). */
export const previewEndpoints: Endpoint[] = [
  {
    path: '/:id/preview',
    method: 'get',
    custom: { formwork: true },
    handler: async (req) => {
      // Reading through access: another tenant's sequence is simply not found.
      const sequence = (await req.payload.findByID({
        collection: 'number-sequences',
        id: routeId(req),
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })) as unknown as SequenceDoc
      const sample = { department: req.query?.department, value: req.query?.value }
      return Response.json(await previewNumber(req, idOf(sequence.tenant) as Id, sequence, sequence.id, sample))
    },
  },
  {
    path: '/preview',
    method: 'post',
    custom: { formwork: true },
    handler: async (req) => {
      const context = await getAccessContext(req)
      if (!context || context.tenantId == null) throw new APIError(req.t('error:unauthorized'), 403)
      const body = await jsonBody(req)
      const pattern = typeof body.pattern === 'string' ? body.pattern : ''
      const problem = patternProblem(pattern)
      if (problem)
        throw new ValidationError(
          {
            collection: 'number-sequences',
            errors: [{ path: 'pattern', message: describePatternProblem(toLanguage(req.i18n?.language), problem) }],
          },
          req.t,
        )
      const rules: SequenceRules = {
        pattern,
        resetPolicy: oneOf<ResetPolicy>(RESET_POLICIES, body.resetPolicy, 'never'),
        dimension: oneOf<Dimension>(DIMENSIONS, body.dimension, 'none'),
        dimensionField: typeof body.dimensionField === 'string' ? body.dimensionField : null,
        padding: Number.isInteger(body.padding) ? (body.padding as number) : 4,
      }
      // An edited saved sequence previews from its own counter, if it is this tenant's.
      let sequenceId: Id | null = null
      if (body.id != null) {
        const { docs } = await req.payload.find({
          collection: 'number-sequences',
          where: { and: [{ id: { equals: documentId(req, body.id) } }, { tenant: { equals: context.tenantId } }] },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
        sequenceId = docs[0]?.id ?? null
      }
      const sample = { department: body.department, value: body.value }
      return Response.json(await previewNumber(req, context.tenantId, rules, sequenceId, sample))
    },
  },
]
