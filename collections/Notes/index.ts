import type { CollectionConfig } from 'payload'
import { relatedToField } from '../../src/fields/relatedTo'
import { notifyMentions } from '../../src/followUps/mentionNotices'
import { collectionLabels, label } from '../../src/i18n/label'
import { businessCollection } from '../../src/tenancy/businessCollection'

/** Notes (备忘): a memo on any record, or on its own. */
export const Notes: CollectionConfig = businessCollection({
  slug: 'notes',
  labels: collectionLabels('Note', 'Notes', '备忘'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'relatedTo', 'owner', 'updatedAt'],
    group: label('Office', '办公协同'),
  },
  hooks: { afterChange: [notifyMentions('body', 'title')] },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Title', '标题') },
    relatedToField(),
    { name: 'body', type: 'textarea', label: label('Body', '内容') },
  ],
})
