import type { TaskConfig } from 'payload'

const RETENTION_DAYS = Number(process.env.FORMWORK_FORM_LOG_DAYS ?? 90)

/**
 * Nightly: public form submission entries older than the retention period are deleted (they hold a
 * hashed address and a browser string; the rate limit only needs the last hour).
 */
export const purgePublicFormLog: TaskConfig<'purgePublicFormLog'> = {
  slug: 'purgePublicFormLog',
  schedule: [{ cron: '40 3 * * *', queue: 'default' }],
  outputSchema: [{ name: 'before', type: 'text' }],
  handler: async ({ req }) => {
    const before = new Date(Date.now() - RETENTION_DAYS * 24 * 3600 * 1000).toISOString()
    await req.payload.delete({
      collection: 'public-form-submissions',
      where: { createdAt: { less_than: before } },
      overrideAccess: true,
    })
    return { output: { before } }
  },
}
