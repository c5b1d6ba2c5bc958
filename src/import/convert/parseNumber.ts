/**
 * A number as a plain decimal string ("1234567.89"), or null: thousands separators (1,234,567.89 or
 * 1 234 567), a currency sign and full-width digits are accepted; anything else is not a number.
 */
export function parseNumber(raw: string): string | null {
  const text = raw
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/^[¥￥$€£]\s*/, '')
    .replace(/\s/g, '')
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(text) || !/\d/.test(text)) return null
  const plain = text.replace(/,/g, '').replace(/^\+/, '')
  return plain.startsWith('.') ? `0${plain}` : plain.replace(/^-\./, '-0.')
}
