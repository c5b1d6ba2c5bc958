import type { CollectionConfig } from 'payload'
import { BUSINESS_COLLECTIONS, PERMISSIONED_COLLECTIONS } from '../../src/access/permissionedCollections'
import { tenantMembersRead } from '../../src/access/tenantMembersRead'
import { collectionLabels, label } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'
import { forgetWorkflows } from '../../src/workflow/server/activeWorkflows'
import { checkWorkflowDoc } from '../../src/workflow/server/checkWorkflowDoc'

// The visual editor draws stages and transitions together (its "advanced" switch shows the JSON).
const editor = { components: { Field: '/src/admin/workflowEditor/WorkflowEditorField#WorkflowEditorField' } }
const editedWithStages = { components: { Field: '/src/admin/workflowEditor/EditedWithStages#EditedWithStages' } }

/**
 * Stage pipelines (业务流程) per tenant and entity: ordered stages with their required actions and
 * effects, and the transitions between them with roles and conditions. Every member reads them (record
 * pages draw the stage bar); admins and roles granted `workflows` change them.
 */
export const Workflows: CollectionConfig = tenantCollection({
  slug: 'workflows',
  labels: collectionLabels('Workflow', 'Workflows', '业务流程'),
  admin: {
    useAsTitle: 'nameZh',
    defaultColumns: ['nameZh', 'nameEn', 'entity', 'active', 'priority'],
    group: label('Settings', '设置'),
  },
  access: { read: tenantMembersRead },
  hooks: { beforeValidate: [checkWorkflowDoc], afterChange: [() => forgetWorkflows()], afterDelete: [() => forgetWorkflows()] },
  indexes: [{ fields: ['tenant', 'key'], unique: true }, { fields: ['tenant', 'entity', 'active'] }],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'key', type: 'text', required: true, label: label('Key', '标识') },
        { name: 'nameZh', type: 'text', required: true, label: label('Name (Chinese)', '名称（中文）') },
        { name: 'nameEn', type: 'text', required: true, label: label('Name (English)', '名称（英文）') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'entity',
          type: 'select',
          required: true,
          label: label('Entity', '实体'),
          options: PERMISSIONED_COLLECTIONS.filter((c) => (BUSINESS_COLLECTIONS as readonly string[]).includes(c.value)).map(
            (c) => ({ value: c.value, label: c.label }),
          ),
        },
        { name: 'field', type: 'text', defaultValue: 'stage', label: label('Stage field', '阶段字段') },
        { name: 'priority', type: 'number', defaultValue: 0, label: label('Priority (lower first)', '优先级（小者优先）') },
        { name: 'active', type: 'checkbox', defaultValue: true, label: label('Active', '启用') },
      ],
    },
    {
      name: 'appliesWhen',
      type: 'text',
      label: label('Applies when', '适用条件'),
      admin: {
        description: label(
          "A rule over the record, e.g. type == 'event'; empty: always",
          "记录上的规则，例如 type == 'event'；留空表示总是适用",
        ),
      },
    },
    { name: 'stages', type: 'json', required: true, label: label('Stages and transitions', '阶段与流转'), admin: editor },
    { name: 'transitions', type: 'json', required: true, label: label('Transitions', '流转'), admin: editedWithStages },
  ],
})
