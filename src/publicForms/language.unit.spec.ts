import { describe, expect, it } from 'vitest'
import { negotiateLanguage } from './language'

describe('the language of a public page', () => {
  it.each([
    ['en', 'zh-CN,zh;q=0.9', 'zh', 'en'],
    ['zh', 'en-US', 'en', 'zh'],
    ['zh-TW', null, 'en', 'zh'],
    ['fr', 'en-GB,en;q=0.8', 'zh', 'en'],
    [undefined, 'fr-FR,en;q=0.5,zh;q=0.7', 'en', 'zh'],
    [undefined, 'de,fr', 'en', 'en'],
    [undefined, 'zh;q=0, en;q=0.1', 'zh', 'en'],
    [undefined, '', 'zh', 'zh'],
    [['en'], 'zh', 'en', 'zh'],
  ])('?lang=%j with Accept-Language %j (company speaks %s) → %s', (requested, accept, fallback, expected) => {
    expect(negotiateLanguage(requested, accept, fallback as 'en' | 'zh')).toBe(expected)
  })
})
