import { computeTotals, type DocumentTotals, type LineItemInput, type LineItemTotals } from '../../../src/money/lineItems'

/**
 * A line of a quote, order or invoice as the editor holds it: the stored fields as text (what the user
 * typed, never parsed to floats), plus a key that follows the line while it is reordered.
 */
export type Line = {
  key: string
  /** The stored row's id (Payload array rows have one); none for a line added here. */
  id?: string
  product: string | number | null
  description: string
  quantity: string
  unitPrice: string
  discount: string
  taxRate: string
}

export type LineAction =
  | { type: 'add'; key: string; taxRate?: string }
  | { type: 'remove'; key: string }
  | { type: 'edit'; key: string; field: 'description' | 'quantity' | 'unitPrice' | 'discount' | 'taxRate'; value: string }
  | { type: 'product'; key: string; product: string | number | null; description?: string; unitPrice?: string }
  | { type: 'move'; from: number; to: number }

const text = (v: unknown) => (v == null ? '' : String(v))
const idOf = (v: unknown) =>
  v != null && typeof v === 'object' ? ((v as { id: string | number }).id ?? null) : ((v as string | number | null) ?? null)

/** Stored rows (depth 0 or populated) as editor lines; a key per line from its id or position. */
export function linesOf(items: unknown, newKey: () => string): Line[] {
  if (!Array.isArray(items)) return []
  return items.map((raw: Record<string, unknown>) => ({
    key: raw.id ? String(raw.id) : newKey(),
    ...(raw.id ? { id: String(raw.id) } : {}),
    product: idOf(raw.product),
    description: text(raw.description),
    quantity: text(raw.quantity),
    unitPrice: text(raw.unitPrice),
    discount: text(raw.discount ?? '0'),
    taxRate: text(raw.taxRate ?? '0'),
  }))
}

/** What a save sends for the lines: the stored fields only; net and tax are the server's to compute. */
export function itemsOf(lines: readonly Line[]): Record<string, unknown>[] {
  return lines.map(({ id, product, description, quantity, unitPrice, discount, taxRate }) => ({
    ...(id ? { id } : {}),
    product,
    description: description || null,
    quantity,
    unitPrice,
    discount: discount === '' ? '0' : discount,
    taxRate: taxRate === '' ? '0' : taxRate,
  }))
}

/** Moves an element of a list from one position to another (positions clamped to the list). */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length) return [...list]
  const target = Math.max(0, Math.min(list.length - 1, to))
  const next = [...list]
  const [moved] = next.splice(from, 1)
  next.splice(target, 0, moved)
  return next
}

/** The editor's lines after one action; unknown keys leave the lines as they were. */
export function applyLineAction(lines: readonly Line[], action: LineAction): Line[] {
  switch (action.type) {
    case 'add':
      return [
        ...lines,
        {
          key: action.key,
          product: null,
          description: '',
          quantity: '1',
          unitPrice: '',
          discount: '0',
          taxRate: action.taxRate ?? '0',
        },
      ]
    case 'remove':
      return lines.filter((l) => l.key !== action.key)
    case 'edit':
      return lines.map((l) => (l.key === action.key ? { ...l, [action.field]: action.value } : l))
    case 'product':
      return lines.map((l) =>
        l.key === action.key
          ? {
              ...l,
              product: action.product,
              description: action.description ?? l.description,
              unitPrice: action.unitPrice ?? l.unitPrice,
            }
          : l,
      )
    case 'move':
      return move(lines, action.from, action.to)
  }
}

export type LiveTotals = {
  /** Per line: its computed amounts, or null while the line has a value the server would refuse. */
  lines: (LineItemTotals | null)[]
  /** The document's totals, or null while any line is incomplete. */
  document: Omit<DocumentTotals, 'items'> | null
}

/**
 * The totals the server will store, computed by the very function its hook runs
 * (`src/money/computeDocumentTotals.ts` → `computeTotals`), so screen and saved record agree.
 */
export function liveTotals(lines: readonly Line[], pricesIncludeTax: boolean): LiveTotals {
  const items = itemsOf(lines) as LineItemInput[]
  const perLine = items.map((item) => {
    const one = computeTotals([item], pricesIncludeTax)
    return one.ok ? one.totals.items[0] : null
  })
  const all = computeTotals(items, pricesIncludeTax)
  return {
    lines: perLine,
    document: all.ok ? { subtotal: all.totals.subtotal, tax: all.totals.tax, total: all.totals.total } : null,
  }
}
