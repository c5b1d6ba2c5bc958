/**
 * The reference registry: which engines read which custom fields. Consulted before a field is removed
 * or renamed; engines register here as they land (workflows, reports and lab presets will).
 */
import { entitySchemaSource } from './entitySchemaSource'
import { exportTemplateSource } from './exportTemplateSource'
import { registerReferenceSource } from './registry'

registerReferenceSource(entitySchemaSource)
registerReferenceSource(exportTemplateSource)

export { placesInVersion } from './entitySchemaSource'
export { findReferences, type Place, type ReferenceSource, referenceSources, registerReferenceSource } from './registry'
