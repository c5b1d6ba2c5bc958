type Values = Record<string, unknown>
export type UnsavedDraft = { savedAt: string; values: Values }

const keyOf = (entity: string, id: string | undefined) => `formwork:draft:${entity}:${id ?? 'new'}`

/**
 * Changes a save could not store because the user lost access or their session ended: kept on this
 * device so that closing the tab loses nothing, and offered back when the record is opened again.
 */
export const unsavedDraft = {
  keep(entity: string, id: string | undefined, values: Values) {
    try {
      localStorage.setItem(keyOf(entity, id), JSON.stringify({ savedAt: new Date().toISOString(), values }))
    } catch {
      // Storage full or disabled: the values are still in the open form.
    }
  },
  read(entity: string, id: string | undefined): UnsavedDraft | null {
    try {
      const raw = localStorage.getItem(keyOf(entity, id))
      const draft = raw ? (JSON.parse(raw) as UnsavedDraft) : null
      return draft && typeof draft.savedAt === 'string' && draft.values && typeof draft.values === 'object' ? draft : null
    } catch {
      return null
    }
  },
  clear(entity: string, id: string | undefined) {
    try {
      localStorage.removeItem(keyOf(entity, id))
    } catch {
      // Nothing to clear.
    }
  },
}
