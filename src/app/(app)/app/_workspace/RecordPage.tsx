'use client'
import { useEffect, useState } from 'react'
import { api } from '../../../../../form-designer/lists/api'
import { ApprovalPanel } from '../../../../../form-designer/record/ApprovalPanel'
import { AnnouncementReceipts } from '../../../../../form-designer/record/announcements/AnnouncementReceipts'
import { DocumentActions } from '../../../../../form-designer/record/documents/DocumentActions'
import { RecordSections } from '../../../../../form-designer/record/page/RecordSections'
import { copyOf, parentEntityOf, relatedStart, relFilter } from '../../../../../form-designer/record/page/relations'
import { RecordForm } from '../../../../../form-designer/record/RecordForm'
import { StagePanel } from '../../../../../form-designer/record/StagePanel'
import { TitleFields } from '../../../../../form-designer/renderer/widgets/RecordPicker'
import type { EntityDescription } from '../../../../workspace/describeEntity'
import { WriteEmailLink } from '../mail/WriteEmailLink'
import { SendSmsLink } from '../sms/SendSmsLink'

export type RecordPageLabels = {
  /** Activity types, audit actions and field names in the user's language. */
  activityTypes: Record<string, string>
  auditActions: Record<string, string>
}
type Props = {
  entity: EntityDescription
  id?: string
  language: 'en' | 'zh'
  titleFields: Record<string, string>
  /** Entities the user may read (related lists of others are not shown). */
  readable?: { slug: string; label: EntityDescription['label'] }[]
  labels?: RecordPageLabels
  /** Claim and return apply. */
  pool?: boolean
}

/**
 * A record's page: its actions, workflow and approval (when it has them) and its form, beside the
 * activity column (composer and timeline), with related lists, attachments and history below; a new
 * record's page is the form alone, prefilled when it copies another (`?copy=<id>`) or is made from a related list (`?rel=field:id`).
 */
export function RecordPage({ entity, id, language, titleFields, readable = [], labels, pool = false }: Props) {
  // A stage move or an action changes the record: the form reloads it.
  const [version, setVersion] = useState(0)
  const [locked, setLocked] = useState<Record<string, { value: string; label: string }[]>>()
  const [copy, setCopy] = useState<Record<string, unknown> | null | undefined>(id ? null : undefined)

  useEffect(() => {
    if (id) return
    const params = new URLSearchParams(window.location.search)
    const from = params.get('copy')
    const rel = relFilter(params.get('rel'))
    if (rel) {
      // Made from a related list: pointing at that record, for its customer.
      const parent = parentEntityOf(entity.slug, rel.field)
      if (!parent) return setCopy(relatedStart(entity.slug, rel, null))
      api(`/${parent}/${encodeURIComponent(rel.id)}?depth=0`).then(({ status, body }) =>
        setCopy(relatedStart(entity.slug, rel, status === 200 ? body : null)),
      )
      return
    }
    if (!from) return setCopy(null)
    api(`/${entity.slug}/${encodeURIComponent(from)}?depth=0`).then(({ status, body }) =>
      setCopy(status === 200 ? copyOf(body) : null),
    )
  }, [id, entity.slug])

  const reload = () => setVersion((v) => v + 1)
  const form = (beforeFields: React.ReactNode, live?: Record<string, unknown>) => (
    <RecordForm
      key={version}
      beforeFields={beforeFields}
      lockedFields={locked}
      entity={entity}
      id={id}
      language={language}
      initialValues={copy ?? undefined}
      liveValues={live}
      listHref={`/app/${entity.slug}`}
      onCreated={(newId) => window.location.assign(`/app/${entity.slug}/${newId}?created=1`)}
    />
  )
  if (!id) return <TitleFields.Provider value={titleFields}>{copy === undefined ? null : form(null)}</TitleFields.Provider>
  return (
    <TitleFields.Provider value={titleFields}>
      <RecordSections
        entity={entity}
        id={id}
        language={language}
        readable={readable}
        titleFields={titleFields}
        labels={labels ?? { activityTypes: {}, auditActions: {} }}
        pool={pool}
        onChanged={reload}
        form={(actions, live, onLogged) =>
          form(
            <>
              {actions}
              <StagePanel
                entity={entity.slug}
                id={id}
                language={language}
                onMoved={reload}
                onField={(field, stages) => setLocked({ [field]: stages })}
              />
              <ApprovalPanel entity={entity.slug} id={id} language={language} onChanged={reload} />
              <DocumentActions entity={entity.slug} id={id} language={language} onSent={onLogged} />
              <WriteEmailLink entity={entity.slug} id={id} language={language} />
              <SendSmsLink entity={entity.slug} id={id} language={language} />
              {entity.slug === 'announcements' ? <AnnouncementReceipts id={id} language={language} /> : null}
            </>,
            live,
          )
        }
      />
    </TitleFields.Provider>
  )
}
