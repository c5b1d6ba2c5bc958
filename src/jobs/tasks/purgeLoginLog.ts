import type { TaskConfig } from 'payload'

const RETENTION_DAYS = Number(process.env.FORMWORK_LOGIN_LOG_DAYS ?? 180)

/** Nightly: login attempts older than the retention period are deleted (personal data kept no longer than needed). */
export const purgeLoginLog: TaskConfig<'purgeLoginLog'> = {
  slug: 'purgeLoginLog',
  schedule: [{ cron: '30 3 * * *', queue: 'default' }],
  outputSchema: [{ name: 'before', type: 'text' }],
  handler: async ({ req }) => {
    const before = new Date(Date.now() - RETENTION_DAYS * 24 * 3600 * 1000).toISOString()
    await req.payload.delete({ collection: 'login-log', where: { createdAt: { less_than: before } }, overrideAccess: true })
    return { output: { before } }
  },
}
