import Ajv2020 from 'ajv/dist/2020'
import { BUNDLE_SCHEMA } from './bundleSchema'
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type BundleProblem } from './format'

const check = new Ajv2020({ allErrors: true, strict: true, code: { esm: false } }).compile(BUNDLE_SCHEMA)

/**
 * A bundle's problems, each at its JSON Pointer: not a bundle, a newer format version than this code
 * reads (said first and alone: the rest of the file may mean something else), the schema, and a key
 * used twice in a section. An empty list means the file can be planned against a tenant.
 */
export function validateBundle(input: unknown): BundleProblem[] {
  const raw = input as Partial<Bundle> | null
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [{ path: '', message: 'a bundle is a JSON object' }]
  if (raw.format !== BUNDLE_FORMAT)
    return [{ path: '/format', message: `not a Formwork bundle (format must be "${BUNDLE_FORMAT}")` }]
  if (typeof raw.version === 'number' && raw.version > BUNDLE_VERSION)
    return [
      {
        path: '/version',
        message: `this bundle is format version ${raw.version}; this Formwork reads versions up to ${BUNDLE_VERSION}: upgrade it first`,
      },
    ]
  const problems: BundleProblem[] = []
  if (!check(raw))
    for (const e of check.errors ?? []) {
      const extra =
        e.keyword === 'additionalProperties'
          ? ` (${String((e.params as { additionalProperty: string }).additionalProperty)})`
          : ''
      problems.push({ path: e.instancePath, message: `${e.message ?? 'is not valid'}${extra}` })
    }
  if (problems.length > 0) return problems
  const bundle = raw as Bundle
  const lists = [
    ...Object.entries(bundle.config).map(([name, items]) => [`/config/${name}`, items] as const),
    ...Object.entries(bundle.records ?? {}).map(([name, items]) => [`/records/${name}`, items] as const),
  ]
  for (const [at, items] of lists) {
    const seen = new Map<string, number>()
    items.forEach((item, i) => {
      const first = seen.get(item.key)
      if (first != null) problems.push({ path: `${at}/${i}/key`, message: `"${item.key}" is already used by item ${first}` })
      else seen.set(item.key, i)
    })
  }
  const exercises = new Map<string, number>()
  ;(bundle.exercises ?? []).forEach((exercise, i) => {
    const first = exercises.get(exercise.key)
    if (first != null)
      problems.push({ path: `/exercises/${i}/key`, message: `"${exercise.key}" is already used by exercise ${first}` })
    else exercises.set(exercise.key, i)
  })
  return problems
}
