import { HelperError } from '../helpers/helperError'

/**
 * The running render's limits, checked by every loop iteration: a render is synchronous and a worker
 * renders one template at a time, so one module-level budget is enough. Loops are where time and
 * output explode (nested {{#each}}), so stopping them there ends a runaway without killing the worker;
 * the pool's hard timeout covers anything else.
 */
const budget = { deadline: Number.POSITIVE_INFINITY, maxOutput: Number.POSITIVE_INFINITY, loops: [] as number[], done: 0 }

export function startBudget(timeoutMs: number, maxOutputBytes: number) {
  budget.deadline = performance.now() + timeoutMs
  budget.maxOutput = maxOutputBytes
  budget.loops.length = 0
  budget.done = 0
}

export function endBudget() {
  budget.deadline = Number.POSITIVE_INFINITY
  budget.maxOutput = Number.POSITIVE_INFINITY
  budget.loops.length = 0
}

/** A loop starts: its output so far is tracked on a stack, so nested loops are not counted twice. */
export function enterLoop(): number {
  budget.loops.push(0)
  return budget.loops.length - 1
}

export function exitLoop(level: number, length: number) {
  budget.loops.length = level
  if (level === 0) budget.done += length
}

/** After each iteration: the loop's output so far and the clock. */
export function checkLoop(level: number, length: number) {
  budget.loops[level] = length
  if (performance.now() > budget.deadline) throw new HelperError('the template took too long to render', 'timeout')
  let total = budget.done
  for (const part of budget.loops) total += part
  if (total > budget.maxOutput) throw new HelperError('the rendered document is too large', 'too-large')
}
