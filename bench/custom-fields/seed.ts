import type { Payload } from 'payload'
import type { Id } from '../../src/access/types'
import { rowValues } from './schema'

const CHUNK = 500

/**
 * Accounts inserted in bulk below Payload (hooks off): the fixture, not the thing measured. Each row
 * carries the twenty custom values and the same values in native columns for the baseline queries.
 */
export async function seedAccounts(payload: Payload, rows: number, tenants: Id[]) {
  const db = payload.db as unknown as { drizzle: any; tables: Record<string, any> }
  const table = db.tables.accounts
  for (let start = 0; start < rows; start += CHUNK) {
    const values = []
    for (let i = start; i < Math.min(rows, start + CHUNK); i++) {
      const { native, custom } = rowValues(i)
      const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()
      values.push({ tenant: tenants[i % tenants.length], name: `客户${i}`, ...native, custom, createdAt: at, updatedAt: at })
    }
    await db.drizzle.insert(table).values(values)
    if ((start / CHUNK) % 20 === 0) process.stdout.write(`\r  seeding ${Math.min(rows, start + CHUNK)}/${rows}`)
  }
  process.stdout.write(`\r  seeded ${rows} accounts${' '.repeat(20)}\n`)
}
