import type { PayloadRequest } from 'payload'
import type { Label } from '../../i18n/label'
import { stageLabels } from '../../workflow/stageLabels'
import type { ReportPlan } from './planReport'

export type GroupKey = { key: string | null; label: Label }

const EMPTY: Label = { en: '(empty)', zh: '（空）' }
const YES: Label = { en: 'Yes', zh: '是' }
const NO: Label = { en: 'No', zh: '否' }

/**
 * The titles of related records (account names, people's names), read with the user's own access: a
 * record the user may not read shows as its number only.
 */
export async function recordTitles(req: PayloadRequest, collection: string, ids: string[]): Promise<Map<string, string>> {
  const titles = new Map<string, string>()
  const config = req.payload.collections[collection as 'accounts']?.config
  if (!config || ids.length === 0) return titles
  const title = config.admin?.useAsTitle ?? 'id'
  for (let start = 0; start < ids.length; start += 500) {
    const found = await req.payload.find({
      collection: collection as 'accounts',
      where: { id: { in: ids.slice(start, start + 500) } },
      select: { [title]: true } as never,
      depth: 0,
      limit: 500,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of found.docs as unknown as Record<string, unknown>[]) titles.set(String(doc.id), String(doc[title] ?? doc.id))
  }
  return titles
}

/** Labels of each group level's keys in both languages: select options, related records' titles, yes/no. */
export async function keyLabels(req: PayloadRequest, plan: ReportPlan, cells: { keys: (string | null)[] }[]) {
  const stages = await stageLabels(req, plan.scope.tenant, plan.definition.entity)
  return Promise.all(
    plan.groups.map(async (group, level) => {
      const keys = [...new Set(cells.map((c) => c.keys[level]))]
      const labels = new Map<string | null, Label>()
      const field = group.field
      const titles =
        field.kind === 'relationship' && field.relationTo
          ? await recordTitles(
              req,
              field.relationTo,
              keys.filter((k): k is string => k != null),
            )
          : null
      const stageNames = stages.get(field.path)
      for (const key of keys) {
        const stage = key == null ? undefined : stageNames?.get(key)
        if (key == null) labels.set(key, EMPTY)
        else if (stage) labels.set(key, { en: stage.en ?? key, zh: stage.zh ?? stage.en ?? key })
        else if (field.kind === 'boolean') labels.set(key, key === 'true' ? YES : NO)
        else if (field.options) labels.set(key, field.options.find((o) => o.value === key)?.label ?? { en: key, zh: key })
        else if (titles) labels.set(key, { en: titles.get(key) ?? `#${key}`, zh: titles.get(key) ?? `#${key}` })
        else labels.set(key, { en: key, zh: key })
      }
      return labels
    }),
  )
}
