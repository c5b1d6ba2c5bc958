/**
 * Reads "product.category" from plain data through own properties only, so a path like
 * "constructor.constructor" or "__proto__" finds nothing instead of reaching a prototype.
 */
export function readPath(value: unknown, path: string): unknown {
  let current = value
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}
