import type { Cell } from './cellValue'
import { neutralizeFormula } from './neutralizeFormula'

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)

/** One CSV line (RFC 4180, CRLF); text cells are neutralized against formula injection. */
export const csvLine = (cells: Cell[]) =>
  `${cells.map((c) => quote(c.numeric ? c.text : neutralizeFormula(c.text))).join(',')}\r\n`

/**
 * A CSV stream: UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake), the header
 * line, then a line per row as the pages arrive.
 */
export function csvStream(headers: string[], rows: AsyncIterable<Cell[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const iterator = rows[Symbol.asyncIterator]()
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(headers.map((text) => ({ text })))}`))
    },
    async pull(controller) {
      const { value, done } = await iterator.next()
      if (done) return controller.close()
      controller.enqueue(encoder.encode(value.map(csvLine).join('')))
    },
    async cancel() {
      await iterator.return?.(undefined)
    },
  })
}
