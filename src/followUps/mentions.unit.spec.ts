import { describe, expect, it } from 'vitest'
import { mentionMarker, mentionParts, mentionsIn, withoutMarkers } from './mentions'

describe('mentions', () => {
  it('are found once per user, in order, and nothing else looks like one', () => {
    const text = `Call with ${mentionMarker('王芳', 12)} and @[Li Lei](user:7), again @[王芳](user:12); @plain [x](user:3)`
    expect(mentionsIn(text)).toEqual([
      { name: '王芳', id: '12' },
      { name: 'Li Lei', id: '7' },
    ])
    expect(mentionsIn(null)).toEqual([])
    expect(mentionsIn('no mentions @here')).toEqual([])
  })

  it('markers keep the name readable and survive brackets in names', () => {
    expect(mentionMarker('A [B] (C)', 'abc-1')).toBe('@[A  B   C](user:abc-1)')
    expect(withoutMarkers('Hi @[Li Lei](user:7)!')).toBe('Hi @Li Lei!')
    expect(mentionParts('Hi @[Li](user:7)!')).toEqual([{ text: 'Hi ' }, { mention: { name: 'Li', id: '7' } }, { text: '!' }])
  })
})
