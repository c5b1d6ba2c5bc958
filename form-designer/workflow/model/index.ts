/**
 * The workflow editor's model: a workflow's stages and transitions as a plain document, pure actions
 * over it (each returns the same document when nothing changes, so undo gets no empty steps), the
 * problems the server would refuse it for, and the diagram's geometry. No DOM, no React.
 */
export { commit, type History, redo, startHistory, undo } from '../../model/designer/history'
export { addEffect, EFFECT_KINDS, type EffectKind, effectStarter, effectsOf, removeEffect, updateEffect } from './effectActions'
export { type Diagram, type DiagramEdge, type DiagramNode, fitLabel, flowDiagram, NODE } from './flowDiagram'
export type { Effect, EffectOwner, FlowDoc, RequiredAction, Stage, Transition } from './flowDoc'
export { toFlowDoc } from './flowDoc'
export { flowKeyProblem, suggestFlowKey } from './flowKeys'
export { type FlowPlace, type FlowProblem, flaggedPlaces, flowProblems, placeOfPointer, problemsFromServer } from './flowProblems'
export { keyboardStep } from './keyboardStep'
export { FLOW_PRESETS, fromPreset } from './presets'
export { addRequiredAction, removeRequiredAction, updateRequiredAction } from './requiredActionActions'
export { addStage, moveStage, removeStage, renameStageKey, setFinal, updateStage } from './stageActions'
export { addTransition, removeTransition, toggleTransitionRole, updateTransition } from './transitionActions'
