import { describe, expect, it } from 'vitest'
import { companyNameKey, emailKey, personNameKey, phoneKey, taxNumberKey } from './normalize'

describe('company names', () => {
  it.each([
    ['上海华东贸易有限公司', '上海华东贸易'],
    ['上海华东贸易有限责任公司', '上海华东贸易'],
    ['上海华东贸易股份有限公司', '上海华东贸易'],
    ['华东贸易集团有限公司', '华东贸易'],
    ['华东贸易集团', '华东贸易'],
    ['华东贸易（上海）有限公司', '华东贸易上海'],
    [' 华东 贸易 ', '华东贸易'],
    ['ＡＣＭＥ　有限公司', 'acme'],
    ['Acme Co., Ltd.', 'acme'],
    ['ACME Inc.', 'acme'],
    ['acme llc', 'acme'],
    ['Acme Holdings Co. Ltd', 'acme'],
    ['Müller GmbH', 'müller'],
    ['Tesco', 'tesco'],
    ['Demo Trading Ltd', 'demotrading'],
  ])('%s → %s', (name, key) => {
    expect(companyNameKey(name)).toBe(key)
  })

  it('a name that is only a legal form keeps it, and blanks have no key', () => {
    expect(companyNameKey('有限公司')).toBe('有限公司')
    expect(companyNameKey('Ltd')).toBe('ltd')
    expect(companyNameKey('  ')).toBeNull()
    expect(companyNameKey(null)).toBeNull()
  })
})

describe('person names', () => {
  it.each([
    ['张 三', '张三'],
    ['张·三', '张三'],
    ['Anna  Müller', 'annamüller'],
    ["O'Brien, Pat", 'obrienpat'],
    ['ＷＡＮＧ Ｗｅｉ', 'wangwei'],
  ])('%s → %s', (name, key) => {
    expect(personNameKey(name)).toBe(key)
  })
})

describe('phones', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['＋８６ １３８００１３８０００', '13800138000'],
    ['021-6123 4567', '02161234567'],
    ['+86 21 6123 4567', '02161234567'],
    ['(021) 61234567 转 8001', '02161234567'],
    ['+44 20 7946 0958', '+442079460958'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+1 (415) 555-0100 ext. 12', '+14155550100'],
  ])('%s → %s', (phone, key) => {
    expect(phoneKey(phone)).toBe(key)
  })

  it('too short to be a number has no key', () => {
    expect(phoneKey('123')).toBeNull()
    expect(phoneKey('')).toBeNull()
    expect(phoneKey(undefined)).toBeNull()
  })
})

describe('emails and tax numbers', () => {
  it('emails are trimmed and lower-cased', () => {
    expect(emailKey(' Wang.Wei@Example.COM ')).toBe('wang.wei@example.com')
    expect(emailKey('ｗａｎｇ@example.com')).toBe('wang@example.com')
    expect(emailKey('not an email')).toBeNull()
  })

  it('tax numbers keep letters and digits, upper case', () => {
    expect(taxNumberKey('91310000 mA1k 4abc1x')).toBe('91310000MA1K4ABC1X')
    expect(taxNumberKey('n/a')).toBeNull()
  })
})
