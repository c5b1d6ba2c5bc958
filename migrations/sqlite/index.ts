import * as migration_20261128_010253_initial from './20261128_010253_initial'
import * as migration_20261128_011539_public_pool from './20261128_011539_public_pool'
import * as migration_20261128_012012_recycle_bin from './20261128_012012_recycle_bin'
import * as migration_20261128_021225_invoice_paid from './20261128_021225_invoice_paid'
import * as migration_20261128_041039_dedupe_privacy_stock_numbering_printing_custom_fields from './20261128_041039_dedupe_privacy_stock_numbering_printing_custom_fields'
import * as migration_20261128_070725_designer_permissions_slots_evolution from './20261128_070725_designer_permissions_slots_evolution'
import * as migration_20261128_111415_workspace_workflows_public_forms from './20261128_111415_workspace_workflows_public_forms'
import * as migration_20261128_114301_public_form_log_keeps_deleted_forms from './20261128_114301_public_form_log_keeps_deleted_forms'
import * as migration_20261128_141845_session5_workflows_approvals_workspace from './20261128_141845_session5_workflows_approvals_workspace'
import * as migration_20261128_173428_session6_exports_announcements_reports_imports_calls from './20261128_173428_session6_exports_announcements_reports_imports_calls'
import * as migration_20261128_200545_session7_email from './20261128_200545_session7_email'
import * as migration_20261129_014403_session8_plans_timeline_care_sms from './20261129_014403_session8_plans_timeline_care_sms'
import * as migration_20261129_034835_sms_cancel_and_care from './20261129_034835_sms_cancel_and_care'
import * as migration_20261129_044018_lab_presets from './20261129_044018_lab_presets'
import * as migration_20261129_075745_lab_console from './20261129_075745_lab_console'

export const migrations = [
  {
    up: migration_20261128_010253_initial.up,
    down: migration_20261128_010253_initial.down,
    name: '20261128_010253_initial',
  },
  {
    up: migration_20261128_011539_public_pool.up,
    down: migration_20261128_011539_public_pool.down,
    name: '20261128_011539_public_pool',
  },
  {
    up: migration_20261128_012012_recycle_bin.up,
    down: migration_20261128_012012_recycle_bin.down,
    name: '20261128_012012_recycle_bin',
  },
  {
    up: migration_20261128_021225_invoice_paid.up,
    down: migration_20261128_021225_invoice_paid.down,
    name: '20261128_021225_invoice_paid',
  },
  {
    up: migration_20261128_041039_dedupe_privacy_stock_numbering_printing_custom_fields.up,
    down: migration_20261128_041039_dedupe_privacy_stock_numbering_printing_custom_fields.down,
    name: '20261128_041039_dedupe_privacy_stock_numbering_printing_custom_fields',
  },
  {
    up: migration_20261128_070725_designer_permissions_slots_evolution.up,
    down: migration_20261128_070725_designer_permissions_slots_evolution.down,
    name: '20261128_070725_designer_permissions_slots_evolution',
  },
  {
    up: migration_20261128_111415_workspace_workflows_public_forms.up,
    down: migration_20261128_111415_workspace_workflows_public_forms.down,
    name: '20261128_111415_workspace_workflows_public_forms',
  },
  {
    up: migration_20261128_114301_public_form_log_keeps_deleted_forms.up,
    down: migration_20261128_114301_public_form_log_keeps_deleted_forms.down,
    name: '20261128_114301_public_form_log_keeps_deleted_forms',
  },
  {
    up: migration_20261128_141845_session5_workflows_approvals_workspace.up,
    down: migration_20261128_141845_session5_workflows_approvals_workspace.down,
    name: '20261128_141845_session5_workflows_approvals_workspace',
  },
  {
    up: migration_20261128_173428_session6_exports_announcements_reports_imports_calls.up,
    down: migration_20261128_173428_session6_exports_announcements_reports_imports_calls.down,
    name: '20261128_173428_session6_exports_announcements_reports_imports_calls',
  },
  {
    up: migration_20261128_200545_session7_email.up,
    down: migration_20261128_200545_session7_email.down,
    name: '20261128_200545_session7_email',
  },
  {
    up: migration_20261129_014403_session8_plans_timeline_care_sms.up,
    down: migration_20261129_014403_session8_plans_timeline_care_sms.down,
    name: '20261129_014403_session8_plans_timeline_care_sms',
  },
  {
    up: migration_20261129_034835_sms_cancel_and_care.up,
    down: migration_20261129_034835_sms_cancel_and_care.down,
    name: '20261129_034835_sms_cancel_and_care',
  },
  {
    up: migration_20261129_044018_lab_presets.up,
    down: migration_20261129_044018_lab_presets.down,
    name: '20261129_044018_lab_presets',
  },
  {
    up: migration_20261129_075745_lab_console.up,
    down: migration_20261129_075745_lab_console.down,
    name: '20261129_075745_lab_console',
  },
]
