/** A decimal amount as people read it: `12345678.90` → `12,345,678.90`, by string, never through a float. */
export function groupDigits(amount: string): string {
  const [whole, fraction] = amount.split('.')
  const sign = whole.startsWith('-') ? '-' : ''
  const digits = sign ? whole.slice(1) : whole
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${grouped}${fraction != null ? `.${fraction}` : ''}`
}
