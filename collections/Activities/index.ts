import type { CollectionConfig } from 'payload'
import { eventTimesHook, MAX_REMIND_MINUTES } from '../../src/calendar/reminders/eventTimesHook'
import { callFields } from '../../src/cti/callFields'
import { effectKeyField } from '../../src/fields/effectKey'
import { relatedToField } from '../../src/fields/relatedTo'
import { updateLastFollowUp } from '../../src/followUps/lastFollowUp'
import { notifyMentions } from '../../src/followUps/mentionNotices'
import { collectionLabels, label, option } from '../../src/i18n/label'
import { businessCollection } from '../../src/tenancy/businessCollection'

/** Activities (跟进记录/日程): calls, visits, meetings, emails, tasks and events; the timeline and the calendar. */
export const Activities: CollectionConfig = businessCollection({
  slug: 'activities',
  labels: collectionLabels('Activity', 'Activities', '活动记录'),
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'type', 'startAt', 'status', 'owner'],
    group: label('Sales', '销售管理'),
  },
  hooks: {
    // Times are checked and the reminder armed before the business hooks see the write.
    beforeChange: [eventTimesHook],
    // A done activity is a follow-up of its record; mentions in its outcome notify the colleagues named.
    afterChange: [updateLastFollowUp, notifyMentions('outcome', 'subject')],
  },
  // The calendar reads one person's events in a time range; a CTI call id is one call per tenant.
  indexes: [
    { fields: ['owner', 'startAt', 'deletedAt'] },
    { fields: ['tenant', 'callId'], unique: true },
    // A record's timeline: its activities newest first, straight off the index.
    { fields: ['relatedKey', 'startAt'] },
  ],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'subject', type: 'text', required: true, label: label('Subject', '主题') },
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'call',
          index: true,
          label: label('Type', '类型'),
          options: [
            option('call', 'Call', '电话'),
            option('visit', 'Visit', '拜访'),
            option('meeting', 'Meeting', '会议'),
            option('email', 'Email', '邮件'),
            option('task', 'Task', '任务'),
            option('event', 'Event', '事件'),
            option('note', 'Note', '备注'),
          ],
        },
        {
          name: 'status',
          type: 'select',
          defaultValue: 'planned',
          label: label('Status', '状态'),
          options: [
            option('planned', 'Planned', '计划中'),
            option('done', 'Done', '已完成'),
            option('cancelled', 'Cancelled', '已取消'),
          ],
        },
      ],
    },
    relatedToField(),
    effectKeyField(),
    {
      type: 'row',
      fields: [
        {
          name: 'startAt',
          type: 'date',
          index: true,
          label: label('Starts', '开始'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'endAt', type: 'date', label: label('Ends', '结束'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'allDay', type: 'checkbox', defaultValue: false, label: label('All day', '全天') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'remindMinutesBefore',
          type: 'number',
          min: 0,
          max: MAX_REMIND_MINUTES,
          label: label('Remind (minutes before)', '提前提醒（分钟）'),
        },
        {
          // Start minus the reminder lead, kept by the hook: the reminder job's indexed column.
          name: 'remindAt',
          type: 'date',
          index: true,
          label: label('Reminder at', '提醒时间'),
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    { name: 'outcome', type: 'textarea', label: label('Outcome', '结果') },
    {
      name: 'workflowAction',
      type: 'text',
      index: true,
      label: label('Workflow action', '流程动作'),
      admin: { description: label('Done, this activity completes the stage action of this key', '完成后即完成该标识的阶段动作') },
    },
    { name: 'participants', type: 'relationship', relationTo: 'users', hasMany: true, label: label('Participants', '参与人') },
    { name: 'contacts', type: 'relationship', relationTo: 'contacts', hasMany: true, label: label('Contacts', '联系人') },
    ...callFields(),
  ],
})
