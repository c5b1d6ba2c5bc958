import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { relatedToField } from '../../src/fields/relatedTo'
import { collectionLabels, label } from '../../src/i18n/label'
import { businessCollection } from '../../src/tenancy/businessCollection'

/**
 * Documents (文档): uploaded files in folders, the company's knowledge base and attachments. Files
 * live under `data/uploads` (S3-compatible storage is the scale-out plan).
 */
export const Documents: CollectionConfig = businessCollection({
  slug: 'documents',
  labels: collectionLabels('Document', 'Documents', '文档'),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'folder', 'filename', 'owner'], group: label('Office', '办公协同') },
  upload: { staticDir: path.resolve(process.cwd(), 'data/uploads'), mimeTypes: undefined },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Title', '标题') },
    {
      name: 'folder',
      type: 'text',
      index: true,
      label: label('Folder', '文件夹'),
      admin: { description: label('For example 制度/销售', '例如 制度/销售') },
    },
    { name: 'description', type: 'textarea', label: label('Description', '说明') },
    // An attachment of a record (its page lists and uploads them); a document in a folder has none.
    relatedToField(),
  ],
})
