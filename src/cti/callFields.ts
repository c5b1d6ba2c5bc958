import type { Field } from 'payload'
import { label, option } from '../i18n/label'

export const CALL_DIRECTIONS = ['inbound', 'outbound'] as const
export const CALL_STATUSES = ['ringing', 'answered', 'missed', 'completed'] as const
export const CALL_OUTCOMES = ['resolved', 'followUp', 'interested', 'notInterested', 'wrongNumber', 'voicemail'] as const
export type CallDirection = (typeof CALL_DIRECTIONS)[number]
export type CallStatus = (typeof CALL_STATUSES)[number]

const onlyForCalls = (data: Record<string, unknown> | undefined) => data?.type === 'call' && Boolean(data?.callId)

/**
 * What a telephone system (CTI) tells about a call, on the call's activity. A call is an activity of
 * type `call` rather than a collection of its own, so it sits on the record's timeline, in the calendar
 * and in exports, and a completed call moves the customer's last follow-up like any other follow-up.
 * `callId` is unique per tenant: the CTI's retries and late events find the same row.
 */
export const callFields = (): Field[] => [
  {
    type: 'collapsible',
    label: label('Telephone call', '电话呼叫'),
    admin: { condition: (data) => onlyForCalls(data) },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'callId', type: 'text', label: label('Call ID', '呼叫编号'), admin: { readOnly: true } },
          {
            name: 'callDirection',
            type: 'select',
            label: label('Direction', '方向'),
            options: [option('inbound', 'Inbound', '呼入'), option('outbound', 'Outbound', '呼出')],
            admin: { readOnly: true },
          },
          { name: 'callNumber', type: 'text', label: label('Number', '号码'), admin: { readOnly: true } },
          {
            name: 'callStatus',
            type: 'select',
            label: label('Call status', '通话状态'),
            options: [
              option('ringing', 'Ringing', '振铃中'),
              option('answered', 'In progress', '通话中'),
              option('missed', 'Missed', '未接'),
              option('completed', 'Completed', '已完成'),
            ],
            admin: { readOnly: true },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'callRingingAt',
            type: 'date',
            label: label('Rang', '振铃时间'),
            admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
          },
          {
            name: 'callAnsweredAt',
            type: 'date',
            label: label('Answered', '接听时间'),
            admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
          },
          {
            name: 'callEndedAt',
            type: 'date',
            label: label('Hung up', '挂断时间'),
            admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
          },
          {
            name: 'callDurationSeconds',
            type: 'number',
            min: 0,
            label: label('Talk time (s)', '通话时长（秒）'),
            admin: { readOnly: true },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'callOutcome',
            type: 'select',
            label: label('Call outcome', '通话结果'),
            options: [
              option('resolved', 'Resolved', '已解决'),
              option('followUp', 'Needs follow-up', '需跟进'),
              option('interested', 'Interested', '有意向'),
              option('notInterested', 'Not interested', '无意向'),
              option('wrongNumber', 'Wrong number', '打错电话'),
              option('voicemail', 'Voicemail', '语音留言'),
            ],
          },
          { name: 'callAgentExtension', type: 'text', label: label('Agent extension', '坐席分机'), admin: { readOnly: true } },
          { name: 'callRecordingUrl', type: 'text', label: label('Recording', '录音'), admin: { readOnly: true } },
        ],
      },
    ],
  },
]
