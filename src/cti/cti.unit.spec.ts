import { describe, expect, it } from 'vitest'
import { signBody } from '../webhooks/signature'
import { callState } from './callState'
import { statsDays } from './callStats'
import { customerNumber, readCtiEvent } from './ctiEvent'
import { verifyCtiSignature } from './verifyCtiSignature'

const T = '2026-03-02T02:00:00.000Z'
const plus = (s: number) => new Date(new Date(T).getTime() + s * 1000).toISOString()

describe('callState', () => {
  it.each([
    [{}, 'ringing', null],
    [{ ringingAt: T }, 'ringing', null],
    [{ ringingAt: T, answeredAt: plus(5) }, 'answered', null],
    [{ ringingAt: T, endedAt: plus(30) }, 'missed', 0],
    [{ endedAt: plus(30) }, 'missed', 0],
    [{ ringingAt: T, answeredAt: plus(5), endedAt: plus(100) }, 'completed', 95],
    [{ answeredAt: plus(5), endedAt: plus(100) }, 'completed', 95],
    // Clocks of a telephone system can disagree by a second: never a negative talk time.
    [{ answeredAt: plus(5), endedAt: plus(4) }, 'completed', 0],
  ])('%o is %s with %s s', (times, status, duration) => {
    expect(callState(times)).toEqual({ status, durationSeconds: duration })
  })
})

describe('readCtiEvent', () => {
  const good = { event: 'ringing', callId: 'c1', direction: 'inbound', from: '138 0013 8000', to: '400', agent: '801' }

  it('reads a good event, the time from seconds, milliseconds or ISO', () => {
    const read = readCtiEvent({ ...good, timestamp: 1772416800 })
    expect(read).toEqual({
      event: { ...good, at: '2026-03-02T02:00:00.000Z', recordingUrl: null },
    })
    expect(readCtiEvent({ ...good, timestamp: 1772416800000 })).toEqual(read)
    expect(readCtiEvent({ ...good, timestamp: '2026-03-02T10:00:00+08:00' })).toEqual(read)
  })

  it('names every bad field', () => {
    const read = readCtiEvent({ event: 'ring', callId: '', direction: 'inbound', timestamp: 'soon', recordingUrl: 'file:///x' })
    expect('problems' in read && read.problems.map((p) => p.path)).toEqual([
      'event',
      'callId',
      'from',
      'timestamp',
      'recordingUrl',
    ])
    const outbound = readCtiEvent({ ...good, direction: 'outbound', to: '' })
    expect('problems' in outbound && outbound.problems.map((p) => p.path)).toEqual(['to'])
  })

  it('takes the customer’s side of the call', () => {
    expect(customerNumber({ direction: 'inbound', from: 'A', to: 'B' })).toBe('A')
    expect(customerNumber({ direction: 'outbound', from: 'A', to: 'B' })).toBe('B')
  })
})

describe('verifyCtiSignature', () => {
  const now = Date.parse(T)
  const t = Math.floor(now / 1000)
  it.each([
    ['ok', signBody('s', '{}', t), 'ok'],
    ['4 minutes old', signBody('s', '{}', t - 240), 'ok'],
    ['6 minutes old', signBody('s', '{}', t - 360), 'expired'],
    ['6 minutes ahead', signBody('s', '{}', t + 360), 'expired'],
    ['another secret', signBody('x', '{}', t), 'bad'],
    ['another body', signBody('s', '{ }', t), 'bad'],
    ['no timestamp', 'v1=00', 'bad'],
  ])('%s', (_name, header, result) => {
    expect(verifyCtiSignature('s', '{}', header, now)).toBe(result)
  })
  it('a missing header is missing', () => expect(verifyCtiSignature('s', '{}', null, now)).toBe('missing'))
})

describe('statsDays', () => {
  it('covers each day of the range, both ends, in the tenant’s time zone', () => {
    const days = statsDays('2026-03-01', '2026-03-02', 'Asia/Shanghai')
    expect(days?.map((d) => [d.key, d.from.toISOString(), d.to.toISOString()])).toEqual([
      ['2026-03-01', '2026-02-28T16:00:00.000Z', '2026-03-01T16:00:00.000Z'],
      ['2026-03-02', '2026-03-01T16:00:00.000Z', '2026-03-02T16:00:00.000Z'],
    ])
  })
  it.each([
    ['2026-03-02', '2026-03-01'],
    ['yesterday', '2026-03-01'],
    ['2020-01-01', '2026-03-01'],
  ])('refuses %s – %s', (from, to) => expect(statsDays(from, to, 'UTC')).toBeNull())
})
