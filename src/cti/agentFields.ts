import type { Field } from 'payload'
import { label, option } from '../i18n/label'

export const AGENT_STATUSES = ['available', 'busy', 'offline'] as const
export type AgentStatus = (typeof AGENT_STATUSES)[number]
export const isAgentStatus = (value: unknown): value is AgentStatus => (AGENT_STATUSES as readonly unknown[]).includes(value)

/**
 * A call-centre agent's place in one tenant, on the membership: the extension the CTI names them by,
 * and their status there (the same person may take calls for one company and not another).
 * `agentOnCall` remembers the call that made them busy, so its hang-up frees them and nothing else does.
 */
export const agentMembershipFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'extension', type: 'text', label: label('Phone extension', '分机号') },
      {
        name: 'agentStatus',
        type: 'select',
        defaultValue: 'offline',
        label: label('Agent status', '坐席状态'),
        options: [option('available', 'Available', '空闲'), option('busy', 'Busy', '忙碌'), option('offline', 'Offline', '离线')],
      },
      { name: 'agentOnCall', type: 'text', label: label('Busy with call', '当前通话'), admin: { hidden: true } },
    ],
  },
]
