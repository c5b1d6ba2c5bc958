import type { HelperOptions } from 'handlebars'
import { rootOf, splitArgs } from './context'
import { readPath } from './paths'

/** "items.unitPrice" → "Unit price" when the caller gave no label. */
const humanize = (path: string) => {
  const last = path.split('.').pop() ?? path
  const words = last
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** `{{label "items.quantity"}}` → the field's label in the language; `{{label "x" "Fallback"}}`. */
export function labelHelper(...args: unknown[]): string {
  const { values, options } = splitArgs(args)
  const path = String(values[0] ?? '')
  const fields = rootOf(options).labels?.fields
  const found = fields && Object.hasOwn(fields, path) ? fields[path] : undefined
  if (typeof found === 'string') return found
  return typeof values[1] === 'string' ? values[1] : humanize(path)
}

/** `{{option "status" doc.status}}` → labels.options["status"][value] ("已接受"), or the raw value when none is known. */
export function optionHelper(field: unknown, value: unknown, options: HelperOptions): string {
  if (value === null || value === undefined) return ''
  const labels = rootOf(options).labels?.options
  const key = String(field)
  const found = labels && Object.hasOwn(labels, key) ? labels[key] : undefined
  const text = found && typeof found === 'object' && Object.hasOwn(found, String(value)) ? found[String(value)] : undefined
  return typeof text === 'string' ? text : String(value)
}

/** `{{custom "region"}}` → doc.custom.region; `{{custom "color" of=this}}` reads another object's custom fields. */
export function customHelper(key: unknown, options: HelperOptions): unknown {
  const owner = options.hash.of ?? rootOf(options).doc
  const custom = readPath(owner, 'custom')
  return readPath(custom, String(key))
}
