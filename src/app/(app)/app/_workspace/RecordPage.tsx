'use client'
import { RecordForm } from '../../../../../form-designer/record/RecordForm'
import { TitleFields } from '../../../../../form-designer/renderer/widgets/RecordPicker'
import type { EntityDescription } from '../../../../workspace/describeEntity'

type Props = { entity: EntityDescription; id?: string; language: 'en' | 'zh'; titleFields: Record<string, string> }

/** A record's form with the pickers told which field names each collection's records. */
export function RecordPage({ entity, id, language, titleFields }: Props) {
  return (
    <TitleFields.Provider value={titleFields}>
      <RecordForm
        entity={entity}
        id={id}
        language={language}
        listHref={`/app/${entity.slug}`}
        onCreated={(newId) => window.location.assign(`/app/${entity.slug}/${newId}?created=1`)}
      />
    </TitleFields.Provider>
  )
}
