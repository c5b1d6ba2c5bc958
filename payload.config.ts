import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import { collections } from './collections'
import { approvalEndpoints } from './src/approvals/server/endpoints'
import { calendarConflictsEndpoint, calendarEventsEndpoint } from './src/calendar/server/calendarEndpoints'
import { payloadSecret } from './src/config/secret'
import { ctiEndpoints } from './src/cti/endpoints'
import { databaseAdapter } from './src/db/databaseAdapter'
import { outboxEmailAdapter } from './src/email/outboxEmailAdapter'
import { handOverEndpoint } from './src/handover/endpoint'
import { i18nConfig } from './src/i18n'
import { jobsConfig } from './src/jobs/jobsConfig'
import { labEndpoints } from './src/labs/api'
import { personalDataEndpoints } from './src/privacy/endpoints'
import { publicFormEndpoints } from './src/publicForms/endpoints'
import { recycleBinEndpoints } from './src/recycleBin/endpoints'
import { smsEndpoints } from './src/sms/endpoints'
import { workflowEndpoints } from './src/workflow/server/endpoints'
import { searchEndpoint } from './src/workspace/search/searchEndpoint'

// fileURLToPath rather than import.meta.dirname: the latter is undefined inside Next's server bundle.
const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: process.env.SERVER_URL || '',
  secret: payloadSecret(),
  db: databaseAdapter(),
  collections,
  endpoints: [
    ...recycleBinEndpoints,
    handOverEndpoint,
    ...personalDataEndpoints,
    ...workflowEndpoints,
    ...publicFormEndpoints,
    ...approvalEndpoints,
    searchEndpoint,
    calendarEventsEndpoint,
    calendarConflictsEndpoint,
    ...ctiEndpoints,
    ...smsEndpoints,
    ...labEndpoints,
  ],
  i18n: i18nConfig,
  email: outboxEmailAdapter(),
  jobs: jobsConfig,
  cookiePrefix: 'formwork',
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  // Payload's pretty logger by default; FORMWORK_LOG_LEVEL (tests use `fatal`) swaps in a plain one at that level.
  ...(process.env.FORMWORK_LOG_LEVEL ? { logger: { options: { level: process.env.FORMWORK_LOG_LEVEL } } } : {}),
  admin: {
    user: 'users',
    avatar: 'default',
    meta: { titleSuffix: ' · Formwork' },
    importMap: { baseDir: dirname, importMapFile: path.join(dirname, 'src/app/(payload)/admin/importMap.js') },
    components: {
      actions: ['/src/admin/header/TenantSelector#TenantSelector', '/src/admin/header/LanguageSwitch#LanguageSwitch'],
      afterNavLinks: [
        '/src/admin/nav/SessionsNavLink#SessionsNavLink',
        '/src/admin/nav/RecycleBinNavLink#RecycleBinNavLink',
        '/src/admin/nav/DesignerNavLink#DesignerNavLink',
      ],
      views: {
        sessions: { Component: '/src/admin/sessions/SessionsView#SessionsView', path: '/sessions' },
        recycleBin: { Component: '/src/admin/recycleBin/RecycleBinView#RecycleBinView', path: '/recycle-bin' },
        designer: { Component: '/src/admin/designer/DesignerView#DesignerView', path: '/designer' },
      },
    },
  },
  // Ids are numbers on SQL and strings on MongoDB, so the Local API stays untyped by ids (declare: false).
  typescript: { outputFile: path.join(dirname, 'src/payload-types.ts'), declare: false },
})
