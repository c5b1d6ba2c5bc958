/** A label in both languages Formwork ships. Both are required so that no screen falls back silently. */
export type Label = { en: string; zh: string }

export const label = (en: string, zh: string): Label => ({ en, zh })

/** Singular and plural labels of a collection; Chinese has no plural, so one word serves both. */
export const collectionLabels = (singular: string, plural: string, zh: string) => ({
  singular: { en: singular, zh },
  plural: { en: plural, zh },
})

/** A select option labelled in both languages. */
export const option = (value: string, en: string, zh: string) => ({ value, label: { en, zh } })
