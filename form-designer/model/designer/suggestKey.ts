import { FIELD_KEY, RESERVED_KEYS } from '../../../src/customFields/fieldTypes'

/**
 * A key for a new field, from its English label when it has one ("Annual budget" → annualBudget),
 * otherwise `field1`, `field2`…; never one that is taken (custom or base) or reserved.
 */
export function suggestKey(label: { en?: string; zh?: string }, taken: ReadonlySet<string>): string {
  let stem = camelStem(label.en ?? '', 50)
  if (!FIELD_KEY.test(stem) || RESERVED_KEYS.has(stem)) stem = 'field'
  const free = (key: string) => !taken.has(key) && !RESERVED_KEYS.has(key)
  if (stem !== 'field' && free(stem)) return stem
  for (let n = stem === 'field' ? 1 : 2; ; n++) if (free(`${stem}${n}`)) return `${stem}${n}`
}

/** Whether a key typed by the admin can be used: its shape, and no clash. */
export function keyProblem(key: string, taken: ReadonlySet<string>): 'shape' | 'taken' | null {
  if (!FIELD_KEY.test(key) || RESERVED_KEYS.has(key)) return 'shape'
  return taken.has(key) ? 'taken' : null
}

/** An English label as a camelCase key stem ("Annual budget" → annualBudget), at most `max` characters. */
export function camelStem(text: string, max: number): string {
  const words = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
  // A key starts with a letter: leading words such as "2nd" are dropped rather than mangled.
  while (words.length > 0 && !/^[A-Za-z]/.test(words[0])) words.shift()
  return words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase()))
    .join('')
    .slice(0, max)
}
