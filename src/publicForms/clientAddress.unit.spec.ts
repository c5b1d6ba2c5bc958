import { describe, expect, it } from 'vitest'
import { clientAddress, hashAddress, trustedProxies } from './clientAddress'

const headers = (values: Record<string, string>) => new Headers(values)

describe("a visitor's address", () => {
  it('is the entry the nearest trusted proxy appended, whatever the client put before it', () => {
    const forged = headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' })
    expect(clientAddress(forged, 1)).toBe('203.0.113.7')
    expect(clientAddress(headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.2' }), 2)).toBe('203.0.113.7')
  })

  it('falls back to the leftmost entry, X-Real-IP, then "unknown"', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.7' }), 3)).toBe('203.0.113.7')
    expect(clientAddress(headers({ 'x-real-ip': '198.51.100.1' }), 1)).toBe('198.51.100.1')
    expect(clientAddress(headers({}), 1)).toBe('unknown')
  })

  it('reads the number of proxies from FORMWORK_TRUSTED_PROXIES, one by default', () => {
    expect(trustedProxies({} as NodeJS.ProcessEnv)).toBe(1)
    expect(trustedProxies({ FORMWORK_TRUSTED_PROXIES: '2' } as unknown as NodeJS.ProcessEnv)).toBe(2)
    expect(trustedProxies({ FORMWORK_TRUSTED_PROXIES: 'many' } as unknown as NodeJS.ProcessEnv)).toBe(1)
  })

  it('is stored as a keyed hash: stable per secret, different across secrets, never the address', () => {
    const a = hashAddress('203.0.113.7', 'one')
    expect(a).toBe(hashAddress('203.0.113.7', 'one'))
    expect(a).not.toBe(hashAddress('203.0.113.7', 'two'))
    expect(a).not.toBe(hashAddress('203.0.113.8', 'one'))
    expect(a).not.toContain('203')
    expect(a).toMatch(/^[0-9a-f]{32}$/)
  })
})
