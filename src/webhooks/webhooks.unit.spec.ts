import { describe, expect, it } from 'vitest'
import { urlProblem } from './checkUrl'
import { signBody, verifySignature } from './signature'

describe('webhook URLs', () => {
  it.each([
    ['https://hooks.example.com/x', {}, null],
    ['http://127.0.0.1:8080/hook', {}, null],
    ['ftp://example.com/x', {}, 'badUrl'],
    ['not a url', {}, 'badUrl'],
    [42, {}, 'badUrl'],
    ['http://127.0.0.1/hook', { FORMWORK_WEBHOOKS_PUBLIC_ONLY: '1' }, 'privateUrl'],
    ['http://localhost/hook', { FORMWORK_WEBHOOKS_PUBLIC_ONLY: '1' }, 'privateUrl'],
    ['http://10.1.2.3/hook', { FORMWORK_WEBHOOKS_PUBLIC_ONLY: '1' }, 'privateUrl'],
    ['http://172.20.0.1/hook', { FORMWORK_WEBHOOKS_PUBLIC_ONLY: '1' }, 'privateUrl'],
    ['http://192.168.1.1/hook', { FORMWORK_WEBHOOKS_PUBLIC_ONLY: '1' }, 'privateUrl'],
    ['http://[::1]/hook', { FORMWORK_WEBHOOKS_PUBLIC_ONLY: '1' }, 'privateUrl'],
    ['http://172.32.0.1/hook', { FORMWORK_WEBHOOKS_PUBLIC_ONLY: '1' }, null],
    ['https://hooks.example.com/x', { FORMWORK_WEBHOOKS_PUBLIC_ONLY: '1' }, null],
  ])('%s %j → %s', (url, env, problem) => {
    expect(urlProblem(url, env as NodeJS.ProcessEnv)).toBe(problem)
  })
})

describe('webhook signatures', () => {
  it('verifies with the secret and the exact body only', () => {
    const header = signBody('secret', '{"a":1}', 1_700_000_000)
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/)
    expect(verifySignature('secret', '{"a":1}', header)).toBe(true)
    expect(verifySignature('secret', '{"a":2}', header)).toBe(false)
    expect(verifySignature('other', '{"a":1}', header)).toBe(false)
    expect(verifySignature('secret', '{"a":1}', header.replace('t=1700000000', 't=1700000001'))).toBe(false)
    expect(verifySignature('secret', '{"a":1}', 'garbage')).toBe(false)
  })
})
