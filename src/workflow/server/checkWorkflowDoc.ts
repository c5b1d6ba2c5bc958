import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { idOf } from '../../access/types'
import { baseFieldsOf } from '../../customFields/layout/baseFields'
import { publishedSchema } from '../../customFields/publishedSchema'
import { toLanguage } from '../../i18n'
import { checkWorkflow, workflowMessage } from '../engine'
import { forgetWorkflows } from './activeWorkflows'
import { toWorkflow, type WorkflowDoc } from './toWorkflow'

const STAGE_TYPES = new Set(['text', 'select'])

/**
 * A workflow is saved only when its graph holds together (see checkWorkflow) over the entity's real
 * fields, and its stage field is a text or select field of the entity. Problems come back with their
 * JSON pointer under `stages` / `transitions`.
 */
export const checkWorkflowDoc: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data } as WorkflowDoc & { tenant?: unknown }
  const language = toLanguage(req.i18n?.language)
  const collection = req.payload.collections[merged.entity]?.config
  if (!collection) return data // the select field refuses an unknown entity itself
  const base = baseFieldsOf(collection.fields as never)
  const tenant = idOf(merged.tenant) ?? (await getAccessContext(req))?.tenantId
  const schema = tenant != null ? (await publishedSchema(req, tenant, collection.slug)).schema : { properties: {} }
  const known = (path: string) =>
    path.startsWith('custom.') ? Object.hasOwn(schema.properties, path.slice(7)) : base.some((f) => f.name === path)
  const errors: { path: string; message: string }[] = []
  const stageField = merged.field || 'stage'
  if (!base.some((f) => f.name === stageField && STAGE_TYPES.has(f.type)))
    errors.push({ path: 'field', message: workflowMessage(language, 'stageField') })
  for (const problem of checkWorkflow(toWorkflow(merged), known, language)) {
    const [, list, ...rest] = problem.pointer.split('/')
    errors.push({ path: [list, ...rest].join('.'), message: problem.message })
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'workflows', errors }, req.t)
  forgetWorkflows()
  return data
}
