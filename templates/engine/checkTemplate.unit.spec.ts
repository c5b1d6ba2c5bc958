import { describe, expect, it } from 'vitest'
import { checkTemplate, DEFAULT_TEMPLATES } from '..'
import { renderInlineResult } from '../testing/renderInline'

describe('checkTemplate', () => {
  it('accepts the default templates', () => {
    for (const template of DEFAULT_TEMPLATES) expect(checkTemplate(template.source)).toBeNull()
  })

  it.each([
    ['<p>\n  {{#if doc.x}}\n</p>', { line: 3, column: 5, message: /a block is not closed/ }],
    ['<p>\n\n   {{ }}', { line: 3, column: 4, message: /syntax error: Expecting 'ID'/ }],
    ['a\n  {{#if x}}\n{{/each}}', { line: 2, column: 6, message: /if doesn't match each/ }],
    ['one\ntwo {{frobnicate doc.total}}', { line: 2, column: 5, message: /unknown helper frobnicate/ }],
    ['{{money doc.total}}\n{{{doc.name}}}', { line: 2, column: 1, message: /unescaped output/ }],
  ])('reports where %j fails', (source, expected) => {
    const error = checkTemplate(source)
    expect(error).toMatchObject({ kind: 'compile', line: expected.line, column: expected.column })
    expect(error?.message).toMatch(expected.message)
    expect(error?.message).toContain(`(line ${expected.line}, column ${expected.column})`)
  })

  it('refuses a source over the size limit', () => {
    expect(checkTemplate('x'.repeat(101), { maxSourceBytes: 100 })).toMatchObject({ kind: 'too-large' })
    expect(checkTemplate('字'.repeat(34), { maxSourceBytes: 100 })).toMatchObject({ kind: 'too-large' }) // 102 bytes in UTF-8
    expect(checkTemplate('x'.repeat(100), { maxSourceBytes: 100 })).toBeNull()
  })
})

describe('render errors and limits (in-thread engine)', () => {
  it('names the partial that fails to compile', () => {
    const result = renderInlineResult('{{> footer}}', {}, { partials: { footer: '\n{{#if}}' } })
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'compile', line: 2, message: expect.stringMatching(/^partial footer: /) },
    })
  })

  it('counts partials in the source size', () => {
    const result = renderInlineResult(
      '{{> header}}',
      {},
      { partials: { header: 'x'.repeat(500) }, limits: { maxSourceBytes: 400 } },
    )
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large' } })
  })

  it('stops a loop that outgrows the output limit, and checks the whole output at the end', () => {
    const loop = renderInlineResult(
      '{{#each (range 10000)}}{{#each (range 100)}}0123456789{{/each}}{{/each}}',
      {},
      { limits: { maxOutputBytes: 100_000 } },
    )
    expect(loop).toMatchObject({ ok: false, error: { kind: 'too-large', line: 1 } })
    // Nested loops are counted once: exactly 10,000 bytes fit a 10,000-byte limit, not one more.
    const nested = '{{#each (range 100)}}{{#each (range 100)}}x{{/each}}{{/each}}'
    expect(renderInlineResult(nested, {}, { limits: { maxOutputBytes: 10_000 } }).ok).toBe(true)
    expect(renderInlineResult(nested, {}, { limits: { maxOutputBytes: 9_999 } })).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    })
    const flat = renderInlineResult('{{doc.text}}', { doc: { text: '字'.repeat(40) } }, { limits: { maxOutputBytes: 100 } })
    expect(flat).toMatchObject({ ok: false, error: { kind: 'too-large' } })
    expect(renderInlineResult('{{doc.text}}', { doc: { text: 'x'.repeat(100) } }, { limits: { maxOutputBytes: 100 } }).ok).toBe(
      true,
    )
  })

  it('stops a runaway loop at its time limit inside the worker, with the place of the loop', () => {
    const source = 'ok\n{{#each (range 10000)}}{{#each (range 10000)}}{{#each (range 10000)}}{{/each}}{{/each}}{{/each}}'
    const result = renderInlineResult(source, {}, { limits: { timeoutMs: 200 } })
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout', line: 2 } })
  })
})
