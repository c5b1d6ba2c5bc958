import { describe, expect, it } from 'vitest'
import { creationProgress } from './creationProgress'
import { LAB_TEXTS } from './labTexts'

describe('creationProgress', () => {
  it('names the group being made in each language and fills the bar as groups finish', () => {
    const third = creationProgress({ type: 'progress', step: 'group', done: 3, total: 40 }, 'zh')
    expect(third.label).toBe('第 3/40 组')
    expect(creationProgress({ type: 'progress', step: 'group', done: 3, total: 40 }, 'en').label).toBe('Group 3 of 40')
    const last = creationProgress({ type: 'progress', step: 'group', done: 40, total: 40 }, 'en')
    expect(last.fraction).toBeGreaterThan(third.fraction)
    expect(last.fraction).toBeLessThan(1)
  })

  it('ends full with the students, and starts empty', () => {
    const students = creationProgress({ type: 'progress', step: 'students', done: 12, total: 12 }, 'en')
    expect(students).toEqual({ fraction: 1, label: 'Students 12 of 12' })
    expect(creationProgress(null, 'zh')).toEqual({ fraction: 0, label: '正在开始…' })
  })
})

describe('the console texts', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
  it('have the same keys and placeholders in Chinese and English', () => {
    expect(Object.keys(LAB_TEXTS.zh).sort()).toEqual(Object.keys(LAB_TEXTS.en).sort())
    for (const key of Object.keys(LAB_TEXTS.en) as (keyof typeof LAB_TEXTS.en)[]) {
      expect(LAB_TEXTS.zh[key].trim(), key).not.toBe('')
      expect(placeholders(LAB_TEXTS.zh[key]), key).toEqual(placeholders(LAB_TEXTS.en[key]))
    }
  })
})
