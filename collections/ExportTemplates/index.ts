import type { CollectionConfig } from 'payload'
import { tenantMembersRead } from '../../src/access/tenantMembersRead'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { previewEndpoint, renderEndpoint, sendEndpoint } from '../../src/printing/endpoints'
import { templateEntityOptions } from '../../src/printing/templateEntities'
import { tenantCollection } from '../../src/tenancy/tenantCollection'
import { keepOneDefault } from './keepOneDefault'
import { validateTemplate } from './validateTemplate'

const margin = (name: string, en: string, zh: string, defaultValue: number) => ({
  name,
  type: 'number' as const,
  min: 0,
  max: 100,
  defaultValue,
  label: label(en, zh),
})

const partial = (name: string, en: string, zh: string) => ({
  name,
  type: 'textarea' as const,
  label: label(en, zh),
  validate: validateTemplate({ required: false }),
  admin: { description: label('Empty: the built-in partial', '留空：使用内置片段') },
})

/**
 * Export templates (打印模板): Handlebars sources that print a record as HTML or PDF. Every save is a
 * version, so the history shows who changed what; printed documents keep their own snapshot.
 */
export const ExportTemplates: CollectionConfig = tenantCollection({
  slug: 'export-templates',
  labels: collectionLabels('Export template', 'Export templates', '打印模板'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'entity', 'language', 'format', 'isDefault', 'updatedAt'],
    group: label('Settings', '设置'),
  },
  // Everyone who prints needs to read the templates; editing them is granted per role.
  access: { read: tenantMembersRead },
  versions: { maxPerDoc: 100 },
  endpoints: [previewEndpoint, renderEndpoint, sendEndpoint],
  hooks: { afterChange: [keepOneDefault] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, label: label('Name', '名称') },
        {
          name: 'entity',
          type: 'select',
          required: true,
          index: true,
          label: label('Prints', '适用单据'),
          options: templateEntityOptions(),
        },
        {
          name: 'language',
          type: 'select',
          required: true,
          defaultValue: 'zh',
          label: label('Language', '语言'),
          options: [option('zh', '简体中文', '简体中文'), option('en', 'English', 'English')],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          type: 'select',
          required: true,
          defaultValue: 'pdf',
          label: label('Output', '输出格式'),
          options: [option('pdf', 'PDF', 'PDF'), option('html', 'HTML', 'HTML')],
        },
        {
          name: 'paperSize',
          type: 'select',
          required: true,
          defaultValue: 'A4',
          label: label('Paper', '纸张'),
          options: [option('A4', 'A4', 'A4'), option('A5', 'A5', 'A5'), option('Letter', 'Letter', 'Letter')],
        },
        {
          name: 'orientation',
          type: 'select',
          required: true,
          defaultValue: 'portrait',
          label: label('Orientation', '方向'),
          options: [option('portrait', 'Portrait', '纵向'), option('landscape', 'Landscape', '横向')],
        },
        {
          name: 'isDefault',
          type: 'checkbox',
          defaultValue: false,
          label: label('Default for this document and language', '该单据和语言的默认模板'),
        },
      ],
    },
    {
      name: 'margins',
      type: 'group',
      label: label('Margins (mm)', '页边距（毫米）'),
      fields: [
        {
          type: 'row',
          fields: [
            margin('top', 'Top', '上', 15),
            margin('right', 'Right', '右', 12),
            margin('bottom', 'Bottom', '下', 15),
            margin('left', 'Left', '左', 12),
          ],
        },
      ],
    },
    {
      name: 'source',
      type: 'textarea',
      required: true,
      label: label('Template (Handlebars)', '模板（Handlebars）'),
      validate: validateTemplate({ required: true }),
      admin: { components: { Field: '/src/admin/templateEditor/TemplateSourceField#TemplateSourceField' } },
    },
    {
      name: 'partials',
      type: 'group',
      label: label('Partials', '公共片段'),
      admin: {
        description: label(
          'Used in the template as {{> header}}, {{> footer}} and {{> company}}',
          '在模板中以 {{> header}}、{{> footer}}、{{> company}} 引用',
        ),
      },
      fields: [
        partial('header', 'Header', '页眉'),
        partial('footer', 'Footer', '页脚'),
        partial('company', 'Company details', '公司信息'),
      ],
    },
    { name: 'description', type: 'textarea', label: label('Notes', '说明') },
  ],
})
