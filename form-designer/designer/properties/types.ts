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
}

/** The panel's props plus the tenant's roles and dictionaries, loaded once for every selection. */
export type EditorProps = PanelProps & { choices: TenantChoices }
