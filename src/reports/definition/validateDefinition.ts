import { createAjv } from '../../customFields/ajv'
import { ReportError } from '../reportError'
import { REPORT_DEFINITION_SCHEMA } from './definitionSchema'
import type { ReportDefinition } from './reportDefinition'

const ajv = createAjv()
const validate = ajv.compile(REPORT_DEFINITION_SCHEMA)

/** Checks a definition's shape (ajv, compiled once) and returns it typed; throws a ReportError naming the path. */
export function validateDefinition(input: unknown): ReportDefinition {
  if (validate(input)) return input as unknown as ReportDefinition
  const first = validate.errors?.[0]
  const path = (first?.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.') || 'definition'
  throw new ReportError('shape', path, { detail: `${path} ${first?.message ?? ''}`.trim() })
}
