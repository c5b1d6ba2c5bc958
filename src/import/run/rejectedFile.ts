import type { Payload } from 'payload'
import type { Id } from '../../access/types'
import { csvLine } from '../../exports/writeCsv'
import { parseNumber } from '../convert/parseNumber'
import { loadImport, parsedFileOf } from './loadImport'
import { rowRecords } from './rowOutcomes'

/** The column the reasons go in; the same header imports again with that column unmapped. */
export const REASON_HEADER = '原因 Reason'

/**
 * The rejected rows as a CSV (UTF-8 with BOM, for Excel): the file's own columns, as uploaded, plus
 * the reason. Fixed and uploaded again with the same mapping, they import.
 */
export async function rejectedFile(payload: Payload, id: Id): Promise<{ name: string; body: string; count: number }> {
  const doc = await loadImport(payload, id, { withFile: true })
  const file = await parsedFileOf(doc)
  const rejected = await rowRecords(payload, id, { outcome: { equals: 'rejected' } })
  const cell = (text: string) => ({ text, numeric: parseNumber(text) != null })
  let body = `\uFEFF${csvLine([...file.headers, REASON_HEADER].map((text) => ({ text })))}`
  for (const [row, record] of rejected) body += csvLine([...file.rows[row - 1].map(cell), { text: record.reason ?? '' }])
  const base = doc.filename.replace(/\.(csv|xlsx|txt)$/i, '')
  return { name: `${base}-rejected.csv`, body, count: rejected.size }
}
