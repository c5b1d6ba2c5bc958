import { getAccessContext } from '../../../../access/accessContext'
import { activeWorkflows } from '../../../../workflow/server/activeWorkflows'
import { stageLabels } from '../../../../workflow/stageLabels'
import type { EntityDescription } from '../../../../workspace/describeEntity'
import type { WorkspaceSession } from './session'

/**
 * A new record's stage field as its form should show it: read-only (the workflow puts a new record in
 * its first stage, whatever the form sends) and named ("资格确认"), never the raw key `qualification`.
 */
export async function withStartingStage(session: WorkspaceSession, entity: EntityDescription): Promise<EntityDescription> {
  const tenant = (await getAccessContext(session.req))?.tenantId
  if (tenant == null) return entity
  const labels = await stageLabels(session.req, tenant, entity.slug)
  if (labels.size === 0) return entity
  const [workflow] = await activeWorkflows(session.req, tenant, entity.slug)
  return {
    ...entity,
    fields: entity.fields.map((f) => {
      const stages = labels.get(f.name)
      if (!stages) return f
      const first = workflow && (workflow.field ?? 'stage') === f.name ? workflow.stages[0]?.key : undefined
      return {
        ...f,
        type: 'select',
        readOnly: true,
        defaultValue: first ?? f.defaultValue,
        options: [...stages].map(([value, label]) => ({ value, label })),
      }
    }),
  }
}
