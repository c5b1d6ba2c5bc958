import * as migration_20261128_010258_initial from './20261128_010258_initial'
import * as migration_20261128_011544_public_pool from './20261128_011544_public_pool'
import * as migration_20261128_012017_recycle_bin from './20261128_012017_recycle_bin'
import * as migration_20261128_021231_invoice_paid from './20261128_021231_invoice_paid'
import * as migration_20261128_041045_dedupe_privacy_stock_numbering_printing_custom_fields from './20261128_041045_dedupe_privacy_stock_numbering_printing_custom_fields'
import * as migration_20261128_070730_designer_permissions_slots_evolution from './20261128_070730_designer_permissions_slots_evolution'
import * as migration_20261128_111435_workspace_workflows_public_forms from './20261128_111435_workspace_workflows_public_forms'
import * as migration_20261128_114325_public_form_log_keeps_deleted_forms from './20261128_114325_public_form_log_keeps_deleted_forms'
import * as migration_20261128_141857_session5_workflows_approvals_workspace from './20261128_141857_session5_workflows_approvals_workspace'
import * as migration_20261128_173443_session6_exports_announcements_reports_imports_calls from './20261128_173443_session6_exports_announcements_reports_imports_calls'
import * as migration_20261128_200602_session7_email from './20261128_200602_session7_email'
import * as migration_20261129_014434_session8_plans_timeline_care_sms from './20261129_014434_session8_plans_timeline_care_sms'
import * as migration_20261129_034850_sms_cancel_and_care from './20261129_034850_sms_cancel_and_care'
import * as migration_20261129_044112_lab_presets from './20261129_044112_lab_presets'
import * as migration_20261129_075802_lab_console from './20261129_075802_lab_console'

export const migrations = [
  {
    up: migration_20261128_010258_initial.up,
    down: migration_20261128_010258_initial.down,
    name: '20261128_010258_initial',
  },
  {
    up: migration_20261128_011544_public_pool.up,
    down: migration_20261128_011544_public_pool.down,
    name: '20261128_011544_public_pool',
  },
  {
    up: migration_20261128_012017_recycle_bin.up,
    down: migration_20261128_012017_recycle_bin.down,
    name: '20261128_012017_recycle_bin',
  },
  {
    up: migration_20261128_021231_invoice_paid.up,
    down: migration_20261128_021231_invoice_paid.down,
    name: '20261128_021231_invoice_paid',
  },
  {
    up: migration_20261128_041045_dedupe_privacy_stock_numbering_printing_custom_fields.up,
    down: migration_20261128_041045_dedupe_privacy_stock_numbering_printing_custom_fields.down,
    name: '20261128_041045_dedupe_privacy_stock_numbering_printing_custom_fields',
  },
  {
    up: migration_20261128_070730_designer_permissions_slots_evolution.up,
    down: migration_20261128_070730_designer_permissions_slots_evolution.down,
    name: '20261128_070730_designer_permissions_slots_evolution',
  },
  {
    up: migration_20261128_111435_workspace_workflows_public_forms.up,
    down: migration_20261128_111435_workspace_workflows_public_forms.down,
    name: '20261128_111435_workspace_workflows_public_forms',
  },
  {
    up: migration_20261128_114325_public_form_log_keeps_deleted_forms.up,
    down: migration_20261128_114325_public_form_log_keeps_deleted_forms.down,
    name: '20261128_114325_public_form_log_keeps_deleted_forms',
  },
  {
    up: migration_20261128_141857_session5_workflows_approvals_workspace.up,
    down: migration_20261128_141857_session5_workflows_approvals_workspace.down,
    name: '20261128_141857_session5_workflows_approvals_workspace',
  },
  {
    up: migration_20261128_173443_session6_exports_announcements_reports_imports_calls.up,
    down: migration_20261128_173443_session6_exports_announcements_reports_imports_calls.down,
    name: '20261128_173443_session6_exports_announcements_reports_imports_calls',
  },
  {
    up: migration_20261128_200602_session7_email.up,
    down: migration_20261128_200602_session7_email.down,
    name: '20261128_200602_session7_email',
  },
  {
    up: migration_20261129_014434_session8_plans_timeline_care_sms.up,
    down: migration_20261129_014434_session8_plans_timeline_care_sms.down,
    name: '20261129_014434_session8_plans_timeline_care_sms',
  },
  {
    up: migration_20261129_034850_sms_cancel_and_care.up,
    down: migration_20261129_034850_sms_cancel_and_care.down,
    name: '20261129_034850_sms_cancel_and_care',
  },
  {
    up: migration_20261129_044112_lab_presets.up,
    down: migration_20261129_044112_lab_presets.down,
    name: '20261129_044112_lab_presets',
  },
  {
    up: migration_20261129_075802_lab_console.up,
    down: migration_20261129_075802_lab_console.down,
    name: '20261129_075802_lab_console',
  },
]
