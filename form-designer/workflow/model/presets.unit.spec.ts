import { describe, expect, it } from 'vitest'
import { serviceRepair } from '../../../src/workflow/presets'
import { FLOW_PRESETS, fromPreset } from './presets'
import { updateStage } from './stageActions'

describe('fromPreset', () => {
  it.each(FLOW_PRESETS.map((p) => [p.key, p.stages.length] as const))('%s gives its %i stages', (key, count) => {
    expect(fromPreset(key)?.stages).toHaveLength(count)
  })

  it('is a copy: editing it leaves the preset alone', () => {
    const doc = fromPreset('service-repair')
    if (!doc) throw new Error('no preset')
    updateStage(doc, 0, { color: '#000000' }).stages[0].label.zh = 'x'
    doc.stages[0].label.zh = 'changed'
    expect(serviceRepair.stages[0].label.zh).toBe('报修受理')
  })

  it('an unknown preset gives nothing', () => {
    expect(fromPreset('nope')).toBeNull()
  })
})
