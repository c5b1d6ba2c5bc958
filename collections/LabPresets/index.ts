import type { CollectionConfig } from 'payload'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { validateBundle } from '../../src/labs/bundle/validateBundle'
import { isSuperAdmin } from '../Tenants/access'

/**
 * Lab presets (实训预设): bundles a teacher creates classes from — the ones shipped in `seeds/labs/`
 * (installed at start, `builtIn`) and any a super admin adds. Every signed-in user may read them (a
 * teacher picks one); only super admins change them. A bundle that fails its schema is refused with the
 * exact place in it.
 */
export const LabPresets: CollectionConfig = {
  slug: 'lab-presets',
  labels: collectionLabels('Lab preset', 'Lab presets', '实训预设'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'key', 'language', 'builtIn'], group: label('Organisation', '组织') },
  access: {
    read: ({ req }) => Boolean(req.user),
    create: isSuperAdmin,
    update: isSuperAdmin,
    delete: isSuperAdmin,
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'key', type: 'text', required: true, unique: true, index: true, label: label('Key', '标识') },
        { name: 'name', type: 'text', required: true, label: label('Name', '名称') },
        {
          name: 'language',
          type: 'select',
          required: true,
          defaultValue: 'zh',
          options: [option('zh', 'Chinese', '中文'), option('en', 'English', '英文')],
          label: label('Language', '语言'),
        },
      ],
    },
    { name: 'description', type: 'textarea', maxLength: 5000, label: label('Description', '说明') },
    {
      name: 'bundle',
      type: 'json',
      required: true,
      label: label('Bundle', '配置包'),
      validate: (value: unknown) => {
        const problems = validateBundle(value)
        return problems.length === 0 ? true : problems.map((p) => `${p.path || '/'}: ${p.message}`).join('; ')
      },
    },
    {
      name: 'builtIn',
      type: 'checkbox',
      defaultValue: false,
      label: label('Shipped with Formwork', '系统内置'),
      admin: { readOnly: true },
    },
  ],
}
