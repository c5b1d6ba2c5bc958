import { describe, expect, it } from 'vitest'
import { en } from './messages/en'
import { zh } from './messages/zh'

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe('our messages', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
  })

  it.each(Object.keys(en) as (keyof typeof en)[])('%s is non-empty and has the same placeholders in both', (key) => {
    expect(en[key].trim()).not.toBe('')
    expect(zh[key].trim()).not.toBe('')
    expect(placeholders(zh[key])).toEqual(placeholders(en[key]))
  })
})
