/**
 * Match keys: what two spellings of the same customer have in common. Pure functions, so the
 * hook that stores keys and the check that compares a draft with them can never disagree.
 */

/** Legal-form words that say nothing about which company it is (longest first, so 股份有限公司 beats 有限公司). */
const COMPANY_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '有限公司',
  '分公司',
  '集团',
  '公司',
  'corporation',
  'incorporated',
  'limited',
  'company',
  'holdings',
  'group',
  'corp',
  'gmbh',
  'ltd',
  'inc',
  'llc',
  'plc',
  'co',
  'ag',
  'sa',
]

/** NFKC (full-width ＡＢＣ１２３ → ABC123), lower case. */
const fold = (value: string) => value.normalize('NFKC').toLowerCase()

/** Letters and digits only: spaces, punctuation and symbols (·、（）.,&-) do not tell records apart. */
const lettersAndDigits = (value: string) => value.replace(/[^\p{L}\p{N}]+/gu, '')

/** A person's name: 张 三 = 张三, "Anna  Müller" = "anna müller". Null when nothing is left. */
export function personNameKey(value: unknown): string | null {
  if (typeof value !== 'string') return null
  return lettersAndDigits(fold(value)) || null
}

/**
 * A company's name without its legal form: 上海华东贸易有限公司 = 上海华东贸易, "Acme Co., Ltd." = "acme".
 * Suffixes are stripped word by word from the end (English) or as trailing text (Chinese), repeatedly,
 * so "Acme Holdings Co. Ltd" and 华东贸易集团有限公司 lose all of theirs. A name that is only a legal
 * form keeps it, rather than matching every other such name.
 */
export function companyNameKey(value: unknown): string | null {
  if (typeof value !== 'string') return null
  // Bracketed asides — 华东贸易（上海）有限公司, "Acme (Europe) GmbH" — keep their words but lose the brackets.
  const words = fold(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  let changed = true
  while (changed && words.length > 1) {
    changed = false
    const last = words[words.length - 1]
    if (COMPANY_SUFFIXES.includes(last)) {
      words.pop()
      changed = true
    }
  }
  let joined = words.join('')
  changed = true
  while (changed && !COMPANY_SUFFIXES.includes(joined)) {
    changed = false
    for (const suffix of COMPANY_SUFFIXES) {
      if (/^[a-z]+$/.test(suffix)) continue // English forms only as whole words (above): "Tesco" keeps its "co"
      if (joined.endsWith(suffix) && joined.length > suffix.length) {
        joined = joined.slice(0, -suffix.length)
        changed = true
      }
    }
  }
  return joined || null
}

/**
 * A phone number as digits: "+86 138-0013-8000", "0086 13800138000" and "13800138000" are one number.
 * Mainland China's country code is dropped; other country codes are kept (a +44 number is not a +86 one).
 * Fewer than 5 digits is an extension or a typo, never a key.
 */
export function phoneKey(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null
  const text = fold(String(value)).trim()
  // Extensions (转 123, ext. 123, x123) belong to a switchboard number, not to the person.
  const number = text.split(/转|分机|ext\.?|extension|x|#/)[0].trim()
  let digits = number.replace(/\D+/g, '')
  const international = number.startsWith('+') || digits.startsWith('00')
  if (digits.startsWith('00')) digits = digits.slice(2)
  if (international && digits.startsWith('86')) {
    digits = digits.slice(2)
    // A landline after the country code has lost its trunk 0 (+86 21 … is 021 …).
    if (!digits.startsWith('1') && !digits.startsWith('0')) digits = `0${digits}`
  } else if (international) {
    digits = `+${digits}`
  } else if (/^861\d{10}$/.test(digits)) {
    digits = digits.slice(2) // 86 before a mainland mobile, without the '+'
  }
  return digits.replace(/\D/g, '').length >= 5 ? digits : null
}

/** An email address: trimmed and lower-cased ("Wang.Wei@Example.COM " = "wang.wei@example.com"). */
export function emailKey(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const email = fold(value).trim()
  return email.includes('@') ? email : null
}

/** A tax number (统一社会信用代码 / VAT id): letters and digits, upper case. */
export function taxNumberKey(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const key = lettersAndDigits(value.normalize('NFKC')).toUpperCase()
  return key.length >= 5 ? key : null
}
