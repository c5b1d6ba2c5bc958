import Ajv2020 from 'ajv/dist/2020'
import { decimalKeyword } from './decimalKeyword'
import { allowedKeywords, FIELD_TYPES } from './fieldTypes'
import { isDate, isDateTime, isEmail, isPhone, isWebUrl } from './formats'

/**
 * Annotations ajv must accept but not check (the engine and the renderer read them): every `x-…`
 * keyword a field type allows, except the one ajv validates itself.
 */
const ANNOTATIONS = [...new Set(FIELD_TYPES.flatMap((type) => [...allowedKeywords(type)]))].filter(
  (keyword) => keyword.startsWith('x-') && keyword !== decimalKeyword.keyword,
)

/**
 * An ajv for the schemas of `custom`: draft 2020-12, strict (a misspelt keyword is an error, not a
 * silently ignored constraint), every error reported, our formats and the exact decimal keyword.
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code: { esm: false } })
  ajv.addFormat('date', isDate)
  ajv.addFormat('date-time', isDateTime)
  ajv.addFormat('email', isEmail)
  ajv.addFormat('phone', isPhone)
  ajv.addFormat('uri', isWebUrl)
  for (const keyword of ANNOTATIONS) ajv.addKeyword({ keyword })
  ajv.addKeyword(decimalKeyword)
  return ajv
}
