import type { CollectionConfig } from 'payload'
import { approvalRequestsRead } from '../../src/approvals/server/approvalRequestsRead'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const systemOnly = () => false
const json = { components: { Field: '/src/admin/fields/JsonTextField#JsonTextField' }, readOnly: true }
const users = (name: string, en: string, zh: string) =>
  ({ name, type: 'relationship', relationTo: 'users', hasMany: true, index: true, label: label(en, zh) }) as const

/**
 * Approval requests (审批单): one record going through one process. Only the approval endpoints write
 * them; the submitter, everyone named in a step and tenant admins read them. `version` is claimed
 * atomically by every decision, so an answer given twice counts once. `pendingKey` (unique) holds
 * while pending, so a record never has two pending requests and its lock is one indexed look-up.
 */
export const ApprovalRequests: CollectionConfig = tenantCollection(
  {
    slug: 'approval-requests',
    labels: collectionLabels('Approval request', 'Approval requests', '审批单'),
    admin: {
      useAsTitle: 'recordTitle',
      defaultColumns: ['createdAt', 'processNameZh', 'recordTitle', 'status', 'currentStep', 'submitter'],
      group: label('System', '系统'),
    },
    defaultSort: '-createdAt',
    access: { read: approvalRequestsRead, create: systemOnly, update: systemOnly, delete: systemOnly },
    indexes: [{ fields: ['entity', 'record', 'status'] }, { fields: ['tenant', 'status'] }],
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'process', type: 'text', required: true, label: label('Process', '审批流程') },
          { name: 'processNameZh', type: 'text', label: label('Process (Chinese)', '流程名称（中文）') },
          { name: 'processNameEn', type: 'text', label: label('Process (English)', '流程名称（英文）') },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'entity', type: 'text', required: true, label: label('Entity', '实体') },
          { name: 'record', type: 'text', required: true, label: label('Record', '记录') },
          { name: 'recordTitle', type: 'text', label: label('Record title', '记录名称') },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'submitter',
            type: 'relationship',
            relationTo: 'users',
            required: true,
            index: true,
            label: label('Submitter', '提交人'),
          },
          {
            name: 'status',
            type: 'select',
            required: true,
            defaultValue: 'pending',
            label: label('Status', '状态'),
            options: [
              option('pending', 'Pending', '审批中'),
              option('approved', 'Approved', '已通过'),
              option('rejected', 'Rejected', '已驳回'),
              option('withdrawn', 'Withdrawn', '已撤回'),
            ],
          },
          { name: 'currentStep', type: 'text', label: label('Current step', '当前步骤') },
          {
            name: 'currentIndex',
            type: 'number',
            defaultValue: 0,
            admin: { hidden: true },
            label: label('Step index', '步骤序号'),
          },
          { name: 'version', type: 'number', required: true, defaultValue: 1, label: label('Version', '版本') },
        ],
      },
      { name: 'pendingKey', type: 'text', unique: true, admin: { hidden: true }, label: label('Pending key', '审批中标记') },
      users('waitingFor', 'Waiting for', '待处理人'),
      users('participants', 'Participants', '参与人'),
      users('deciders', 'Answered by', '已处理人'),
      { name: 'finishedAt', type: 'date', label: label('Finished at', '结束时间') },
      { name: 'steps', type: 'json', label: label('Steps', '步骤'), admin: json },
      { name: 'history', type: 'json', label: label('History', '审批记录'), admin: json },
    ],
  },
  { systemWritten: true },
)
