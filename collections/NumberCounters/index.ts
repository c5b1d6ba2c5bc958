import type { CollectionConfig } from 'payload'
import { collectionLabels, label } from '../../src/i18n/label'
import { tenantCollection } from '../../src/tenancy/tenantCollection'

const systemOnly = () => false

/**
 * The last number given per sequence, dimension (department, field value) and period (year, month,
 * day). Only the numbering engine writes here, one atomic statement per number; admins may read.
 */
export const NumberCounters: CollectionConfig = tenantCollection(
  {
    slug: 'number-counters',
    labels: collectionLabels('Number counter', 'Number counters', '编号计数器'),
    admin: {
      defaultColumns: ['sequence', 'dimensionKey', 'periodKey', 'lastValue'],
      group: label('System', '系统'),
    },
    access: { create: systemOnly, update: systemOnly, delete: systemOnly },
    indexes: [{ fields: ['sequence', 'dimensionKey', 'periodKey'], unique: true }],
    fields: [
      // Not `required` so that the engine's single INSERT … ON CONFLICT statement is the only writer.
      { name: 'sequence', type: 'relationship', relationTo: 'number-sequences', label: label('Sequence', '编号规则') },
      { name: 'dimensionKey', type: 'text', defaultValue: '', label: label('Dimension', '维度') },
      { name: 'periodKey', type: 'text', defaultValue: '', label: label('Period', '周期') },
      { name: 'lastValue', type: 'number', defaultValue: 0, label: label('Last number', '当前流水号') },
    ],
  },
  { systemWritten: true },
)
