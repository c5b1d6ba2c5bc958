'use client'
import { useState } from 'react'
import { ApprovalPanel } from '../../../../../form-designer/record/ApprovalPanel'
import { DocumentActions, PRINTABLE_DOCUMENTS } from '../../../../../form-designer/record/documents/DocumentActions'
import { RecordForm } from '../../../../../form-designer/record/RecordForm'
import { StagePanel } from '../../../../../form-designer/record/StagePanel'
import { TitleFields } from '../../../../../form-designer/renderer/widgets/RecordPicker'
import type { EntityDescription } from '../../../../workspace/describeEntity'

type Props = { entity: EntityDescription; id?: string; language: 'en' | 'zh'; titleFields: Record<string, string> }

/** A record's page: its workflow and approval (when it has them) and its form, the pickers told which field names each collection's records. */
export function RecordPage({ entity, id, language, titleFields }: Props) {
  // A stage move changes the record: the form reloads it.
  const [version, setVersion] = useState(0)
  const [locked, setLocked] = useState<Record<string, { value: string; label: string }[]>>()
  const panel = id ? (
    <>
      <StagePanel
        entity={entity.slug}
        id={id}
        language={language}
        onMoved={() => setVersion((v) => v + 1)}
        onField={(field, stages) => setLocked({ [field]: stages })}
      />
      <ApprovalPanel entity={entity.slug} id={id} language={language} onChanged={() => setVersion((v) => v + 1)} />
      {PRINTABLE_DOCUMENTS.includes(entity.slug) ? <DocumentActions entity={entity.slug} id={id} language={language} /> : null}
    </>
  ) : null
  return (
    <TitleFields.Provider value={titleFields}>
      <RecordForm
        key={version}
        beforeFields={panel}
        lockedFields={locked}
        entity={entity}
        id={id}
        language={language}
        listHref={`/app/${entity.slug}`}
        onCreated={(newId) => window.location.assign(`/app/${entity.slug}/${newId}?created=1`)}
      />
    </TitleFields.Provider>
  )
}
