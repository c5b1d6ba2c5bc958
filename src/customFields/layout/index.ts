/** The layout and list-view formats of entity versions, and the checks that guard them. */

export { baseFieldsOf } from './baseFields'
export { checkLayout } from './checkLayout'
export { checkListViews } from './checkListViews'
export { defaultLayout } from './defaultLayout'
export { type FieldCatalog, fieldCatalog } from './fieldCatalog'
export type { LayoutProblem } from './shape'
export * from './types'
