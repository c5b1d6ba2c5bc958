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
}

/** Where a problem is: a JSON Pointer into the bundle (`/config/workflows/2/values/stages`). */
export type BundleProblem = { path: string; message: string }
