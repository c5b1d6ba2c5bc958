'use client'
import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import { useMemo, useState } from 'react'
import type { FieldType } from '../../src/customFields/fieldTypes'
import { fieldCatalog } from '../../src/customFields/layout/fieldCatalog'
import type { BaseField, Labels } from '../../src/customFields/layout/types'
import {
  addField,
  addSection,
  addTab,
  draggedOf,
  dropTarget,
  findField,
  findSection,
  moveField,
  type ProblemPlace,
  suggestKey,
} from '../model/designer'
import { importDraft } from '../model/draftFile'
import { formModel } from '../model/form'
import { FormRenderer } from '../renderer/FormRenderer'
import { Canvas, type Selection } from './Canvas'
import { DesignerToolbar } from './DesignerToolbar'
import { DesignFileButtons } from './DesignFileButtons'
import styles from './designer.module.css'
import { designerLabels } from './designerLabels'
import { ListsPanel } from './ListsPanel'
import { Palette } from './Palette'
import { ProblemList } from './ProblemList'
import { PropertyPanel } from './PropertyPanel'
import { PublishDialog } from './PublishDialog'
import { sayIn, TYPE_LABELS } from './texts'
import { type DryRunSummary, useDesignerDocument } from './useDesignerDocument'
import { useDesignProblems } from './useDesignProblems'

export type DesignerEntity = { slug: string; label: string; baseFields: (BaseField & { label: Labels })[] }

/** What a new field of a type starts with, so that it is publishable as dropped. */
const starter = (type: FieldType) => ({
  label: { zh: TYPE_LABELS[type].zh, en: TYPE_LABELS[type].en },
  ...(type === 'select' || type === 'multiSelect'
    ? { options: [1, 2].map((n) => ({ value: `option${n}`, label: { zh: `选项${n}`, en: `Option ${n}` } })) }
    : {}),
  ...(type === 'formula' ? { formula: '0' } : {}),
})

/**
 * The form and list designer of one entity: a palette, the canvas of tabs and sections, the selected
 * item's properties, undo/redo, a live preview drawn by the real renderer, save and publish. Every
 * change is a pure action on the document; the drag handlers only translate drops into actions.
 */
export function Designer({
  entities,
  language,
  initialEntity,
}: {
  entities: DesignerEntity[]
  language: 'en' | 'zh'
  initialEntity: string
}) {
  const say = sayIn(language)
  const [entitySlug, setEntitySlug] = useState(initialEntity)
  const entity = entities.find((e) => e.slug === entitySlug) ?? entities[0]
  const { history, apply, undo, redo, save, publish, dryRun, draft, published, unsaved } = useDesignerDocument(
    entity.slug,
    entity.baseFields,
  )
  const [tab, setTab] = useState(0)
  const [selection, setSelection] = useState<Selection>(null)
  const [confirming, setConfirming] = useState<DryRunSummary | null>(null)
  const [mode, setMode] = useState<'form' | 'lists'>('form')
  const [focusView, setFocusView] = useState<{ id: string } | undefined>()
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const doc = history?.present
  const { report, refuse, confirm, clear, flagged, circular } = useDesignProblems(doc)
  const { baseLabel, labelOf, nameOfDragged: nameOf, nameOfPlace } = designerLabels(entity, doc, language)
  const announcements: Announcements = {
    onDragStart: ({ active }) => say('picked', { item: nameOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? say('over', { item: nameOf(active.id), target: nameOf(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? say('dropped', { item: nameOf(active.id), target: nameOf(over.id) }) : undefined),
    onDragCancel: ({ active }) => say('cancelled', { item: nameOf(active.id) }),
  }
  const known = (path: string) =>
    path.startsWith('custom.') ? Boolean(doc?.schema.properties[path.slice(7)]) : entity.baseFields.some((b) => b.name === path)
  const unplaced = useMemo(
    () =>
      doc
        ? entity.baseFields
            .filter((b) => !findField(doc.layout, b.name))
            .map((b) => ({ name: b.name, label: b.label[language] ?? b.name }))
        : [],
    [doc, entity, language],
  )

  if (!history || !doc) return <p>{say('loading')}</p>

  /** Takes the admin to a problem: the field or section selected on its tab, or the list view open. */
  const show = (place: ProblemPlace) => {
    if (place.kind === 'view') {
      setMode('lists')
      setFocusView({ id: place.id }) // a new object: showing the same view again reopens it
      return
    }
    const at =
      place.kind === 'field'
        ? findField(doc.layout, place.field)
        : place.kind === 'section'
          ? findSection(doc.layout, place.id)
          : null
    setMode('form')
    if (at) setTab(at.tab)
    if (place.kind === 'field') setSelection({ kind: 'field', field: place.field })
    if (place.kind === 'section') setSelection({ kind: 'section', id: place.id })
  }

  const catalog = fieldCatalog(entity.baseFields, doc.schema)
  const listFields = [
    ...entity.baseFields.map((b) => b.name),
    ...Object.keys(doc.schema.properties)
      .filter((k) => !doc.schema.properties[k]['x-removed'])
      .map((k) => `custom.${k}`),
  ].map((field) => ({ field, label: labelOf(field).label, sortable: catalog.sortable(field), select: catalog.isSelect(field) }))

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const dragged = draggedOf(String(active.id))
    const target = over ? dropTarget(doc.layout, String(over.id)) : null
    if (!dragged || !target) return
    if (dragged.kind === 'field') return apply((d) => moveField(d, dragged.field, target))
    const type = dragged.type as FieldType
    const key = suggestKey(
      { en: TYPE_LABELS[type].en },
      new Set([...Object.keys(doc.schema.properties), ...entity.baseFields.map((b) => b.name)]),
    )
    apply((d) => addField(d, type, key, target, starter(type)))
    setSelection({ kind: 'field', field: `custom.${key}` })
  }
  const currentTab = doc.layout.tabs[Math.min(tab, doc.layout.tabs.length - 1)]
  const status = say(draft ? 'draft' : published ? 'publishedStatus' : 'newVersion')
  const preview = formModel({
    schema: doc.schema,
    layout: doc.layout,
    record: { custom: {} },
    language,
    baseFields: entity.baseFields,
  })

  return (
    <div className={styles.designer} data-testid="designer">
      <DesignerToolbar
        entities={entities}
        entity={entity.slug}
        onEntity={(slug) => {
          setEntitySlug(slug)
          setSelection(null)
          setTab(0)
          clear()
        }}
        mode={mode}
        onMode={setMode}
        canUndo={history.past.length > 0}
        canRedo={history.future.length > 0}
        onUndo={undo}
        onRedo={redo}
        status={`${say('status', { version: draft?.version ?? published?.version ?? 0, status })}${unsaved ? ` · ${say('unsaved')}` : ''}`}
        files={
          <DesignFileButtons
            entity={entity.slug}
            doc={doc}
            baseFields={entity.baseFields}
            lookupTargets={entities.map((e) => e.slug)}
            language={language}
            say={say}
            onImported={(file, content) => {
              apply((d) => importDraft(d, content))
              setSelection(null)
              setTab(0)
              confirm(say('imported', { file }))
            }}
            onRefused={(file, problems) => refuse(say('importRefused', { file }), problems)}
          />
        }
        onSave={async () => {
          const result = await save()
          if (result.ok) confirm(say('saved'))
          else refuse(say('notSaved'), result.errors)
        }}
        onPublish={async () => {
          const result = await dryRun()
          if (result.ok) setConfirming(result.summary)
          else refuse(say('notPublished'), result.errors)
        }}
        say={say}
      />
      {report?.kind === 'ok' ? (
        <div role="status" className={styles.ok} data-testid="designer-message">
          {report.text}
        </div>
      ) : null}
      {report?.kind === 'problems' ? (
        <ProblemList title={report.title} problems={report.list} nameOf={nameOfPlace} onShow={show} say={say} />
      ) : null}
      {confirming ? (
        <PublishDialog
          published={published?.schema ?? null}
          draft={doc.schema}
          dryRun={confirming}
          say={say}
          onCancel={() => setConfirming(null)}
          onConfirm={async () => {
            setConfirming(null)
            const result = await publish()
            if (result.ok) confirm(say('published', { version: result.version.version }))
            else refuse(say('notPublished'), result.errors)
          }}
        />
      ) : null}
      {mode === 'lists' ? (
        <ListsPanel doc={doc} apply={apply} fields={listFields} say={say} language={language} focus={focusView} />
      ) : null}
      {mode === 'form' ? <p className={styles.muted}>{say('dragHint')}</p> : null}
      {mode === 'form' ? (
        <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ announcements }}>
          <div className={styles.columns}>
            <Palette language={language} say={say} unplaced={unplaced} />
            <main className={styles.main}>
              <div role="tablist" className={styles.tabs}>
                {doc.layout.tabs.map((t, i) => (
                  <button
                    key={t.id}
                    type="button"
                    role="tab"
                    aria-selected={t === currentTab}
                    className={t === currentTab ? styles.tabActive : styles.tab}
                    onClick={() => setTab(i)}
                  >
                    {t.label[language] ?? t.label.en ?? t.label.zh}
                  </button>
                ))}
                <button
                  type="button"
                  className={styles.link}
                  data-testid="designer-add-tab"
                  onClick={() => apply((d) => addTab(d, language === 'zh' ? { zh: '新标签页' } : { en: 'New tab' }))}
                >
                  {say('addTab')}
                </button>
              </div>
              <Canvas
                sections={currentTab?.sections ?? []}
                labelOf={labelOf}
                flagged={flagged}
                selection={selection}
                onSelect={setSelection}
                say={say}
                language={language}
              />
              <button
                type="button"
                className={styles.link}
                data-testid="designer-add-section"
                onClick={() =>
                  apply((d) =>
                    addSection(
                      d,
                      Math.min(tab, d.layout.tabs.length - 1),
                      99,
                      language === 'zh' ? { zh: '新分区' } : { en: 'New section' },
                    ),
                  )
                }
              >
                {say('addSection')}
              </button>
            </main>
            <aside className={styles.properties} aria-label={say('properties')}>
              <h3 className={styles.panelTitle}>{say('properties')}</h3>
              <PropertyPanel
                doc={doc}
                selection={selection}
                onSelect={setSelection}
                apply={apply}
                known={known}
                flagged={flagged}
                circular={(pointer) => {
                  const cycle = circular.get(pointer)
                  return cycle ? say('circular', { cycle }) : null
                }}
                baseLabel={baseLabel}
                say={say}
                language={language}
              />
            </aside>
          </div>
        </DndContext>
      ) : null}
      {mode === 'form' ? (
        <section className={styles.preview} aria-label={say('preview')} data-testid="designer-preview">
          <h3 className={styles.panelTitle}>{say('preview')}</h3>
          <FormRenderer
            tabs={preview}
            record={{ custom: {} }}
            onChange={() => undefined}
            language={language}
            idPrefix="preview"
          />
        </section>
      ) : null}
    </div>
  )
}
