import type { HelperOptions } from 'handlebars'
import { checkLoop, enterLoop, exitLoop } from '../engine/renderBudget'
import { splitArgs } from './context'
import { toDecimalOrZero } from './decimalArgs'
import { HelperError } from './helperError'
import { readPath } from './paths'

type CreateFrame = (data: unknown) => Record<string, unknown>

/**
 * `{{#each}}` over lists and plain objects (own keys only), with @index, @first, @last, @key, block
 * params and {{else}}; replaces Handlebars' own so every iteration is checked against the time and size limits.
 */
export function makeEach(createFrame: CreateFrame) {
  return function each(this: unknown, context: unknown, options: HelperOptions): string {
    if (!options || typeof options.fn !== 'function')
      throw new HelperError('each: must be used as a block, {{#each list}}…{{/each}}')
    const keys: (string | number)[] | null = Array.isArray(context)
      ? context.map((_, i) => i)
      : context && typeof context === 'object'
        ? Object.keys(context)
        : null
    if (!keys || keys.length === 0) return options.inverse(this)
    const list = context as Record<string | number, unknown>
    // One frame for the whole loop, updated per iteration (as Handlebars' own each does): cheaper than a copy each time.
    const data = createFrame(options.data)
    const wantsParams = Boolean((options.fn as { blockParams?: number }).blockParams)
    const level = enterLoop()
    let out = ''
    try {
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]
        const value = list[key]
        data.key = key
        data.index = i
        data.first = i === 0
        data.last = i === keys.length - 1
        out += options.fn(value, { data, blockParams: wantsParams ? [value, key] : undefined })
        checkLoop(level, out.length)
      }
    } finally {
      exitLoop(level, out.length)
    }
    return out
  }
}

function listArg(value: unknown, helper: string): unknown[] {
  if (value === null || value === undefined) return []
  if (!Array.isArray(value)) throw new HelperError(`${helper}: expected a list`)
  return value
}

export const collectionHelpers = {
  /** `{{sum items "net"}}` → exact decimal string; `{{sum amounts}}` sums the list itself. */
  sum: (...args: unknown[]) => {
    const { values } = splitArgs(args)
    const list = listArg(values[0], 'sum')
    const path = typeof values[1] === 'string' ? values[1] : null
    let total = toDecimalOrZero(0, 'sum')
    for (const item of list) total = total.plus(toDecimalOrZero(path ? readPath(item, path) : item, 'sum'))
    return total.toFixed()
  },
  count: (value: unknown, _o: HelperOptions) => listArg(value, 'count').length,
  /**
   * `{{#each (groupBy items "product.category")}}{{key}}: {{size}} {{#each items}}…{{/each}}{{/each}}`:
   * groups in order of first appearance; a related record groups by its name (or id). (`size`, not
   * `count`: a bare {{count}} would call the count helper.)
   */
  groupBy: (value: unknown, path: unknown, _o: HelperOptions) => {
    if (typeof path !== 'string') throw new HelperError('groupBy: give the field to group by, e.g. "product.category"')
    const groups = new Map<string, { key: unknown; items: unknown[]; size: number }>()
    for (const item of listArg(value, 'groupBy')) {
      const raw = readPath(item, path)
      const key = raw && typeof raw === 'object' ? (readPath(raw, 'name') ?? readPath(raw, 'title') ?? readPath(raw, 'id')) : raw
      const id = key === undefined || key === null ? '' : String(key)
      let group = groups.get(id)
      if (!group) {
        group = { key: key ?? '', items: [], size: 0 }
        groups.set(id, group)
      }
      group.items.push(item)
      group.size++
    }
    return [...groups.values()]
  },
  /** Inside {{#each}}: 1, 2, 3 … */
  rowNumber: (options: HelperOptions) => {
    const index = options?.data?.index
    if (typeof index !== 'number') throw new HelperError('rowNumber: use it inside {{#each}}')
    return index + 1
  },
  inc: (value: unknown, _o: HelperOptions) => Number(value) + 1,
  /** `{{#each (range 5)}}` → 0 … 4, e.g. blank rows to fill a table; at most 10,000. */
  range: (count: unknown, _o: HelperOptions) => {
    const n = Number(count)
    if (!Number.isInteger(n) || n < 0 || n > 10_000) throw new HelperError('range: give a whole number from 0 to 10,000')
    return Array.from({ length: n }, (_, i) => i)
  },
}
