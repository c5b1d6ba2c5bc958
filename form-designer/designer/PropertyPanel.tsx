'use client'
import styles from './designer.module.css'
import { SelectionProblems } from './PropertyInputs'
import { BaseFieldProperties } from './properties/BaseFieldProperties'
import { FieldProperties } from './properties/FieldProperties'
import { SectionProperties } from './properties/SectionProperties'
import type { PanelProps } from './properties/types'
import { useTenantChoices } from './properties/useTenantChoices'

/**
 * What can be changed about the selected section, custom field or base field. The editors live in
 * ./properties, one concern each; the tenant's roles and dictionaries they offer are loaded once here.
 */
export function PropertyPanel(props: PanelProps) {
  const choices = useTenantChoices()
  const { selection } = props
  if (!selection) return <p className={styles.muted}>{props.say('nothingSelected')}</p>
  const place = selection.kind === 'section' ? `section:${selection.id}` : selection.field
  const editor = { ...props, choices }
  return (
    <>
      <SelectionProblems messages={props.flagged?.get(place)} />
      {selection.kind === 'section' ? (
        <SectionProperties id={selection.id} props={props} />
      ) : selection.field.startsWith('custom.') ? (
        <FieldProperties fieldKey={selection.field.slice(7)} props={editor} />
      ) : (
        <BaseFieldProperties field={selection.field} props={editor} />
      )}
    </>
  )
}
