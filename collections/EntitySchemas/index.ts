import type { CollectionConfig } from 'payload'
import { BUSINESS_COLLECTIONS, PERMISSIONED_COLLECTIONS } from '../../src/access/permissionedCollections'
import { tenantMembersRead } from '../../src/access/tenantMembersRead'
import { dryRunEndpoint } from '../../src/customFields/evolution/dryRunEndpoint'
import { purgeEndpoint } from '../../src/customFields/evolution/purgeEndpoint'
import { publishEndpoint } from '../../src/customFields/publishEndpoint'
import { referencesEndpoint } from '../../src/customFields/references/referencesEndpoint'
import { renameEndpoint } from '../../src/customFields/references/renameEndpoint'
import { typesEndpoint } from '../../src/customFields/types/typesEndpoint'
import { fieldRulesEndpoint } from '../../src/fieldPermissions/fieldRulesEndpoint'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'
import { guardSchemaVersion } from './guardSchemaVersion'

const json = (name: string, en: string, zh: string) => ({
  name,
  type: 'json' as const,
  label: label(en, zh),
  admin: { components: { Field: '/src/admin/fields/JsonTextField#JsonTextField' } },
})

/** Written only by publishing (through the adapter): clients read it, never set it. */
const systemJson = (name: string, en: string, zh: string) => {
  const field = json(name, en, zh)
  return { ...field, admin: { ...field.admin, readOnly: true }, access: { create: () => false, update: () => false } }
}

/**
 * The definition of an entity's custom fields in one tenant, versioned: the JSON Schema of `custom`,
 * the form layout and the list views. Drafts are edited; publishing one makes it apply (and the
 * version before it history). Every member reads them: forms and lists are drawn from them.
 */
export const EntitySchemas: CollectionConfig = tenantCollection({
  slug: 'entity-schemas',
  labels: collectionLabels('Entity schema', 'Entity schemas', '实体结构'),
  admin: {
    useAsTitle: 'entity',
    defaultColumns: ['entity', 'version', 'status', 'publishedAt'],
    group: label('Settings', '设置'),
  },
  defaultSort: '-version',
  access: { read: tenantMembersRead },
  indexes: [{ fields: ['tenant', 'entity', 'version'], unique: true }],
  endpoints: [
    publishEndpoint,
    dryRunEndpoint,
    purgeEndpoint,
    referencesEndpoint,
    renameEndpoint,
    typesEndpoint,
    fieldRulesEndpoint,
  ],
  hooks: { beforeChange: [guardSchemaVersion] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'entity',
          type: 'select',
          required: true,
          index: true,
          label: label('Entity', '实体'),
          options: PERMISSIONED_COLLECTIONS.filter((c) => (BUSINESS_COLLECTIONS as readonly string[]).includes(c.value)).map(
            (c) => ({ value: c.value, label: c.label }),
          ),
        },
        { name: 'version', type: 'number', admin: { readOnly: true }, label: label('Version', '版本') },
        {
          name: 'status',
          type: 'select',
          defaultValue: 'draft',
          index: true,
          admin: { readOnly: true },
          label: label('Status', '状态'),
          options: [
            option('draft', 'Draft', '草稿'),
            option('published', 'Published', '已发布'),
            option('superseded', 'Superseded', '已被取代'),
          ],
        },
      ],
    },
    json('schema', 'Fields (JSON Schema)', '字段（JSON Schema）'),
    json('layout', 'Form layout', '表单布局'),
    json('listViews', 'List views', '列表视图'),
    // Base fields' permissions per role; custom fields carry theirs as `x-permissions` in the schema.
    json('fieldPermissions', 'Field permissions (base fields)', '字段权限（标准字段）'),
    // Set when a version is published (src/customFields/slots/assignSlots): which indexed slot column
    // mirrors which field, and which fields found none (equality filters only, no range or sort).
    systemJson('slots', 'Indexed slots', '索引槽位'),
    systemJson('slotless', 'Fields without range filters or sorting', '不支持范围筛选和排序的字段'),
    {
      type: 'row',
      fields: [
        { name: 'note', type: 'text', label: label('Change note', '变更说明') },
        { name: 'basedOn', type: 'number', admin: { readOnly: true }, label: label('Drafted from version', '基于版本') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'publishedAt', type: 'date', admin: { readOnly: true }, label: label('Published at', '发布时间') },
        {
          name: 'publishedBy',
          type: 'relationship',
          relationTo: 'users',
          admin: { readOnly: true },
          label: label('Published by', '发布人'),
        },
      ],
    },
  ],
})
