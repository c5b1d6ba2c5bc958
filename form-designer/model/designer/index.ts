/**
 * The designer's model: a plain document (schema, layout, list views) changed only by pure actions,
 * with undo and redo. No DOM, no React: drag handlers call these and nothing else.
 */

export { circularRules } from './circularRules'
export * from './document'
export { type Dragged, draggedOf, dropTarget, fieldId, paletteId, sectionId } from './dropTarget'
export * from './fieldActions'
export * from './history'
export * from './listViewActions'
export { type DesignProblem, type ProblemPlace, placeOf, problemsFromServer } from './problems'
export { referencesTo } from './references'
export * from './sectionActions'
export { keyProblem, suggestKey } from './suggestKey'
