import type { CollectionConfig } from 'payload'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { reprintEndpoint } from '../../src/printing/reprintEndpoint'
import { TEMPLATE_ENTITIES, templateEntityOptions } from '../../src/printing/templateEntities'
import { tenantCollection } from '../../src/tenancy/tenantCollection'
import { snapshotReadAccess } from './snapshotReadAccess'

const readOnly = { readOnly: true }

/**
 * What was printed or sent (打印存档): the file's exact bytes and the data it came from, kept with the
 * record so a reprint of an approved quote is identical even after its template has changed.
 * Written only by the server when a document is printed; never edited.
 */
export const DocumentSnapshots: CollectionConfig = tenantCollection(
  {
    slug: 'document-snapshots',
    labels: collectionLabels('Printed document', 'Printed documents', '打印存档'),
    admin: {
      useAsTitle: 'fileName',
      defaultColumns: ['fileName', 'entity', 'templateName', 'format', 'createdBy', 'createdAt'],
      group: label('Settings', '设置'),
    },
    access: { read: snapshotReadAccess, create: () => false, update: () => false },
    endpoints: [reprintEndpoint],
    indexes: [{ fields: ['tenant', 'entity', 'createdAt'] }],
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'entity',
            type: 'select',
            required: true,
            index: true,
            label: label('Document type', '单据类型'),
            options: templateEntityOptions(),
            admin: readOnly,
          },
          {
            name: 'record',
            type: 'relationship',
            relationTo: [...TEMPLATE_ENTITIES],
            label: label('Record', '记录'),
            admin: readOnly,
          },
          { name: 'recordNumber', type: 'text', label: label('Number', '单号'), admin: readOnly },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'template',
            type: 'relationship',
            relationTo: 'export-templates',
            label: label('Template', '模板'),
            admin: readOnly,
          },
          { name: 'templateName', type: 'text', label: label('Template name', '模板名称'), admin: readOnly },
          { name: 'templateVersion', type: 'text', label: label('Template version', '模板版本'), admin: readOnly },
          { name: 'templateUpdatedAt', type: 'date', label: label('Template saved at', '模板保存时间'), admin: readOnly },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'format',
            type: 'select',
            required: true,
            label: label('Format', '格式'),
            options: [option('pdf', 'PDF', 'PDF'), option('html', 'HTML', 'HTML')],
            admin: readOnly,
          },
          {
            name: 'language',
            type: 'select',
            label: label('Language', '语言'),
            options: [option('zh', '简体中文', '简体中文'), option('en', 'English', 'English')],
            admin: readOnly,
          },
          { name: 'fileName', type: 'text', required: true, label: label('File name', '文件名'), admin: readOnly },
          { name: 'contentType', type: 'text', required: true, label: label('Content type', '文件类型'), admin: readOnly },
          { name: 'byteLength', type: 'number', label: label('Size (bytes)', '大小（字节）'), admin: readOnly },
        ],
      },
      { name: 'sha256', type: 'text', label: label('SHA-256', 'SHA-256 校验值'), admin: readOnly },
      {
        // The printed bytes: PDF as base64, HTML as text. In the database, so every app instance reprints
        // it; hidden from API reads (lists stay light) and served only by GET /:id/file.
        name: 'content',
        type: 'textarea',
        required: true,
        hidden: true,
        // Payload's default cap for text is 40,000 characters; a PDF with embedded CJK fonts is larger.
        maxLength: 64 * 1024 * 1024,
        label: label('Content', '内容'),
      },
      {
        name: 'data',
        type: 'json',
        label: label('Data printed', '打印时的数据'),
        admin: { readOnly: true, components: { Field: '/src/admin/fields/JsonTextField#JsonTextField' } },
      },
      { name: 'createdBy', type: 'relationship', relationTo: 'users', label: label('Printed by', '打印人'), admin: readOnly },
    ],
  },
  { owned: true, systemWritten: true },
)
