import { ALL_SECTIONS } from '../bundle/sections'

/**
 * What a group copy carries: what a preset puts into a group — every bundle section (configuration and
 * sample records) — and what loading those records left behind that belongs to their state: the stock
 * moves of the bundled orders (a product's stock is their sum) and the numbering counters.
 */
export const COPIED_COLLECTIONS = new Set([...ALL_SECTIONS.map((s) => s.collection), 'stock-moves', 'number-counters'])

/**
 * Rows of the source group that are NOT copied, and why: they are the history and side effects of the
 * source's own writes, not the preset's content. A copy of them would be false (an audit row saying
 * someone changed a record of group 2 that was never written through the app), or would act again:
 * an outbox row would send its email once more, a notification would ping a user about another
 * group's record, a webhook delivery would be retried. Reads and logins are people's, not the preset's.
 * Departments (the group's own structure) are kept by a reset and never copied: a reference to one is
 * matched by name in the target. Roles are per tenant too: the source's are written over the target's
 * own by key (see cloneTenant).
 */
export const NOT_COPIED = new Set([
  'audit-log',
  'login-log',
  'outbox',
  'notifications',
  'webhook-deliveries',
  'export-jobs',
  'announcement-reads',
  'departments',
  'lab-snapshots',
])
