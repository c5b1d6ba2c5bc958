import type { PayloadRequest } from 'payload'
import type { Id } from '../../access/types'
import { activeConfigs } from '../../config/activeConfigs'
import type { Process } from '../engine'
import { type ProcessDoc, toProcess } from './toProcess'

const processes = activeConfigs('approval-processes', (doc) => toProcess(doc as unknown as ProcessDoc), 'priority')

export const forgetProcesses = processes.forget

/** The active approval processes of an entity in a tenant, in priority order. */
export const activeProcesses: (req: PayloadRequest, tenant: Id, entity: string) => Promise<Process[]> = processes.load
