/** What the renderer draws, computed from schema, layout, record, language and access: pure. */
export { customDefaults } from './customDefaults'
export {
  type Access,
  type BaseFieldInput,
  errorsByField,
  type FieldState,
  type FormInput,
  formModel,
  missingRequired,
  type Option,
  type SectionState,
  type TabState,
} from './formModel'
