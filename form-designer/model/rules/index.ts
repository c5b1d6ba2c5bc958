/**
 * The rule language: one syntax for conditions (visible / required / read-only when …, workflow
 * transitions, exercise checks) and formulas, evaluated identically on the server, in the form
 * renderer and in imports. Pure: no DOM, no Payload.
 */
export { type Node, RuleSyntaxError } from './ast'
export { checkRule, fieldsReferenced, type RuleProblem } from './check'
export { compute, holds } from './evaluate'
export { FUNCTIONS } from './functions'
export { parsedRule, parseRule } from './parse'
