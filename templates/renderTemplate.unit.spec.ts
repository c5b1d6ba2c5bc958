import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_TEMPLATES, renderTemplate, sampleDocument, shutdownRenderers } from '.'
import { sampleQuote } from './defaults/sampleData'

afterAll(() => shutdownRenderers())

describe('renderTemplate (worker threads)', () => {
  it('has the eight defaults: four documents in Chinese and English', () => {
    expect(DEFAULT_TEMPLATES.map((t) => `${t.entity}/${t.language}`).sort()).toEqual([
      'invoices/en',
      'invoices/zh',
      'purchase-orders/en',
      'purchase-orders/zh',
      'quotes/en',
      'quotes/zh',
      'sales-orders/en',
      'sales-orders/zh',
    ])
  })

  it.each(DEFAULT_TEMPLATES.map((t) => [t.entity, t.language, t] as const))(
    'renders the default %s (%s)',
    async (_e, language, template) => {
      const data = sampleQuote(language, 4)
      if (template.entity === 'purchase-orders')
        data.doc = { ...data.doc, vendor: { name: '宁波精工五金厂', contactName: '李工' } }
      const result = await renderTemplate({ source: template.source, data, page: { size: 'A5', marginsMm: [10, 10, 10, 10] } })
      if (!result.ok) throw new Error(result.error.message)
      const html = result.html
      expect(html).toContain('@page { size: A5 portrait; margin: 10mm 10mm 10mm 10mm; }')
      expect(html).toContain('QT-2026-00042')
      expect(html).toContain(data.tenant.name)
      expect(html).toContain('<td class="no">4</td>')
      expect(html).not.toContain('<td class="no">5</td>')
      expect(html).toContain(language === 'zh' ? '¥14,549.83' : 'CNY 14,549.83')
      expect(html).toContain(
        template.entity === 'purchase-orders' ? (language === 'zh' ? '李工' : '李工') : '上海明德贸易有限公司',
      )
      if (language === 'zh') expect(html).toContain('人民币壹万肆仟伍佰肆拾玖元捌角叁分')
      else expect(html).not.toContain('人民币')
    },
  )

  it.each(DEFAULT_TEMPLATES.map((t) => [t.entity, t.language, t] as const))(
    'previews the default %s (%s) with its sample data',
    async (entity, language, template) => {
      const result = await renderTemplate({ source: template.source, data: sampleDocument(entity, language) })
      if (!result.ok) throw new Error(result.error.message)
      const number = { quotes: 'QT-', 'sales-orders': 'SO-', 'purchase-orders': 'PO-', invoices: 'INV-' }[entity]
      expect(result.html).toContain(number)
      expect(result.html).toContain(entity === 'purchase-orders' ? '宁波精工五金厂' : '上海明德贸易有限公司')
      expect(result.html).toMatch(language === 'zh' ? /已发送|已确认|已下单|已开具/ : /Sent|Confirmed|Ordered|Issued/)
    },
  )

  it('gives compile errors with their place, and render errors from helpers', async () => {
    const data = sampleQuote('zh')
    expect(await renderTemplate({ source: '<h1>\n{{#each doc.items}}', data })).toMatchObject({
      ok: false,
      error: { kind: 'compile', line: 2 },
    })
    expect(await renderTemplate({ source: 'x\n\n  {{rmbUpper "99999999999"}}', data })).toEqual({
      ok: false,
      error: {
        kind: 'render',
        message: 'rmbUpper: 99999999999 is beyond 9,999,999,999.99 (line 3, column 3)',
        line: 3,
        column: 3,
      },
    })
  })

  it('stops a huge loop at its time limit while other renders are answered', async () => {
    const data = sampleQuote('en', 20)
    const quote = DEFAULT_TEMPLATES.find((t) => t.entity === 'quotes' && t.language === 'en')?.source as string
    // Both workers up first (a cold start is not what this is about).
    await Promise.all([renderTemplate({ source: quote, data }), renderTemplate({ source: quote, data })])
    const order: string[] = []
    const runaway = renderTemplate({
      source: '{{#each (range 10000)}}{{#each (range 10000)}}{{#each (range 10000)}}.{{/each}}{{/each}}{{/each}}',
      data,
      limits: { timeoutMs: 1500, maxOutputBytes: 1e12 },
    }).then((result) => {
      order.push('runaway')
      return result
    })
    const others = Array.from({ length: 30 }, (_, i) =>
      renderTemplate({ source: quote, data }).then((result) => {
        order.push(`quote${i}`)
        return result
      }),
    )
    const results = await Promise.all(others)
    expect(results.every((r) => r.ok)).toBe(true)
    expect(await runaway).toMatchObject({ ok: false, error: { kind: 'timeout' } })
    expect(order.at(-1)).toBe('runaway')
    // And the pool still renders afterwards.
    expect((await renderTemplate({ source: '{{money "1"}}', data })).ok).toBe(true)
  })

  it('refuses output over the limit and sources over the limit', async () => {
    const data = sampleQuote('en')
    expect(
      await renderTemplate({ source: '{{#each (range 5000)}}0123456789{{/each}}', data, limits: { maxOutputBytes: 10_000 } }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    })
    expect(await renderTemplate({ source: 'x'.repeat(2000), data, limits: { maxSourceBytes: 1000 } })).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    })
  })

  it('refuses data that cannot be copied to the worker, without failing other renders', async () => {
    const data = sampleQuote('en')
    const [bad, good] = await Promise.all([
      renderTemplate({ source: '{{doc.number}}', data: { ...data, doc: { ...data.doc, compute: () => 1 } } }),
      renderTemplate({ source: '{{doc.number}}', data }),
    ])
    expect(bad).toMatchObject({
      ok: false,
      error: { kind: 'render', message: expect.stringMatching(/cannot be passed to the renderer/) },
    })
    expect(good).toEqual({ ok: true, html: 'QT-2026-00042' })
  })

  it('starts again after shutdown', async () => {
    await shutdownRenderers()
    expect(await renderTemplate({ source: '{{t "好" "ok"}}', data: sampleQuote('zh') })).toEqual({ ok: true, html: '好' })
  })
})
