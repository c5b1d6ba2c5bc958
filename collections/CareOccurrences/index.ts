import type { CollectionConfig } from 'payload'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const systemOnly = () => false

/**
 * What each care rule did for each record and year (客户关怀记录): sent, or why not. The unique
 * (rule, record, year) row is claimed before anything is sent, so a rerun of the day sends nothing twice.
 */
export const CareOccurrences: CollectionConfig = tenantCollection(
  {
    slug: 'care-occurrences',
    labels: collectionLabels('Care message', 'Care messages', '客户关怀记录'),
    admin: { defaultColumns: ['rule', 'entity', 'record', 'dueOn', 'status', 'to'], group: label('Office', '办公协同') },
    access: { create: systemOnly, update: systemOnly, delete: systemOnly },
    indexes: [{ fields: ['rule', 'entity', 'record', 'year'], unique: true }],
    fields: [
      { name: 'rule', type: 'relationship', relationTo: 'care-rules', required: true, index: true, label: label('Rule', '规则') },
      { name: 'entity', type: 'text', required: true, label: label('Record type', '记录类型') },
      { name: 'record', type: 'text', required: true, label: label('Record', '记录') },
      { name: 'year', type: 'number', required: true, label: label('Year', '年份') },
      { name: 'dueOn', type: 'text', required: true, label: label('Occasion day', '纪念日') },
      {
        name: 'status',
        type: 'select',
        required: true,
        index: true,
        label: label('Status', '状态'),
        options: [
          option('sent', 'Sent', '已发送'),
          option('reminded', 'Owner reminded', '已提醒负责人'),
          option('skippedNoAddress', 'Skipped: no address', '未发送：无联系方式'),
          option('skippedNoConsent', 'Skipped: no consent', '未发送：未获许可'),
          option('skippedNoChannel', 'Skipped: channel not set up', '未发送：渠道未配置'),
          option('failed', 'Failed', '失败'),
        ],
      },
      { name: 'to', type: 'text', label: label('To', '发送至') },
      { name: 'error', type: 'text', label: label('Error', '错误') },
    ],
  },
  { systemWritten: true },
)
