import type { DesignerDoc } from '../../model/designer'
import type { Selection } from '../Canvas'
import type { Say } from '../texts'
import type { TenantChoices } from './useTenantChoices'

/** Every change goes through a pure action of the model: the panel never edits the document itself. */
export type Apply = (change: (doc: DesignerDoc) => DesignerDoc) => void

/** What the designer gives its property panel. */
export type PanelProps = {
  doc: DesignerDoc
  selection: Selection
  onSelect: (selection: Selection) => void
  apply: Apply
  /** Whether a field path (`custom.<key>` or a base field's name) exists: for rules and key clashes. */
  known: (path: string) => boolean
  baseLabel: (name: string) => string
  say: Say
  language: 'en' | 'zh'
  /** Problems of the last refused save, publish or import, by place (`custom.<key>`, `section:<id>`). */
  flagged?: ReadonlyMap<string, string[]>
  /** The circular-rule message for a rule's JSON pointer, as the admin types. */
  circular?: (pointer: string) => string | null
}

/** The panel's props plus the tenant's roles and dictionaries, loaded once for every selection. */
export type EditorProps = PanelProps & { choices: TenantChoices }
