import { expect, it } from 'vitest'
import { groupDigits } from './groupDigits'

it.each([
  ['0.00', '0.00'],
  ['999.99', '999.99'],
  ['1000.10', '1,000.10'],
  ['12345678.90', '12,345,678.90'],
  ['-1234567', '-1,234,567'],
  ['123456789012345678.99', '123,456,789,012,345,678.99'],
])('%s reads %s', (amount, shown) => {
  expect(groupDigits(amount)).toBe(shown)
})
