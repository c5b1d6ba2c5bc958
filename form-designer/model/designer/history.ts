/** Undo and redo over plain documents: each committed change is one step. */
export type History<T> = { past: T[]; present: T; future: T[] }

const DEPTH = 200

export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [] })

/** Records a change; an action that changed nothing (same reference) adds no step. */
export function commit<T>(history: History<T>, next: T): History<T> {
  if (next === history.present) return history
  return { past: [...history.past, history.present].slice(-DEPTH), present: next, future: [] }
}

export function undo<T>(history: History<T>): History<T> {
  if (history.past.length === 0) return history
  return {
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1],
    future: [history.present, ...history.future],
  }
}

export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history
  return { past: [...history.past, history.present], present: history.future[0], future: history.future.slice(1) }
}
