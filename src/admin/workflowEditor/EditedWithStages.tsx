'use client'
import type { JSONFieldClientComponent } from 'payload'

/** `transitions` is edited by the workflow editor drawn for `stages`: nothing of its own to draw. */
export const EditedWithStages: JSONFieldClientComponent = () => null
