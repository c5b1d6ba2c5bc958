/**
 * Design files: an entity's schema, layout and list views exported from the designer as JSON, and
 * read back (checked as a save would check them) before they replace the design. Pure: no DOM.
 */
export { duplicateKeys } from './duplicateKeys'
export { importDraft } from './importDraft'
export { sayDraftFile } from './messages'
export {
  DRAFT_FILE_FORMAT,
  DRAFT_FILE_LIMIT_KB,
  type DraftContent,
  type DraftFile,
  draftFile,
  type ReadResult,
  readDraftFile,
} from './readDraftFile'
