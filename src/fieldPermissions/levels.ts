/** How a role may meet a field: not at all, read but not change, or read masked (e.g. 138****5678). */
export const FIELD_LEVELS = ['readOnly', 'masked', 'hidden'] as const
export type FieldLevel = (typeof FIELD_LEVELS)[number]

export const isFieldLevel = (value: unknown): value is FieldLevel =>
  typeof value === 'string' && (FIELD_LEVELS as readonly string[]).includes(value)

/**
 * The level a user with several roles gets: the least restrictive of their roles, where a role
 * that does not restrict the field at all wins outright. Restrictiveness runs readOnly < masked <
 * hidden, so a role that sees the value plainly (readOnly) beats one that sees it masked.
 * Returns undefined when the field is not restricted for the user.
 */
export function leastRestrictive(levels: readonly (FieldLevel | undefined)[]): FieldLevel | undefined {
  if (levels.length === 0 || levels.some((level) => level === undefined)) return undefined
  return (levels as FieldLevel[]).reduce((a, b) => (FIELD_LEVELS.indexOf(a) <= FIELD_LEVELS.indexOf(b) ? a : b))
}

/** Levels that keep the user from reading the value in full (and so from searching or sorting on it). */
export const hidesValue = (level: FieldLevel | undefined) => level === 'hidden' || level === 'masked'
/** Levels under which the user may not set or change the value. */
export const blocksWrite = (level: FieldLevel | undefined) => level === 'hidden' || level === 'readOnly'
