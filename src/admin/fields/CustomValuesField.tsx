'use client'
import { FieldLabel, useConfig, useDocumentInfo, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { useEffect, useMemo, useState } from 'react'
import { type Access, errorsByField, formModel } from '../../../form-designer/model/form'
import { FormRenderer } from '../../../form-designer/renderer/FormRenderer'
import { usePublishedForm } from '../../../form-designer/renderer/usePublishedForm'
import { TitleFields } from '../../../form-designer/renderer/widgets/RecordPicker'

type Values = Record<string, unknown>

/**
 * The designed form of an entity's custom fields inside Payload's edit view, instead of a JSON editor:
 * the tenant's published layout, rules evaluated as the user types, and the server's errors next to the
 * field they name. Payload files those errors under `custom.<key>` paths of its own form state; they
 * are taken over here and removed there, so a later save cannot send them back as values.
 */
export const CustomValuesField: JSONFieldClientComponent = ({ field, path }) => {
  const fieldPath = path ?? field.name
  const { collectionSlug } = useDocumentInfo()
  const { value, setValue } = useField<Values | null>({ path: fieldPath })
  const formFields = useFormFields(([fields]) => fields)
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const { i18n } = useTranslation()
  const language = i18n.language === 'zh' ? 'zh' : 'en'
  const form = usePublishedForm(collectionSlug, formFields.tenant?.value)
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  // The viewer's field permissions: hidden fields stay out, read-only and masked ones cannot be typed in.
  const [rules, setRules] = useState<Record<string, Access>>({})
  useEffect(() => {
    if (!collectionSlug) return
    fetch(`/api/entity-schemas/field-rules?entity=${collectionSlug}`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then((body) => setRules(body?.rules ?? {}))
      .catch(() => setRules({}))
  }, [collectionSlug])
  const { config } = useConfig()
  const titleFields = useMemo(
    () => Object.fromEntries(config.collections.map((c) => [c.slug, c.admin?.useAsTitle ?? 'id'])),
    [config.collections],
  )

  useEffect(() => {
    const filed = Object.entries(formFields).filter(([p, state]) => p.startsWith(`${fieldPath}.`) && state?.errorMessage)
    if (filed.length === 0) return
    setErrors(errorsByField(filed.map(([p, state]) => ({ path: p, message: String(state.errorMessage) }))))
    for (const [p] of filed) dispatch({ type: 'REMOVE', path: p })
  }, [formFields, fieldPath, dispatch])

  const values = (value ?? {}) as Values
  // Rules read the record's top-level fields. Payload's own reducer is not used: unflattening the
  // `custom.<key>` error entries writes their nulls into the very object that holds the typed values.
  const record = useMemo(() => {
    const base: Values = {}
    for (const [p, state] of Object.entries(formFields)) if (!p.includes('.') && p !== fieldPath) base[p] = state?.value
    return { ...base, custom: values }
  }, [formFields, values, fieldPath])
  if (form === null) return null
  if (form === 'none')
    return (
      <div className="field-type" style={{ marginBottom: 'var(--base)', color: 'var(--theme-elevation-500)' }}>
        <FieldLabel label={field.label} path={fieldPath} />
        {language === 'zh' ? '此实体尚未定义自定义字段。' : 'This entity has no custom fields yet.'}
      </div>
    )
  const tabs = formModel({
    schema: form.schema,
    layout: form.layout,
    record,
    language,
    dictionaryOptions: (key) => form.dictionaryOptions(key, language),
    accessOf: (name) => rules[name] ?? 'edit',
  })
  return (
    <div className="field-type custom-values-field" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <FieldLabel label={field.label} path={fieldPath} />
      <TitleFields.Provider value={titleFields}>
        <FormRenderer
          tabs={tabs}
          record={record}
          language={language}
          errors={errors}
          idPrefix="custom-field"
          onChange={(name, next) => {
            const key = name.slice('custom.'.length)
            const updated = { ...values }
            // null clears a stored value on the server (an absent key would leave it as it was).
            updated[key] = next ?? null
            setValue(updated)
            setErrors(({ [name]: _, ...rest }) => rest)
          }}
        />
      </TitleFields.Provider>
    </div>
  )
}
