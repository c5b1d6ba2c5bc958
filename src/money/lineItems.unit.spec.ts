import { describe, expect, it } from 'vitest'
import { fromMinorUnits, toMinorUnits } from './decimal'
import { computeTotals, type LineItemInput } from './lineItems'

const totals = (items: LineItemInput[], inclusive = false) => {
  const result = computeTotals(items, inclusive)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  const { subtotal, tax, total } = result.totals
  return [subtotal, tax, total]
}

describe('line-item totals: the architecture’s worked cases', () => {
  it('3 × 19.99 @13 %, 1 × 0.10, 1 × 0.20 → 60.27 / 7.80 / 68.07', () => {
    expect(
      totals([
        { quantity: 3, unitPrice: 19.99, taxRate: 13 },
        { quantity: 1, unitPrice: '0.10', taxRate: 0 },
        { quantity: 1, unitPrice: '0.20', taxRate: 0 },
      ]),
    ).toEqual(['60.27', '7.80', '68.07'])
  })

  it('2 × 100.00, 15 % off, @6 % → 170.00 / 10.20 / 180.20', () => {
    expect(totals([{ quantity: 2, unitPrice: '100.00', discount: 15, taxRate: 6 }])).toEqual(['170.00', '10.20', '180.20'])
  })

  it('tax-inclusive 1 × 113.00 @13 % → 100.00 / 13.00 / 113.00', () => {
    expect(totals([{ quantity: 1, unitPrice: '113.00', taxRate: 13 }], true)).toEqual(['100.00', '13.00', '113.00'])
  })
})

describe('rounding edges', () => {
  it.each([
    // [quantity, unitPrice, discount, taxRate, inclusive, subtotal, tax, total]
    ['0.1', '0.2', 0, 0, false, '0.02', '0.00', '0.02'], // 0.1 × 0.2 is 0.020000000000000004 in floats
    ['1', '0.005', 0, 0, false, '0.01', '0.00', '0.01'], // half-up, not banker's
    ['1', '1.005', 0, 0, false, '1.01', '0.00', '1.01'], // (1.005).toFixed(2) is "1.00" in floats
    ['3', '0.333', 0, 0, false, '1.00', '0.00', '1.00'],
    ['1', '0.05', 0, 50, false, '0.05', '0.03', '0.08'], // 0.025 tax rounds up
    ['1.2345', '10', 0, 0, false, '12.35', '0.00', '12.35'], // four-decimal quantity
    ['1', '10.00', '33.3333', 0, false, '6.67', '0.00', '6.67'],
    ['1', '100.00', 100, 13, false, '0.00', '0.00', '0.00'], // fully discounted
    ['1', '9999999999.99', 0, 13, false, '9999999999.99', '1300000000.00', '11299999999.99'],
    ['7', '1.15', 0, 6, true, '7.59', '0.46', '8.05'],
  ] as const)('%s × %s, %s %% off, @%s %% (inclusive %s) → %s / %s / %s', (q, p, d, r, inclusive, subtotal, tax, total) => {
    expect(totals([{ quantity: q, unitPrice: p, discount: d, taxRate: r }], inclusive)).toEqual([subtotal, tax, total])
  })

  it('the document sums the rounded lines, not the unrounded products', () => {
    // Each line is 0.333… → 0.33; three lines make 0.99, not 1.00.
    const line = { quantity: 1, unitPrice: '0.3333', taxRate: 0 }
    expect(totals([line, line, line])).toEqual(['0.99', '0.00', '0.99'])
  })
})

describe('bad input names the field', () => {
  it.each([
    [{ quantity: -1, unitPrice: 1 }, 'items.0.quantity', 'negative'],
    [{ quantity: '1.23456', unitPrice: 1 }, 'items.0.quantity', 'tooManyDecimals'],
    [{ quantity: 'three', unitPrice: 1 }, 'items.0.quantity', 'notANumber'],
    [{ quantity: 1, unitPrice: null }, 'items.0.unitPrice', 'required'],
    [{ quantity: 1, unitPrice: 1, discount: 120 }, 'items.0.discount', 'percentOver100'],
    [{ quantity: 1, unitPrice: '1e20' }, 'items.0.unitPrice', 'notANumber'],
    [{ quantity: 1, unitPrice: Number.NaN }, 'items.0.unitPrice', 'notANumber'],
  ])('%j → %s %s', (item, path, problem) => {
    const result = computeTotals([item as LineItemInput])
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path, problem })
  })
})

describe('minor units', () => {
  it('round-trips two-place amounts exactly and refuses more places', () => {
    expect(toMinorUnits('68.07')).toBe(6807)
    expect(fromMinorUnits(6807)).toBe('68.07')
    expect(toMinorUnits('-0.10')).toBe(-10)
    expect(() => toMinorUnits('1.005')).toThrow(/two decimal places/)
  })
})
