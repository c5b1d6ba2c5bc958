import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { idOf } from '../../access/types'
import { compareAndSet } from '../../concurrency/compareAndSet'
import { toLanguage } from '../../i18n'
import { queueEffects } from '../effects/queueEffects'
import { checkTransition, workflowMessage } from '../engine'
import { activeWorkflows, workflowFor } from './activeWorkflows'
import { doneActions } from './doneActions'

type Move = { workflow: string; field: string; from: string | null; to: string; transition: string | null }
const MOVES = 'workflowMoves'
const moveKey = (slug: string, id: unknown) => `${slug}:${id}`
function moves(context: Record<string, unknown>): Record<string, Move> {
  if (!context[MOVES]) context[MOVES] = {}
  return context[MOVES] as Record<string, Move>
}

const defaultOf = (fields: readonly { name?: string; defaultValue?: unknown }[], name: string) =>
  fields.find((f) => f.name === name)?.defaultValue

/**
 * Every write that changes a record's stage is checked against the workflow that governs the record,
 * whatever sent it (REST, GraphQL, the Local API, imports): a move the workflow does not allow is
 * refused naming what is missing. A new record starts in the first stage (the field's static default
 * is replaced by it). Seeds and restores that replay history set `context.skipWorkflow`.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  if (req.context?.skipWorkflow || (operation !== 'create' && operation !== 'update')) return data
  const tenant = idOf(data.tenant ?? originalDoc?.tenant)
  if (tenant == null) return data
  const workflows = await activeWorkflows(req, tenant, collection.slug)
  if (workflows.length === 0) return data
  const record = { ...originalDoc, ...data, custom: { ...originalDoc?.custom, ...data.custom } }
  const workflow = workflowFor(workflows, record)
  if (!workflow) return data
  const field = workflow.field ?? 'stage'
  const from = operation === 'create' ? null : ((originalDoc?.[field] as string | null | undefined) ?? null)
  let to = (record[field] as string | null | undefined) ?? null
  if (operation === 'create' && (to == null || to === defaultOf(collection.flattenedFields, field))) {
    to = workflow.stages[0]?.key ?? null
    data[field] = to
  }
  // A transition asked for from the stage the asker saw (the transition endpoint): if the record has moved
  // since, even to the same stage, their move did not happen — say so rather than report success.
  const expected = req.context?.workflowExpectedFrom
  if (operation === 'update' && typeof expected === 'string' && expected !== (from ?? ''))
    throw new APIError(workflowMessage(toLanguage(req.i18n?.language), 'movedMeanwhile'), 409, undefined, true)
  if (to === from || to == null) return data
  const access = await getAccessContext(req)
  const language = toLanguage(req.i18n?.language)
  const result = checkTransition({
    workflow,
    record: { ...record, [field]: to },
    from,
    to,
    roleKeys: access?.roleKeys ?? [],
    // The Local API without a user is the server itself (jobs, conversions): roles do not apply, the rest does.
    admin: !access || access.superAdmin || access.tenantAdmin,
    doneActions: operation === 'create' || !originalDoc ? new Set() : await doneActions(req, collection.slug, originalDoc.id),
    language,
  })
  if (!result.ok)
    throw new ValidationError(
      { collection: collection.slug, errors: result.problems.map((p) => ({ path: field, message: p.message })) },
      req.t,
    )
  // A new record enters the first stage: its onEnter effects run once the record exists (recordTransition).
  if (operation === 'create')
    moves(req.context)[moveKey(collection.slug, 'new')] = { workflow: workflow.key, field, from, to, transition: null }
  if (operation === 'update' && originalDoc)
    moves(req.context)[moveKey(collection.slug, originalDoc.id)] = {
      workflow: workflow.key,
      field,
      from,
      to,
      transition: result.transition?.key ?? null,
    }
  return data
}

/**
 * Of two users advancing the same record at once, exactly one succeeds: the stage is claimed with one
 * atomic update conditioned on the stage the check saw. Last of the write hooks, so nothing after it
 * can refuse the write it has claimed.
 */
export const claimStage: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const move = moves(req.context)[moveKey(collection.slug, originalDoc.id)]
  if (!move) return data
  const condition = move.from == null ? { [move.field]: { exists: false } } : { [move.field]: { equals: move.from } }
  const claimed = await compareAndSet(req, collection.slug, originalDoc.id, condition, { [move.field]: move.to })
  if (!claimed) {
    delete moves(req.context)[moveKey(collection.slug, originalDoc.id)]
    throw new APIError(workflowMessage(toLanguage(req.i18n?.language), 'movedMeanwhile'), 409, undefined, true)
  }
  return data
}

/**
 * Every transition is recorded: who, when, from where to where, by which transition, with the comment
 * given; the effects of the transition and of the stage entered are queued in the same transaction
 * (so are the first stage's effects when a record is created).
 */
export const recordTransition: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  const key = moveKey(collection.slug, operation === 'create' ? 'new' : doc.id)
  const move = moves(req.context)[key]
  if (!move || (operation !== 'update' && operation !== 'create')) return doc
  delete moves(req.context)[key]
  const actor = req.user?.collection === 'users' ? req.user.id : null
  const tenant = idOf(doc.tenant)
  let transitionId = null
  if (operation === 'update') {
    const row = await req.payload.create({
      collection: 'workflow-transitions',
      data: {
        tenant,
        entity: collection.slug,
        record: String(doc.id),
        workflow: move.workflow,
        from: move.from,
        to: move.to,
        transition: move.transition,
        user: actor,
        comment: typeof req.context.workflowComment === 'string' ? req.context.workflowComment : null,
      },
      overrideAccess: true,
      req,
    })
    transitionId = row.id
  }
  if (tenant == null) return doc
  const workflow = (await activeWorkflows(req, tenant, collection.slug)).find((w) => w.key === move.workflow)
  const transition = workflow?.transitions.find((t) => t.key === move.transition)
  const stage = workflow?.stages.find((s) => s.key === move.to)
  await queueEffects(req, { tenant, entity: collection.slug, record: doc.id, transition: transitionId, actor }, [
    ...(operation === 'update' ? (transition?.effects ?? []) : []),
    ...(stage?.onEnter ?? []),
  ])
  return doc
}
