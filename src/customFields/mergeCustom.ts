type Values = Record<string, unknown>

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * `custom` on update merges by top-level key: keys not sent are kept, `null` clears a key. Returns the
 * merged values and the keys whose value the write changes (what validation reports on).
 */
export function mergeCustom(stored: unknown, sent: unknown): { values: Values; touched: Set<string> } {
  const before = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Values) : {}
  if (sent === undefined) return { values: { ...before }, touched: new Set() }
  if (!sent || typeof sent !== 'object' || Array.isArray(sent)) return { values: sent as Values, touched: new Set(['*']) }
  // No prototype: a sent "__proto__" key stays a plain key, for validation to refuse, not a setter.
  const values: Values = Object.assign(Object.create(null), before)
  const touched = new Set<string>()
  for (const key of Object.keys(sent)) {
    const value = (sent as Values)[key]
    if (value === null) {
      if (key in values) touched.add(key)
      delete values[key]
    } else if (!same(value, before[key])) {
      values[key] = value
      touched.add(key)
    }
  }
  return { values, touched }
}
