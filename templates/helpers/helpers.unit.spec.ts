import { describe, expect, it } from 'vitest'
import { renderInline as render, renderInlineResult } from '../testing/renderInline'

const zh = { language: 'zh' as const }
const en = { language: 'en' as const }

describe('money, number and percent', () => {
  it.each([
    ['zh', '{{money "1234.56"}}', '¥1,234.56'],
    ['en', '{{money "1234.56"}}', 'CNY 1,234.56'],
    ['zh', '{{money "1234567.5" "USD"}}', 'US$1,234,567.50'],
    ['en', '{{money "99.5" "EUR"}}', 'EUR 99.50'],
    ['zh', '{{money "-12.3"}}', '-¥12.30'],
    ['en', '{{money "-12.3"}}', 'CNY -12.30'],
    ['zh', '{{money "1.005"}}', '¥1.01'],
    ['zh', '{{money "2.675"}}', '¥2.68'],
    ['zh', '{{money "-0.001"}}', '¥0.00'],
    ['zh', '{{money "1500" "JPY"}}', 'JP¥1,500'],
    ['zh', '{{money "12345678901234567.89"}}', '¥12,345,678,901,234,567.89'],
    ['zh', '{{money "1234.5" style="code"}}', 'CNY 1,234.50'],
    ['en', '{{money "1234.5" style="symbol"}}', '¥1,234.50'],
    ['zh', '{{money "1234.5" style="none"}}', '1,234.50'],
    ['zh', '{{money "1.23456" decimals=4}}', '¥1.2346'],
    ['zh', '{{money 7}}', '¥7.00'],
    ['zh', '[{{money doc.missing}}]', '[]'],
  ] as const)('%s %s → %s', (language, source, expected) => {
    expect(render(source, { language })).toBe(expected)
  })

  it("takes the document's currency, else the tenant's", () => {
    expect(render('{{money "5"}}', { ...en, doc: { currency: 'USD' } })).toBe('USD 5.00')
    expect(render('{{money "5"}}', { ...zh, tenant: { name: 'T', currency: 'HKD' } })).toBe('HK$5.00')
  })

  it('refuses what is not an amount, naming the helper and the place', () => {
    const result = renderInlineResult('line one\n  {{money "12,5"}}', zh)
    expect(result).toEqual({
      ok: false,
      error: { kind: 'render', message: 'money: "12,5" is not a decimal number (line 2, column 3)', line: 2, column: 3 },
    })
    expect(() => render('{{money "1" "yuan"}}')).toThrow(/money: "yuan" is not a currency code/)
    expect(() => render('{{money "1" style="fancy"}}')).toThrow(/style must be/)
  })

  it('number drops trailing zeros up to 4 places or uses the places given; percent adds %', () => {
    expect(render('{{number "1234.5000"}}|{{number "2.123456"}}|{{number "3" decimals=2}}|{{number "-1234567"}}')).toBe(
      '1,234.5|2.1235|3.00|-1,234,567',
    )
    expect(render('{{percent "13.00"}}|{{percent "5.5"}}|[{{percent doc.none}}]')).toBe('13%|5.5%|[]')
  })
})

describe('rmbUpper in a template', () => {
  it('writes the amount in words, and stops the render beyond its range', () => {
    expect(render('人民币{{rmbUpper doc.total}}', { doc: { total: '100860.00' } })).toBe('人民币壹拾万零捌佰陆拾元整')
    expect(renderInlineResult('{{rmbUpper "12345678901"}}').ok).toBe(false)
  })
})

describe('date and dateTime', () => {
  it.each([
    ['zh', '{{date "2026-11-27"}}', '2026年11月27日'],
    ['en', '{{date "2026-11-27"}}', '27 Nov 2026'],
    ['zh', '{{date "2026-11-27" "short"}}', '2026-11-27'],
    ['en', '{{date "2026-11-27" "numeric"}}', '27/11/2026'],
    ['zh', '{{date "2026-11-27" "numeric"}}', '2026/11/27'],
    ['zh', '{{date "2026-11-27" "full"}}', '2026年11月27日 星期五'],
    ['en', '{{date "2026-11-27" style="full"}}', 'Friday, 27 November 2026'],
    // A timestamp is a moment: in Shanghai (the default zone) 20:00 UTC is already the next day.
    ['zh', '{{date "2026-11-27T20:00:00.000Z"}}', '2026年11月28日'],
    ['en', '{{dateTime "2026-11-27T06:05:00Z"}}', '27 Nov 2026, 14:05'],
    ['zh', '{{dateTime "2026-11-27T06:05:00Z"}}', '2026年11月27日 14:05'],
    ['en', '{{dateTime "2026-11-27T06:05:00Z" "short"}}', '2026-11-27 14:05'],
    ['zh', '[{{date doc.none}}]', '[]'],
  ] as const)('%s %s → %s', (language, source, expected) => {
    expect(render(source, { language })).toBe(expected)
  })

  it('follows the time zone it is given and never shifts a calendar day', () => {
    expect(render('{{dateTime "2026-11-27T20:00:00Z"}}', { ...en, timeZone: 'Europe/London' })).toBe('27 Nov 2026, 20:00')
    expect(render('{{date "2026-11-27"}}', { ...en, timeZone: 'America/Los_Angeles' })).toBe('27 Nov 2026')
  })

  it('refuses a date that is not one, a style it does not know and a zone that does not exist', () => {
    expect(() => render('{{date "2026-02-30"}}')).toThrow(/not a date/)
    expect(() => render('{{date "yesterday"}}')).toThrow(/not a date/)
    expect(() => render('{{date "2026-11-27" "weird"}}')).toThrow(/style must be one of/)
    expect(() => render('{{dateTime "2026-11-27T06:05:00Z"}}', { timeZone: 'Mars/Olympus' })).toThrow(/unknown time zone/)
  })
})

describe('labels, options and custom fields', () => {
  const labels = {
    fields: { 'items.quantity': '数量', status: '状态' },
    options: { status: { accepted: '已接受' }, 'items.product.unit': { set: '台' } },
  }
  it('give the label in the language, the raw value or a readable name when none is known', () => {
    expect(render('{{label "items.quantity"}}|{{label "status"}}|{{label "validUntil"}}|{{label "x" "备用"}}', { labels })).toBe(
      '数量|状态|Valid until|备用',
    )
    expect(
      render('{{option "status" "accepted"}}|{{option "status" "draft"}}|{{option "items.product.unit" "set"}}', { labels }),
    ).toBe('已接受|draft|台')
  })

  it('custom reads the document custom fields by key, or another object with of=', () => {
    const doc = { custom: { region: '华东', 'po-ref': 'A-1' }, items: [{ custom: { color: 'red' } }] }
    expect(
      render(
        '{{custom "region"}}|{{custom "po-ref"}}|[{{custom "none"}}]|{{#each doc.items}}{{custom "color" of=this}}{{/each}}',
        { doc },
      ),
    ).toBe('华东|A-1|[]|red')
  })
})

describe('line items: loops, row numbers, sums and groups', () => {
  const items = [
    { name: 'A', category: { name: '硬件' }, net: '0.10', quantity: '1' },
    { name: 'B', category: { name: '软件' }, net: '0.20', quantity: '2.5' },
    { name: 'C', category: { name: '硬件' }, net: '1000000000000.01', quantity: '3' },
  ]
  it('numbers rows and sums exactly (0.1 + 0.2 is 0.3 here)', () => {
    expect(render('{{#each doc.items}}{{rowNumber}}.{{name}} {{/each}}', { doc: { items } })).toBe('1.A 2.B 3.C ')
    expect(
      render('{{sum (list "0.1" "0.2")}}|{{sum doc.items "net"}}|{{sum doc.items "quantity"}}|{{count doc.items}}', {
        doc: { items },
      }),
    ).toBe('0.3|1000000000000.31|6.5|3')
    expect(
      render('{{#each doc.items}}{{inc @index}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}} {{/each}}', { doc: { items } }),
    ).toBe('1F 2 3L ')
  })

  it('groups in order of first appearance, each group with its items and count', () => {
    const source =
      '{{#each (groupBy doc.items "category")}}[{{key}}:{{size}}:{{#each items}}{{name}}{{/each}}:{{sum items "net"}}]{{/each}}'
    expect(render(source, { doc: { items } })).toBe('[硬件:2:AC:1000000000000.11][软件:1:B:0.2]')
  })

  it('a bare name that is also a helper calls the helper; this.name reads the field', () => {
    expect(render('{{#with doc}}[{{number}}]{{this.number}}{{/with}}', { doc: { number: 'QT-1' } })).toBe('[]QT-1')
  })

  it('each keeps else, block params and objects', () => {
    expect(render('{{#each doc.items}}x{{else}}none{{/each}}', { doc: { items: [] } })).toBe('none')
    expect(render('{{#each doc.items as |item i|}}{{i}}={{item.name}};{{/each}}', { doc: { items } })).toBe('0=A;1=B;2=C;')
    expect(render('{{#each doc.custom}}{{@key}}={{this}};{{/each}}', { doc: { custom: { a: 1, b: 2 } } })).toBe('a=1;b=2;')
    expect(render('{{#each (range 3)}}{{this}}{{/each}}')).toBe('012')
  })

  it('refuses sums of non-numbers, rowNumber outside a loop and a giant range', () => {
    expect(() => render('{{sum (list "1" "x")}}')).toThrow(/sum: "x" is not a decimal number/)
    expect(() => render('{{rowNumber}}')).toThrow(/rowNumber: use it inside/)
    expect(() => render('{{#each (range 10001)}}{{/each}}')).toThrow(/range: give a whole number/)
  })
})

describe('arithmetic and conditions', () => {
  it('computes exactly in decimals', () => {
    expect(
      render('{{add "0.1" "0.2"}}|{{sub "1" "0.9"}}|{{mul "3" "19.99"}}|{{div "10" "4"}}|{{round "2.345" 2}}|{{round "2.5"}}'),
    ).toBe('0.3|0.1|59.97|2.5|2.35|3')
    expect(render('{{money (mul doc.q doc.p)}}', { doc: { q: '3', p: '0.335' } })).toBe('¥1.01')
    expect(() => render('{{div "1" "0"}}')).toThrow(/division by zero/)
  })

  it('compares numbers as numbers and everything else as is', () => {
    expect(
      render('{{#if (eq "13.00" 13)}}y{{else}}n{{/if}}{{#if (eq doc.s "sent")}}y{{/if}}{{#if (ne doc.s "draft")}}y{{/if}}', {
        doc: { s: 'sent' },
      }),
    ).toBe('yyy')
    expect(render('{{gt "10" "9"}} {{gte "1" "1.0"}} {{lt "-1" "0"}} {{lte "2" "1"}}')).toBe('true true true false')
    expect(render('{{and 1 "x"}} {{and 1 ""}} {{or 0 doc.none "y"}} {{or (list)}} {{not (list)}} {{not 0}}')).toBe(
      'true false true false true false',
    )
    expect(() => render('{{gt "a" 1}}')).toThrow(/not a decimal number/)
  })
})

describe('text helpers', () => {
  it('t picks by language; default fills blanks; join skips empty parts; upper', () => {
    expect(render('{{t "报价单" "Quotation"}}', zh)).toBe('报价单')
    expect(render('{{t "报价单" "Quotation"}}', en)).toBe('Quotation')
    expect(render('{{default doc.a doc.b "—"}}|{{default doc.c "—"}}', { doc: { a: '', b: 'B', c: null } })).toBe('B|—')
    expect(render('{{join (list "上海市" "" doc.none "浦东新区") " "}}')).toBe('上海市 浦东新区')
    expect(render('{{upper "abc"}}')).toBe('ABC')
  })

  it('multiline escapes the text and keeps its line breaks', () => {
    expect(render('{{multiline doc.terms}}', { doc: { terms: 'a < b\n<script>x</script>\r\nend' } })).toBe(
      'a &lt; b<br>&lt;script&gt;x&lt;/script&gt;<br>end',
    )
  })
})
