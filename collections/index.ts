import { Accounts } from './Accounts'
import { Activities } from './Activities'
import { AnnouncementReads } from './AnnouncementReads'
import { Announcements } from './Announcements'
import { ApprovalProcesses } from './ApprovalProcesses'
import { ApprovalRequests } from './ApprovalRequests'
import { AssignmentCursors } from './AssignmentCursors'
import { AuditLog } from './AuditLog'
import { Campaigns } from './Campaigns'
import { CareOccurrences } from './CareOccurrences'
import { CareRules } from './CareRules'
import { Contacts } from './Contacts'
import { Contracts } from './Contracts'
import { Dashboards } from './Dashboards'
import { Departments } from './Departments'
import { Dictionaries } from './Dictionaries'
import { DocumentSnapshots } from './DocumentSnapshots'
import { Documents } from './Documents'
import { EmailMessages } from './EmailMessages'
import { EntitySchemas } from './EntitySchemas'
import { ExportJobs } from './ExportJobs'
import { ExportTemplates } from './ExportTemplates'
import { Faqs } from './Faqs'
import { ImportMappings } from './ImportMappings'
import { ImportRows } from './ImportRows'
import { Imports } from './Imports'
import { LabPresets } from './LabPresets'
import { LabSnapshots } from './LabSnapshots'
import { Leads } from './Leads'
import { LoginLog } from './LoginLog'
import { Mailboxes } from './Mailboxes'
import { Notes } from './Notes'
import { Notifications } from './Notifications'
import { NumberCounters } from './NumberCounters'
import { NumberSequences } from './NumberSequences'
import { Opportunities } from './Opportunities'
import { Outbox } from './Outbox'
import { Payments } from './Payments'
import { PriceBooks } from './PriceBooks'
import { ProductCategories } from './ProductCategories'
import { Products } from './Products'
import { PublicFormSubmissions } from './PublicFormSubmissions'
import { PublicForms } from './PublicForms'
import { Reports } from './Reports'
import { Roles } from './Roles'
import { Invoices, PurchaseOrders, Quotes, SalesOrders } from './SalesDocuments'
import { SalesTargets } from './SalesTargets'
import { SavedViews } from './SavedViews'
import { SchemaMigrations } from './SchemaMigrations'
import { ServiceRequests } from './ServiceRequests'
import { SmsBatches } from './SmsBatches'
import { SmsGateways } from './SmsGateways'
import { SmsMessages } from './SmsMessages'
import { StockMoves } from './StockMoves'
import { Tasks } from './Tasks'
import { Tenants } from './Tenants'
import { Users } from './Users'
import { Vendors } from './Vendors'
import { WebhookDeliveries } from './WebhookDeliveries'
import { WebhookSubscriptions } from './WebhookSubscriptions'
import { WorkflowEffects } from './WorkflowEffects'
import { Workflows } from './Workflows'
import { WorkflowTransitions } from './WorkflowTransitions'
import { WorkPlans } from './WorkPlans'

/** Every collection, in the order the admin's navigation shows them (grouped by module). */
export const collections = [
  // Customers
  Accounts,
  Contacts,
  Leads,
  // Sales
  Opportunities,
  Activities,
  Quotes,
  SalesOrders,
  Invoices,
  Contracts,
  Payments,
  // Products
  Products,
  ProductCategories,
  PriceBooks,
  Vendors,
  PurchaseOrders,
  // Service
  ServiceRequests,
  Faqs,
  // Marketing and office
  Campaigns,
  Tasks,
  Notes,
  Announcements,
  Documents,
  // Organisation and settings
  Tenants,
  Users,
  Departments,
  Roles,
  Dictionaries,
  AuditLog,
  LoginLog,
  Outbox,
  // Added later: Payload numbers compound indexes by position, so new collections go last.
  StockMoves,
  EntitySchemas,
  NumberSequences,
  NumberCounters,
  ExportTemplates,
  DocumentSnapshots,
  SchemaMigrations,
  SavedViews,
  Workflows,
  WorkflowTransitions,
  PublicForms,
  PublicFormSubmissions,
  Notifications,
  ApprovalProcesses,
  ApprovalRequests,
  WorkflowEffects,
  AssignmentCursors,
  WebhookSubscriptions,
  WebhookDeliveries,
  ExportJobs,
  AnnouncementReads,
  Reports,
  Dashboards,
  SalesTargets,
  Imports,
  ImportRows,
  ImportMappings,
  Mailboxes,
  EmailMessages,
  WorkPlans,
  CareRules,
  CareOccurrences,
  SmsGateways,
  SmsBatches,
  SmsMessages,
  LabPresets,
  LabSnapshots,
]
