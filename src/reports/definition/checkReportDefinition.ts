import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { toLanguage } from '../../i18n'
import { ReportError } from '../reportError'
import { validateDefinition } from './validateDefinition'

/** A saved report's definition must have the right shape; its entity is copied out for lists and filters. */
export const checkReportDefinition: CollectionBeforeValidateHook = ({ data, req }) => {
  if (!data || data.definition === undefined) return data
  try {
    const definition = validateDefinition(data.definition)
    data.entity = definition.entity
  } catch (error) {
    if (!(error instanceof ReportError)) throw error
    const message = error.messageIn(toLanguage(req.i18n?.language))
    throw new ValidationError({ collection: 'reports', errors: [{ path: `definition.${error.path}`, message }] }, req.t)
  }
  return data
}
