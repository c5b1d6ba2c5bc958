import type { PayloadRequest } from 'payload'

/** `?page=&limit=` as whole numbers: page from 1, limit 1..100 (20 by default). */
export function paging(req: PayloadRequest): { page: number; limit: number } {
  const number = (name: string, fallback: number) => {
    const value = Number.parseInt(req.searchParams?.get(name) ?? '', 10)
    return Number.isFinite(value) && value > 0 ? value : fallback
  }
  return { page: number('page', 1), limit: Math.min(number('limit', 20), 100) }
}
