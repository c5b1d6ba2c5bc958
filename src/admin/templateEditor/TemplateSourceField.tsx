'use client'
import { FieldLabel, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { TextareaFieldClientComponent } from 'payload'
import { useCallback, useRef, useState } from 'react'
import { RecordPicker } from './RecordPicker'
import { ScaledPreview } from './ScaledPreview'
import { moveCaret, SourceEditor } from './SourceEditor'
import { usePreview } from './usePreview'

const formValue = (fields: Record<string, { value?: unknown }>, path: string) => fields[path]?.value as string | undefined

/**
 * The template editor: source on the left, a live preview on a chosen record on the right (a sandboxed
 * iframe: no scripts, no same-origin), errors listed with their line and column, a click jumps there.
 */
export const TemplateSourceField: TextareaFieldClientComponent = ({ field, path, readOnly }) => {
  const fieldPath = path ?? field.name
  const { value, setValue, showError, errorMessage } = useField<string>({ path: fieldPath })
  const { t } = useTranslation()
  const tr = t as (key: string, vars?: Record<string, unknown>) => string
  const area = useRef<HTMLTextAreaElement>(null)
  const [recordId, setRecordId] = useState<string | number | null>(null)
  const settings = useFormFields(([fields]) => ({
    entity: formValue(fields, 'entity'),
    language: formValue(fields, 'language'),
    header: formValue(fields, 'partials.header'),
    footer: formValue(fields, 'partials.footer'),
    company: formValue(fields, 'partials.company'),
    paperSize: formValue(fields, 'paperSize'),
    orientation: formValue(fields, 'orientation'),
    top: fields['margins.top']?.value,
    right: fields['margins.right']?.value,
    bottom: fields['margins.bottom']?.value,
    left: fields['margins.left']?.value,
  }))
  const [entityShown, setEntityShown] = useState(settings.entity)
  if (entityShown !== settings.entity) {
    // Another kind of document: the record picked before belongs to the old collection.
    setEntityShown(settings.entity)
    setRecordId(null)
  }
  const source = value ?? ''
  const { html, errors, loading } = usePreview({
    source,
    entity: settings.entity,
    recordId,
    language: settings.language,
    partials: { header: settings.header, footer: settings.footer, company: settings.company },
    page: {
      paperSize: settings.paperSize,
      orientation: settings.orientation,
      margins: { top: settings.top, right: settings.right, bottom: settings.bottom, left: settings.left },
    },
  })
  const pick = useCallback((id: string | number | null) => setRecordId(id), [])
  const firstLine = errors.find((e) => e.line != null)?.line

  return (
    <div className="field-type template-source-field" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={field.label} path={fieldPath} required={field.required} />
      {showError && errorMessage ? (
        <div role="alert" style={{ color: 'var(--theme-error-500)', marginBottom: 8 }}>
          {errorMessage}
        </div>
      ) : null}
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 16 }}>
        <div>
          {errors.length > 0 ? (
            <div role="alert" data-testid="template-errors" style={{ marginBottom: 8, color: 'var(--theme-error-500)' }}>
              <strong>{tr('formwork:templateErrorsTitle')}</strong>
              <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
                {errors.map((error, i) => (
                  <li key={i}>
                    {error.line != null ? (
                      <button
                        type="button"
                        onClick={() => area.current && moveCaret(area.current, error.line as number, error.column)}
                        style={{
                          background: 'none',
                          border: 'none',
                          padding: 0,
                          color: 'inherit',
                          textDecoration: 'underline',
                          cursor: 'pointer',
                        }}
                      >
                        {tr('formwork:templateLineColumn', { line: error.line, column: error.column ?? 1 })}
                      </button>
                    ) : null}{' '}
                    {error.line != null ? (error.detail ?? error.message) : error.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <SourceEditor ref={area} value={source} onChange={setValue} errorLine={firstLine} readOnly={readOnly} />
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          <RecordPicker entity={settings.entity} value={recordId} onChange={pick} tr={tr} />
          <div style={{ fontSize: 12, opacity: 0.7 }}>
            {loading ? tr('formwork:templatePreviewLoading') : tr('formwork:templatePreviewUnsaved')}
          </div>
          {html != null && recordId != null ? (
            <ScaledPreview html={html} title={tr('formwork:templatePreview')} stale={errors.length > 0 || loading} />
          ) : (
            <div style={{ padding: 24, border: '1px dashed var(--theme-elevation-150)', opacity: 0.7 }}>
              {tr('formwork:templatePreviewChoose')}
            </div>
          )}
        </div>
      </div>
    </div>
  )
}
