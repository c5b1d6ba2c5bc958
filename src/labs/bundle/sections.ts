/**
 * The configuration a bundle carries, one section per collection, each record named by a symbolic
 * key that is unique within its tenant — never by database id, so a bundle moves between tenants and
 * instances. Relationships inside the values are written as keys too (see references.ts).
 */
export type Section = {
  /** The section's name in the bundle (`config.<name>`). */
  name: string
  collection: string
  key: (doc: Record<string, unknown>) => string
}

export const SECTIONS: Section[] = [
  { name: 'dictionaries', collection: 'dictionaries', key: (d) => String(d.key) },
  { name: 'roles', collection: 'roles', key: (d) => String(d.key) },
  // A collection numbers with its one active sequence, whatever it is called in this company's language.
  {
    name: 'numberSequences',
    collection: 'number-sequences',
    key: (d) => (d.active === false ? `${d.targetCollection}/${d.name}` : String(d.targetCollection)),
  },
  { name: 'exportTemplates', collection: 'export-templates', key: (d) => `${d.entity}/${d.name}` },
  { name: 'workflows', collection: 'workflows', key: (d) => String(d.key) },
  { name: 'approvalProcesses', collection: 'approval-processes', key: (d) => String(d.key) },
  { name: 'publicForms', collection: 'public-forms', key: (d) => String(d.slug) },
]

export const sectionOf = (name: string) => SECTIONS.find((s) => s.name === name)
export const sectionFor = (collection: string) => SECTIONS.find((s) => s.collection === collection)

/** Stored by the server, not configuration: never exported, never written by an import. */
export const NOT_CONFIG = new Set(['id', 'tenant', 'createdAt', 'updatedAt', 'owner', 'department', 'createdBy', 'updatedBy'])
