import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { idOf } from '../../access/types'
import { baseFieldsOf } from '../../customFields/layout/baseFields'
import { checkListViews } from '../../customFields/layout/checkListViews'
import { fieldCatalog } from '../../customFields/layout/fieldCatalog'
import { publishedSchema } from '../../customFields/publishedSchema'
import { toLanguage } from '../../i18n'
import { managesSharedViews } from './savedViewsAccess'

const texts = {
  en: {
    shared: 'Only tenant admins and roles allowed to manage saved views can share a view with a role or the tenant.',
    roleKey: 'A view for a role names the role.',
    owner: 'A personal view belongs to whoever saves it.',
  },
  zh: {
    shared: '只有租户管理员和有权管理视图的角色才能把视图共享给角色或整个租户。',
    roleKey: '角色视图必须指定角色。',
    owner: '个人视图只属于保存它的人。',
  },
}

/**
 * A saved view is a user's own list view (columns, sort, filters, page size, kanban): checked like the
 * designed ones against the entity's fields in the tenant, owned by whoever saves it, and shared with a
 * role or the whole tenant only by those who manage shared views. It takes effect at once: no publish.
 */
export const checkSavedView: CollectionBeforeValidateHook = async ({ data, req, originalDoc, operation }) => {
  if (!data) return data
  const language = toLanguage(req.i18n?.language)
  const merged = { ...originalDoc, ...data }
  const errors: { path: string; message: string }[] = []
  const context = await getAccessContext(req)
  const scope = merged.scope ?? 'user'
  if (context && scope !== 'user') {
    const action = operation === 'create' ? 'create' : 'update'
    if (!managesSharedViews(context, action)) errors.push({ path: 'scope', message: texts[language].shared })
  }
  if (scope === 'role' && !merged.roleKey) errors.push({ path: 'roleKey', message: texts[language].roleKey })
  // A personal view belongs to whoever saves it; shared views belong to nobody in particular.
  const claimed = data.user != null && typeof data.user === 'object' ? (data.user as { id: unknown }).id : data.user
  if (req.user && claimed != null && String(claimed) !== String(originalDoc?.user ?? req.user.id))
    errors.push({ path: 'user', message: texts[language].owner })
  if (scope === 'user' && operation === 'create' && req.user) data.user = req.user.id
  if (scope !== 'user') data.user = null
  if (scope !== 'role') data.roleKey = null
  const collection = req.payload.collections[String(merged.entity)]?.config
  const tenant = idOf(merged.tenant) ?? context?.tenantId
  if (collection && tenant != null && data.view !== undefined) {
    const { schema } = await publishedSchema(req, tenant, collection.slug)
    const catalog = fieldCatalog(baseFieldsOf(collection.fields as never), schema)
    const view = { ...(merged.view as object), default: undefined }
    for (const problem of checkListViews({ version: 1, views: [view] }, catalog, language))
      errors.push({ path: `view${problem.pointer.replace(/^\/views\/0/, '').replace(/\//g, '.')}`, message: problem.message })
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'saved-views', errors }, req.t)
  return data
}
