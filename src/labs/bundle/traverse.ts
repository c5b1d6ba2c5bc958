import type { Field } from 'payload'

/** A relationship value (one id, or `{ relationTo, value }` for a polymorphic one) turned into another. */
export type MapReference = (target: string, value: unknown, path: string) => Promise<unknown>

type Values = Record<string, unknown>

/**
 * Copies a record's values field by field as its collection declares them, passing every relationship
 * through `map` (ids → keys on export, keys → ids on import) and dropping what is not configuration:
 * the top-level fields in `omit`, array rows' own ids, fields with no data (ui). `path` is the JSON Pointer
 * of `values` in the bundle, for problems.
 */
export async function mapFields(
  fields: Field[],
  values: Values,
  map: MapReference,
  path: string,
  omit: Set<string>,
  top = true,
): Promise<Values> {
  const out: Values = {}
  for (const field of fields) {
    if (field.type === 'ui') continue
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) {
      Object.assign(out, await mapFields(field.fields, values, map, path, omit, top))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const inner = values[tab.name]
          if (inner && typeof inner === 'object')
            out[tab.name] = await mapFields(tab.fields, inner as Values, map, `${path}/${tab.name}`, omit, false)
        } else Object.assign(out, await mapFields(tab.fields, values, map, path, omit, top))
      }
      continue
    }
    if (!('name' in field) || !field.name || !(field.name in values)) continue
    const name = field.name
    // An array row's or block's id is the database's too.
    if (name === 'id' || (top && omit.has(name))) continue
    if ('virtual' in field && field.virtual) continue
    const value = values[name]
    const here = `${path}/${name}`
    if (value == null) {
      out[name] = value
      continue
    }
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        const one = async (v: unknown, at: string) => {
          if (v && typeof v === 'object' && 'relationTo' in v) {
            const poly = v as { relationTo: string; value: unknown }
            return { relationTo: poly.relationTo, value: await map(poly.relationTo, poly.value, `${at}/value`) }
          }
          return map(targets[0], v, at)
        }
        out[name] = Array.isArray(value) ? await Promise.all(value.map((v, i) => one(v, `${here}/${i}`))) : await one(value, here)
        break
      }
      case 'array': {
        const rows = Array.isArray(value) ? value : []
        out[name] = await Promise.all(
          rows.map((row, i) => mapFields(field.fields, (row ?? {}) as Values, map, `${here}/${i}`, omit, false)),
        )
        break
      }
      case 'group':
        out[name] = await mapFields(field.fields, value as Values, map, here, omit, false)
        break
      case 'blocks': {
        const rows = Array.isArray(value) ? (value as Values[]) : []
        out[name] = await Promise.all(
          rows.map(async (row, i) => {
            const block = field.blocks.find((b) => b.slug === row.blockType)
            const mapped = block ? await mapFields(block.fields, row, map, `${here}/${i}`, omit, false) : {}
            return { blockType: row.blockType, ...mapped }
          }),
        )
        break
      }
      default:
        out[name] = value
    }
  }
  return out
}
