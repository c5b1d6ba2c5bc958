/**
 * The page the browser benchmark drives (bundled by bench/browser/bundle.ts, never part of the app):
 * `?bench=mount` offers `window.bench` to mount the real FormRenderer (with formModel, as the record
 * pages do; also with every section laid out at once, as it was before sections were drawn as they near
 * the screen) or a plain React form of as many inputs, and to time one keystroke in each;
 * `?bench=designer` mounts the real Designer on a generated entity of as many fields.
 */
import { useMemo, useState } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { Designer } from '../../form-designer/designer/Designer'
import { formModel } from '../../form-designer/model/form'
import { FormRenderer } from '../../form-designer/renderer/FormRenderer'
import type { FieldType } from '../../src/customFields/fieldTypes'
import { type GeneratedForm, generatedForm } from './generatedForm'

type Values = Record<string, unknown>
type Setter = (field: string, value: unknown) => void
type Timing = { mount: number; keystroke: number }

const params = new URLSearchParams(window.location.search)
const count = Number(params.get('fields') ?? 200)
const language = params.get('language') === 'en' ? 'en' : 'zh'
const types = params.get('types')?.split(',') as FieldType[] | undefined
const form = generatedForm(count, types?.length ? types : undefined)

/** What a record page does: the form model of the record as it is, drawn by the renderer. */
function RendererHost({ form, expose }: { form: GeneratedForm; expose: (set: Setter) => void }) {
  const [record, setRecord] = useState<Values>({ custom: {} })
  const tabs = useMemo(() => formModel({ schema: form.schema, layout: form.layout, record, language }), [form, record])
  const onChange: Setter = (field, value) =>
    setRecord((r) => ({ ...r, custom: { ...(r.custom as Values), [field.slice(7)]: value } }))
  expose(onChange)
  return <FormRenderer tabs={tabs} record={record} onChange={onChange} language={language} />
}

/** The baseline: the same sections of labelled, controlled inputs in plain React, nothing else. */
function PlainHost({ form, expose }: { form: GeneratedForm; expose: (set: Setter) => void }) {
  const [values, setValues] = useState<Record<string, string>>({})
  const onChange: Setter = (field, value) => setValues((v) => ({ ...v, [field]: String(value ?? '') }))
  expose(onChange)
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      {form.layout.tabs[0].sections.map((section) => (
        <fieldset key={section.id}>
          <legend>{section.label?.[language]}</legend>
          <div style={{ display: 'grid', gap: '12px 16px', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' }}>
            {section.fields.map(({ field }) => (
              <div key={field} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
                <label htmlFor={`plain-${field}`}>{form.schema.properties[field.slice(7)]['x-label']?.[language]}</label>
                <input id={`plain-${field}`} value={values[field] ?? ''} onChange={(e) => onChange(field, e.target.value)} />
              </div>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  )
}

/** Render, commit and lay out synchronously: the work before the browser can paint the form. */
function settle(work: () => void) {
  const started = performance.now()
  flushSync(work)
  document.body.getBoundingClientRect()
  return performance.now() - started
}

/** The renderer with every section laid out at once, as before sections were drawn as they near the screen. */
const allLaidOut = document.createElement('style')
allLaidOut.textContent = '.all-laid-out fieldset { content-visibility: visible !important }'
document.head.append(allLaidOut)

type Kind = 'renderer' | 'rendererAllLaidOut' | 'plain'

async function timeOne(kind: Kind): Promise<Timing> {
  const host = document.createElement('div')
  if (kind === 'rendererAllLaidOut') host.className = 'all-laid-out'
  document.body.append(host)
  const root = createRoot(host)
  let set: Setter = () => undefined
  const expose = (s: Setter) => {
    set = s
  }
  const mount = settle(() =>
    root.render(kind === 'plain' ? <PlainHost form={form} expose={expose} /> : <RendererHost form={form} expose={expose} />),
  )
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
  // A keystroke in the second field: the host's state changes and the whole form re-renders.
  const keystroke = settle(() => set('custom.f1', 'a'))
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
  root.unmount()
  host.remove()
  return { mount, keystroke }
}

declare global {
  interface Window {
    bench: { time: (kind: Kind) => Promise<Timing>; fields: number }
  }
}

if (params.get('bench') === 'designer') {
  const entity = { slug: 'accounts', label: language === 'zh' ? '客户' : 'Accounts', baseFields: form.baseFields }
  const root = document.createElement('div')
  document.body.append(root)
  createRoot(root).render(<Designer entities={[entity]} language={language} initialEntity="accounts" />)
} else {
  window.bench = { time: timeOne, fields: Object.keys(form.schema.properties).length }
}
