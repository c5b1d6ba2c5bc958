import { Decimal, money, round2, ZERO } from './decimal'
import { type AmountProblem, parseAmount } from './parseAmount'

/** A line as clients send it: amounts as numbers or decimal strings; discount and taxRate in percent. */
export type LineItemInput = {
  product?: unknown
  description?: string | null
  quantity: unknown
  unitPrice: unknown
  discount?: unknown
  taxRate?: unknown
}

export type LineItemTotals = {
  quantity: string
  unitPrice: string
  discount: string
  taxRate: string
  net: string
  tax: string
  gross: string
}
/** The document fields `computeTotals` fills; the line editor shows them itself, so forms do not repeat them. */
export const DOCUMENT_TOTAL_FIELDS = ['subtotal', 'tax', 'total'] as const

export type DocumentTotals = { items: LineItemTotals[]; subtotal: string; tax: string; total: string }
export type LineItemError = { path: string; field: keyof LineItemInput; problem: AmountProblem | 'required' | 'percentOver100' }

const RULES = {
  quantity: { maxDecimals: 4, required: true },
  unitPrice: { maxDecimals: 4, required: true },
  discount: { maxDecimals: 4, required: false },
  taxRate: { maxDecimals: 4, required: false },
} as const

/**
 * Totals of a quote, order or invoice, computed exactly (decimal, half-up to cents per line):
 * net = round2(q × p × (1 − d/100)), tax = round2(net × r/100). With prices that include tax:
 * gross = round2(q × p × (1 − d/100)), tax = round2(gross × r/(100 + r)), net = gross − tax.
 * The document sums the rounded lines. Returns every problem found, each with its path.
 */
export function computeTotals(
  items: LineItemInput[],
  pricesIncludeTax = false,
): { ok: true; totals: DocumentTotals } | { ok: false; errors: LineItemError[] } {
  const errors: LineItemError[] = []
  const lines: LineItemTotals[] = []
  let subtotal = ZERO
  let tax = ZERO
  items.forEach((item, index) => {
    const values: Partial<Record<keyof typeof RULES, Decimal>> = {}
    for (const [field, rule] of Object.entries(RULES) as [keyof typeof RULES, (typeof RULES)[keyof typeof RULES]][]) {
      const raw = item[field]
      const path = `items.${index}.${field}`
      if (raw === undefined || raw === null || raw === '') {
        if (rule.required) errors.push({ path, field, problem: 'required' })
        else values[field] = ZERO
        continue
      }
      const parsed = parseAmount(raw, { maxDecimals: rule.maxDecimals })
      if (!parsed.ok) errors.push({ path, field, problem: parsed.problem })
      else if (field === 'discount' && parsed.value.greaterThan(100)) {
        errors.push({ path, field, problem: 'percentOver100' })
      } else values[field] = parsed.value
    }
    if (Object.keys(values).length < 4) return
    const { quantity, unitPrice, discount, taxRate } = values as Record<keyof typeof RULES, Decimal>
    const amount = round2(quantity.times(unitPrice).times(new Decimal(100).minus(discount)).dividedBy(100))
    let net: Decimal
    let lineTax: Decimal
    if (pricesIncludeTax) {
      lineTax = round2(amount.times(taxRate).dividedBy(new Decimal(100).plus(taxRate)))
      net = amount.minus(lineTax)
    } else {
      net = amount
      lineTax = round2(net.times(taxRate).dividedBy(100))
    }
    subtotal = subtotal.plus(net)
    tax = tax.plus(lineTax)
    lines.push({
      quantity: quantity.toFixed(),
      unitPrice: unitPrice.toFixed(),
      discount: discount.toFixed(),
      taxRate: taxRate.toFixed(),
      net: money(net),
      tax: money(lineTax),
      gross: money(net.plus(lineTax)),
    })
  })
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, totals: { items: lines, subtotal: money(subtotal), tax: money(tax), total: money(subtotal.plus(tax)) } }
}
