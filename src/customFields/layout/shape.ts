/** Small shape checks shared by the layout and list-view checks. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  value != null && typeof value === 'object' && !Array.isArray(value)

export const ID = /^[A-Za-z0-9_-]{1,40}$/

export const isLabels = (value: unknown) => isObject(value) && (typeof value.en === 'string' || typeof value.zh === 'string')

export const isWholeBetween = (value: unknown, min: number, max: number) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max

/** Where a problem is, and what it is, in the admin's language. */
export type LayoutProblem = { pointer: string; message: string }
