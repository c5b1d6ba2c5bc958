export type Id = string | number

export type ExerciseResult = { key: string; passed: boolean; found: number; needed: number }

export type GroupDetail = {
  id: Id
  name: string
  slug: string
  students: { id: Id; name: string; email: string }[]
  results: ExerciseResult[]
  passed: number
  total: number
  snapshots: number
}

/** GET /api/labs/classes/:id */
export type ClassDetailData = {
  id: Id
  name: string
  slug: string
  language: 'zh' | 'en'
  closed: boolean
  preset: { id: Id; name: string } | null
  exercises: { key: string; title: { zh?: string; en?: string } }[]
  groups: GroupDetail[]
}
