import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { getAccessContext } from '../../access/accessContext'
import { toLanguage } from '../../i18n'
import { managesSharedViews } from '../../workspace/savedViews/savedViewsAccess'

const texts = {
  en: {
    shared: 'Only tenant admins and roles allowed to manage these can share one with a role or the tenant.',
    roleKey: 'Sharing with a role names the role.',
    owner: 'A personal one belongs to whoever saves it.',
  },
  zh: {
    shared: '只有租户管理员和有管理权限的角色才能共享给角色或整个租户。',
    roleKey: '共享给角色时必须指定角色。',
    owner: '个人的报表或仪表盘只属于保存它的人。',
  },
}

/**
 * Reports and dashboards are shared like saved views: personal ones belong to whoever saves them,
 * role and tenant ones only to those allowed to manage them (tenant admins, roles granted the slug).
 */
export const checkSharing =
  (slug: 'reports' | 'dashboards'): CollectionBeforeValidateHook =>
  async ({ data, req, originalDoc, operation }) => {
    if (!data) return data
    const language = toLanguage(req.i18n?.language)
    const merged = { ...originalDoc, ...data }
    const errors: { path: string; message: string }[] = []
    const context = await getAccessContext(req)
    const scope = merged.scope ?? 'user'
    if (context && scope !== 'user' && !managesSharedViews(context, operation === 'create' ? 'create' : 'update', slug))
      errors.push({ path: 'scope', message: texts[language].shared })
    if (scope === 'role' && !merged.roleKey) errors.push({ path: 'roleKey', message: texts[language].roleKey })
    const claimed = data.user != null && typeof data.user === 'object' ? (data.user as { id: unknown }).id : data.user
    if (req.user && claimed != null && String(claimed) !== String(originalDoc?.user ?? req.user.id))
      errors.push({ path: 'user', message: texts[language].owner })
    if (scope === 'user' && operation === 'create' && req.user) data.user = req.user.id
    if (scope === 'user' && operation === 'update') data.user = originalDoc?.user ?? req.user?.id
    if (scope !== 'user') data.user = null
    if (scope !== 'role') data.roleKey = null
    if (errors.length > 0) throw new ValidationError({ collection: slug, errors }, req.t)
    return data
  }
