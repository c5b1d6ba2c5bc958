import { describe, expect, it } from 'vitest'
import { applyLineAction, itemsOf, type Line, linesOf, liveTotals, move } from './lineModel'
import { priceOf } from './priceOf'

let n = 0
const key = () => `k${++n}`
const line = (over: Partial<Line>): Line => ({
  key: key(),
  product: null,
  description: '',
  quantity: '1',
  unitPrice: '0',
  discount: '0',
  taxRate: '0',
  ...over,
})

describe('line editing', () => {
  it('adds, edits, picks a product and removes lines by key', () => {
    let lines = applyLineAction([], { type: 'add', key: 'a', taxRate: '13' })
    lines = applyLineAction(lines, { type: 'add', key: 'b' })
    expect(lines.map((l) => [l.key, l.quantity, l.taxRate])).toEqual([
      ['a', '1', '13'],
      ['b', '1', '0'],
    ])
    lines = applyLineAction(lines, { type: 'product', key: 'b', product: 7, description: 'Water', unitPrice: '36.00' })
    lines = applyLineAction(lines, { type: 'edit', key: 'b', field: 'quantity', value: '2.5' })
    expect(lines[1]).toMatchObject({ product: 7, description: 'Water', unitPrice: '36.00', quantity: '2.5' })
    // Choosing another product keeps a description the product does not replace.
    lines = applyLineAction(lines, { type: 'product', key: 'b', product: 8 })
    expect(lines[1]).toMatchObject({ product: 8, description: 'Water', unitPrice: '36.00' })
    lines = applyLineAction(lines, { type: 'remove', key: 'a' })
    expect(lines.map((l) => l.key)).toEqual(['b'])
    expect(applyLineAction(lines, { type: 'remove', key: 'nope' })).toEqual(lines)
  })

  it('reorders: moves a line up, down and to either end, clamped to the list', () => {
    expect(move(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c'])
    expect(move(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd'])
    expect(move(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b'])
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(move(['a', 'b'], 5, 0)).toEqual(['a', 'b'])
    const lines = [line({ key: 'x' }), line({ key: 'y' }), line({ key: 'z' })]
    expect(applyLineAction(lines, { type: 'move', from: 2, to: 1 }).map((l) => l.key)).toEqual(['x', 'z', 'y'])
  })

  it('reads stored rows and writes back only the stored fields, keeping row ids', () => {
    const lines = linesOf(
      [
        {
          id: 'r1',
          product: { id: 3, name: 'Tea' },
          quantity: '2',
          unitPrice: '48.00',
          discount: '5',
          taxRate: '13',
          net: '91.20',
        },
        { product: 4, quantity: 1, unitPrice: '1.5' },
      ],
      () => 'new',
    )
    expect(lines.map((l) => [l.key, l.product])).toEqual([
      ['r1', 3],
      ['new', 4],
    ])
    expect(itemsOf(lines)).toEqual([
      { id: 'r1', product: 3, description: null, quantity: '2', unitPrice: '48.00', discount: '5', taxRate: '13' },
      { product: 4, description: null, quantity: '1', unitPrice: '1.5', discount: '0', taxRate: '0' },
    ])
  })
})

describe('live totals', () => {
  it('computes tricky decimals exactly as the server: 3 × 33.33, 7.5 % off, 13 % tax', () => {
    const totals = liveTotals([line({ quantity: '3', unitPrice: '33.33', discount: '7.5', taxRate: '13' })], false)
    // 99.99 × 0.925 = 92.49075 → 92.49; tax 12.0237 → 12.02.
    expect(totals.lines[0]).toMatchObject({ net: '92.49', tax: '12.02', gross: '104.51' })
    expect(totals.document).toEqual({ subtotal: '92.49', tax: '12.02', total: '104.51' })
  })

  it('sums rounded lines (never a float sum), and with prices including tax takes the tax out', () => {
    const lines = [
      line({ quantity: '3', unitPrice: '0.1' }),
      line({ quantity: '1', unitPrice: '0.2' }),
      line({ quantity: '1', unitPrice: '113', taxRate: '13' }),
    ]
    expect(liveTotals(lines, false).document).toEqual({ subtotal: '113.50', tax: '14.69', total: '128.19' })
    expect(liveTotals(lines, true).document).toEqual({ subtotal: '100.50', tax: '13.00', total: '113.50' })
  })

  it('keeps the valid lines’ amounts while another line is incomplete, and no document total', () => {
    const totals = liveTotals(
      [line({ quantity: '2', unitPrice: '5' }), line({ quantity: 'x' }), line({ discount: '120' })],
      false,
    )
    expect(totals.lines.map((l) => l?.net ?? null)).toEqual(['10.00', null, null])
    expect(totals.document).toBeNull()
  })
})

describe('prices', () => {
  const entries = [
    { product: 1, unitPrice: '34.20' },
    { product: { id: 2 }, unitPrice: '45.60' },
  ]
  it('takes the price book’s price, else the list price, else none', () => {
    expect(priceOf({ id: 1, salePrice: '36.00' }, entries)).toEqual({ unitPrice: '34.20', from: 'priceBook' })
    expect(priceOf({ id: 2, salePrice: '48.00' }, entries)).toEqual({ unitPrice: '45.60', from: 'priceBook' })
    expect(priceOf({ id: 3, salePrice: '96.00' }, entries)).toEqual({ unitPrice: '96.00', from: 'listPrice' })
    expect(priceOf({ id: 3, salePrice: '96.00' }, null)).toEqual({ unitPrice: '96.00', from: 'listPrice' })
    expect(priceOf({ id: 4 }, entries)).toEqual({ unitPrice: '', from: 'none' })
  })
})
