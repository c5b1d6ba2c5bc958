import { Decimal } from '../../src/money/decimal'
import { toDecimal } from './decimalArgs'
import { HelperError } from './helperError'

const DIGITS = '零壹贰叁肆伍陆柒捌玖'
const PLACE_UNITS = ['', '拾', '佰', '仟']
const GROUP_UNITS = ['', '万', '亿']
const MAX = new Decimal('9999999999.99')

/**
 * 人民币大写 as banks write it (中国人民银行《支付结算办法》 附录): 壹拾 not 拾; one 零 for every run of
 * zeros inside the integer part, also across 万 and 亿 (100010000 → 壹亿零壹万元整); 整 only when there
 * are no 角 and 分; 元零X分 when 角 is zero; no 零 between 元 and 角 (1680.32 → 壹仟陆佰捌拾元叁角贰分, the
 * rules allow both forms); 负 for negative amounts. Rounded half-up to 分 first.
 */
export function rmbUpper(amount: unknown): string {
  const value = toDecimal(amount, 'rmbUpper')
  if (value === null) return ''
  const cents = value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
  if (cents.abs().greaterThan(MAX)) throw new HelperError(`rmbUpper: ${value.toFixed()} is beyond 9,999,999,999.99`)
  const [integer, fraction] = cents.abs().toFixed(2).split('.')
  const jiao = Number(fraction[0])
  const fen = Number(fraction[1])
  const words = integerWords(integer)
  let text: string
  if (jiao === 0 && fen === 0) text = `${words || '零'}元整`
  else {
    text = words ? `${words}元` : ''
    if (jiao > 0) text += `${DIGITS[jiao]}角`
    else if (words) text += '零'
    if (fen > 0) text += `${DIGITS[fen]}分`
  }
  return cents.isNegative() && !cents.isZero() ? `负${text}` : text
}

/** "100860" → 壹拾万零捌佰陆拾; "0" → "". */
function integerWords(integer: string): string {
  let out = ''
  let pendingZero = false
  let groupHasDigit = false
  for (let i = 0; i < integer.length; i++) {
    const place = integer.length - 1 - i
    const digit = Number(integer[i])
    if (digit === 0) {
      if (out) pendingZero = true
    } else {
      if (pendingZero) out += '零'
      pendingZero = false
      out += DIGITS[digit] + PLACE_UNITS[place % 4]
      groupHasDigit = true
    }
    // At the end of each group of four digits: its unit (万, 亿) if the group said anything.
    if (place % 4 === 0) {
      if (groupHasDigit) out += GROUP_UNITS[place / 4]
      groupHasDigit = false
    }
  }
  return out
}
