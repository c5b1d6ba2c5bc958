/** The bundle file's identity and the newest version of its format this code reads and writes. */
export const BUNDLE_FORMAT = 'formwork-bundle'
export const BUNDLE_VERSION = 1

/** One configuration record, as the bundle holds it: its symbolic key and its values (no database ids). */
export type BundleItem = { key: string; values: Record<string, unknown> }

export type Bundle = {
  format: typeof BUNDLE_FORMAT
  version: number
  name: string
  description?: string
  exportedAt?: string
  /** Configuration by section (see sections.ts), each a list of items with distinct keys. */
  config: Record<string, BundleItem[]>
  /** Sample records by collection, when exported with data. */
  records?: Record<string, BundleItem[]>
  /** Tasks for students, each checked automatically against a group's data. */
  exercises?: Exercise[]
}

export type Texts = { zh: string; en: string }

/**
 * An exercise: done when at least `atLeast` (1) records of `collection` in the group match `where` —
 * Payload's query language, where `{ "$ref": "records/accounts/C00001" }` stands for that record's id in
 * the group (e.g. "an opportunity of account C00001 has reached the contract stage").
 */
export type Exercise = {
  key: string
  title: Texts
  description?: Texts
  check: { collection: string; where: Record<string, unknown>; atLeast?: number }
}

/** Where a problem is: a JSON Pointer into the bundle (`/config/workflows/2/values/stages`). */
export type BundleProblem = { path: string; message: string }
