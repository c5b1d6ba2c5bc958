import type { Workflow } from '../../../src/workflow/engine/types'
import { fieldEvent, projectOpportunity, serviceRepair } from '../../../src/workflow/presets'
import type { FlowDoc } from './flowDoc'

/** The presets an admin may start from, by key. */
export const FLOW_PRESETS: readonly Workflow[] = [serviceRepair, projectOpportunity, fieldEvent]

/** A preset's stages and transitions as a new document: a deep copy, so editing never touches the preset. */
export function fromPreset(key: string): FlowDoc | null {
  const preset = FLOW_PRESETS.find((p) => p.key === key)
  if (!preset) return null
  return structuredClone({ stages: preset.stages, transitions: preset.transitions })
}
