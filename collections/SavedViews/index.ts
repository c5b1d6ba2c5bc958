import type { CollectionConfig } from 'payload'
import { BUSINESS_COLLECTIONS, PERMISSIONED_COLLECTIONS } from '../../src/access/permissionedCollections'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'
import { checkSavedView } from '../../src/workspace/savedViews/checkSavedView'
import { changeSavedViews, createSavedViews, readSavedViews } from '../../src/workspace/savedViews/savedViewsAccess'

/**
 * Users' own list views in the workspace (保存的视图): columns, sort, filters, page size or a kanban
 * board, for themselves, a role or the whole tenant. Users' data, not configuration: no publish step.
 */
export const SavedViews: CollectionConfig = tenantCollection({
  slug: 'saved-views',
  labels: collectionLabels('Saved view', 'Saved views', '保存的视图'),
  admin: { useAsTitle: 'label', defaultColumns: ['label', 'entity', 'scope', 'user'], group: label('Settings', '设置') },
  access: {
    read: readSavedViews,
    create: createSavedViews,
    update: changeSavedViews('update'),
    delete: changeSavedViews('delete'),
  },
  hooks: { beforeValidate: [checkSavedView] },
  indexes: [{ fields: ['tenant', 'entity', 'scope'] }],
  fields: [
    {
      name: 'entity',
      type: 'select',
      required: true,
      label: label('Entity', '实体'),
      options: PERMISSIONED_COLLECTIONS.filter((c) => (BUSINESS_COLLECTIONS as readonly string[]).includes(c.value)).map((c) => ({
        value: c.value,
        label: c.label,
      })),
    },
    { name: 'label', type: 'text', required: true, maxLength: 60, label: label('Name', '名称') },
    {
      name: 'scope',
      type: 'select',
      required: true,
      defaultValue: 'user',
      label: label('Shared with', '共享范围'),
      options: [
        option('user', 'Only me', '仅自己'),
        option('role', 'A role', '某个角色'),
        option('tenant', 'Everyone', '所有人'),
      ],
    },
    { name: 'roleKey', type: 'text', label: label('Role key', '角色标识') },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('Owner', '所有者'),
      admin: { readOnly: true },
    },
    { name: 'view', type: 'json', required: true, label: label('View', '视图') },
    { name: 'isDefault', type: 'checkbox', defaultValue: false, label: label('Opens by default', '默认打开') },
  ],
})
