'use client'
import { useEffect, useState } from 'react'
import { api } from '../../../../../form-designer/lists/api'
import type { Uploaded } from './FileStep'
import styles from './import.module.css'
import type { ImportText } from './texts'
import { applyTemplate, assign, type Mapping, missingRequired } from './wizardModel'

type Template = { id: string | number; name: string; mapping: Mapping }
type Props = {
  t: ImportText
  language: 'en' | 'zh'
  collection: string
  file: Uploaded
  mapping: Mapping
  onMapping: (m: Mapping) => void
  options: Record<string, unknown>
}

/** Step 2: each column of the file into a field (suggested from its header), or left out; templates per tenant. */
export function ColumnsStep({ t, language, collection, file, mapping, onMapping, options }: Props) {
  const [templates, setTemplates] = useState<Template[]>([])
  const [chosen, setChosen] = useState('')
  const [name, setName] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const labelOf = (path: string) => {
    const f = file.fields.find((x) => x.path === path)
    return f ? (f.label[language] ?? f.label.en ?? path) : path
  }

  useEffect(() => {
    api(`/import-mappings?where[collection][equals]=${encodeURIComponent(collection)}&sort=name&limit=100&depth=0`).then((r) => {
      if (r.status === 200) setTemplates(r.body.docs)
    })
  }, [collection])

  const save = async () => {
    const res = await api('/import-mappings', { method: 'POST', body: JSON.stringify({ name, collection, mapping, options }) })
    if (res.status === 201) {
      setTemplates((list) => [...list, res.body.doc])
      setName('')
      setMessage(t('saved'))
    } else setMessage(t('refused', { reason: res.body?.errors?.[0]?.message ?? res.status }))
  }

  const missing = missingRequired(file.fields, mapping)
  return (
    <section className={styles.card} aria-label={t('stepColumns')}>
      <p className={styles.note}>{t('rowsRead', { total: file.total, file: file.filename })}</p>
      <div className={styles.row}>
        <label className={styles.field}>
          {t('template')}
          <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t('noTemplate')}</option>
            {templates.map((tpl) => (
              <option key={tpl.id} value={String(tpl.id)}>
                {tpl.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={styles.secondary}
          disabled={!chosen}
          onClick={() => {
            const tpl = templates.find((x) => String(x.id) === chosen)
            if (tpl) onMapping(applyTemplate(tpl.mapping, file.headers, file.fields))
          }}
        >
          {t('apply')}
        </button>
        <label className={styles.field}>
          {t('templateName')}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="button" className={styles.secondary} disabled={!name.trim()} onClick={save}>
          {t('saveTemplate')}
        </button>
        {message ? (
          <span role="status" className={styles.ok}>
            {message}
          </span>
        ) : null}
      </div>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('column')}</th>
              <th scope="col" className={styles.sample}>
                {t('sample')}
              </th>
              <th scope="col">{t('target')}</th>
            </tr>
          </thead>
          <tbody>
            {file.headers.map((header, i) => (
              <tr key={header}>
                <th scope="row">{header}</th>
                <td className={styles.sample}>
                  {file.preview
                    .slice(0, 3)
                    .map((r) => r[i])
                    .filter(Boolean)
                    .join(' · ')}
                </td>
                <td>
                  <select
                    aria-label={`${t('target')}: ${header}`}
                    value={mapping[header] ?? ''}
                    onChange={(e) => onMapping(assign(mapping, header, e.target.value))}
                  >
                    <option value="">{t('skip')}</option>
                    {file.fields.map((f) => (
                      <option key={f.path} value={f.path}>
                        {labelOf(f.path)}
                        {f.required && !f.hasDefault ? ` (${t('required')})` : ''}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {missing.length ? (
        <p role="alert" className={styles.problem}>
          {t('missingRequired', { fields: missing.map((f) => labelOf(f.path)).join('、') })}
        </p>
      ) : null}
    </section>
  )
}
