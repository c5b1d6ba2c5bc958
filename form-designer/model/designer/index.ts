/**
 * The designer's model: a plain document (schema, layout, list views) changed only by pure actions,
 * with undo and redo. No DOM, no React: drag handlers call these and nothing else.
 */

export { type ChoiceOption, optionsProblem, setDictionary, setOptions } from './choices'
export { circularRules } from './circularRules'
export * from './constraints'
export { defaultValueProblem, setDefault, takesDefault } from './defaults'
export * from './document'
export { type Dragged, draggedOf, dropTarget, fieldId, paletteId, sectionId } from './dropTarget'
export * from './fieldActions'
export { setFieldText, type TextKeyword } from './fieldTextActions'
export * from './history'
export * from './listViewActions'
export { levelsFor, permissionsOf, setPermission } from './permissions'
export { type DesignProblem, type ProblemPlace, placeOf, problemsFromServer } from './problems'
export { referencesTo } from './references'
export * from './sectionActions'
export { keyProblem, suggestKey } from './suggestKey'
