import { label } from '../i18n/label'

/**
 * Every tenant-scoped collection a role can grant. Roles pick from this list; a test checks that
 * every tenant-scoped collection in the config appears here, so none is left ungoverned.
 */
export const PERMISSIONED_COLLECTIONS = [
  { value: 'accounts', label: label('Accounts', '客户'), business: true },
  { value: 'contacts', label: label('Contacts', '联系人'), business: true },
  { value: 'leads', label: label('Leads', '线索'), business: true },
  { value: 'opportunities', label: label('Opportunities', '销售机会'), business: true },
  { value: 'activities', label: label('Activities', '活动记录'), business: true },
  { value: 'quotes', label: label('Quotes', '报价单'), business: true },
  { value: 'sales-orders', label: label('Sales orders', '销售订单'), business: true },
  { value: 'invoices', label: label('Invoices', '发票'), business: true },
  { value: 'contracts', label: label('Contracts', '合同'), business: true },
  { value: 'payments', label: label('Payments', '回款'), business: true },
  { value: 'products', label: label('Products', '产品'), business: true },
  { value: 'product-categories', label: label('Product categories', '产品分类'), business: true },
  { value: 'price-books', label: label('Price books', '价格表'), business: true },
  { value: 'vendors', label: label('Vendors', '供应商'), business: true },
  { value: 'purchase-orders', label: label('Purchase orders', '采购订单'), business: true },
  { value: 'service-requests', label: label('Service requests', '服务工单'), business: true },
  { value: 'faqs', label: label('FAQs', '常见问题'), business: true },
  { value: 'campaigns', label: label('Campaigns', '市场活动'), business: true },
  { value: 'tasks', label: label('Tasks', '任务'), business: true },
  { value: 'notes', label: label('Notes', '备忘'), business: true },
  { value: 'announcements', label: label('Announcements', '公告'), business: true },
  { value: 'documents', label: label('Documents', '文档'), business: true },
  { value: 'users', label: label('Users', '用户'), business: false },
  { value: 'departments', label: label('Departments', '部门'), business: false },
  { value: 'roles', label: label('Roles', '角色'), business: false },
  { value: 'dictionaries', label: label('Dictionaries', '数据字典'), business: false },
  { value: 'audit-log', label: label('Audit trail', '审计日志'), business: false },
  { value: 'login-log', label: label('Login log', '登录日志'), business: false },
  { value: 'outbox', label: label('Outbox', '发件箱'), business: false },
  { value: 'stock-moves', label: label('Stock moves', '库存流水'), business: false },
  { value: 'entity-schemas', label: label('Entity schemas', '实体结构'), business: false },
  { value: 'number-sequences', label: label('Number sequences', '编号规则'), business: false },
  { value: 'number-counters', label: label('Number counters', '编号计数器'), business: false },
  { value: 'export-templates', label: label('Export templates', '打印模板'), business: false },
  { value: 'saved-views', label: label('Saved views', '保存的视图'), business: false },
  { value: 'workflows', label: label('Workflows', '业务流程'), business: false },
  { value: 'workflow-transitions', label: label('Stage changes', '流转记录'), business: false },
  { value: 'public-forms', label: label('Public forms', '公开表单'), business: false },
  { value: 'public-form-submissions', label: label('Form submissions', '表单提交记录'), business: false },
  { value: 'notifications', label: label('Notifications', '通知'), business: false },
  { value: 'approval-processes', label: label('Approval processes', '审批流程'), business: false },
  { value: 'approval-requests', label: label('Approval requests', '审批单'), business: false },
  { value: 'workflow-effects', label: label('Workflow effects', '流程自动动作'), business: false },
  { value: 'assignment-cursors', label: label('Round robin cursors', '轮询指针'), business: false },
  { value: 'webhook-subscriptions', label: label('Webhook subscriptions', 'Webhook 订阅'), business: false },
  { value: 'webhook-deliveries', label: label('Webhook deliveries', 'Webhook 投递记录'), business: false },
  { value: 'export-jobs', label: label('Exports', '导出任务'), business: false },
  { value: 'announcement-reads', label: label('Read receipts', '已读回执'), business: false },
  { value: 'reports', label: label('Reports', '报表'), business: false },
  { value: 'dashboards', label: label('Dashboards', '仪表盘'), business: false },
  { value: 'sales-targets', label: label('Sales targets', '销售目标'), business: false },
  { value: 'mailboxes', label: label('Mailboxes', '邮箱设置'), business: false },
  { value: 'email-messages', label: label('Emails', '邮件'), business: false },
  { value: 'sms-gateways', label: label('SMS gateways', '短信网关'), business: false },
  { value: 'sms-batches', label: label('SMS batches', '短信群发'), business: false },
  { value: 'sms-messages', label: label('SMS messages', '短信记录'), business: false },
] as const

/** The CRM's own records (as opposed to organisation and system collections). */
export const BUSINESS_COLLECTIONS = PERMISSIONED_COLLECTIONS.filter((c) => c.business).map((c) => c.value)

export type PermissionedSlug = (typeof PERMISSIONED_COLLECTIONS)[number]['value']
