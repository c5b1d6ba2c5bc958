import type { CollectionConfig } from 'payload'
import { collectionLabels, label } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const systemOnly = () => false

/** The history of stage changes (流转记录): who moved which record from where to where, when, and why. */
export const WorkflowTransitions: CollectionConfig = tenantCollection(
  {
    slug: 'workflow-transitions',
    labels: collectionLabels('Stage change', 'Stage changes', '流转记录'),
    admin: {
      useAsTitle: 'record',
      defaultColumns: ['createdAt', 'entity', 'record', 'from', 'to', 'user'],
      group: label('System', '系统'),
    },
    defaultSort: '-createdAt',
    access: { create: systemOnly, update: systemOnly, delete: systemOnly },
    indexes: [{ fields: ['tenant', 'entity', 'record'] }],
    fields: [
      { name: 'entity', type: 'text', required: true, label: label('Entity', '实体') },
      { name: 'record', type: 'text', required: true, label: label('Record', '记录') },
      { name: 'workflow', type: 'text', required: true, label: label('Workflow', '流程') },
      {
        type: 'row',
        fields: [
          { name: 'from', type: 'text', label: label('From', '原阶段') },
          { name: 'to', type: 'text', required: true, label: label('To', '新阶段') },
          { name: 'transition', type: 'text', label: label('Transition', '流转') },
        ],
      },
      { name: 'user', type: 'relationship', relationTo: 'users', label: label('By', '操作人') },
      { name: 'comment', type: 'textarea', label: label('Comment', '备注') },
    ],
  },
  { systemWritten: true },
)
