import { getPayload, type Payload, type SanitizedConfig } from 'payload'

let config: SanitizedConfig | null = null

/** The real app's config and Payload instance, on this test file's own database. */
export async function bootPayload(): Promise<{ payload: Payload; config: SanitizedConfig }> {
  config ??= await (await import('@payload-config')).default
  const payload = await getPayload({ config, key: process.env.DATABASE_URL })
  return { payload, config }
}

/**
 * Payload's destroy() leaves the driver's connections open (the pg pool, the libsql client);
 * close them so the per-file database can be dropped without killing live connections.
 */
export async function shutdownPayload(payload: Payload | undefined) {
  if (!payload) return
  await payload.destroy()
  const db = payload.db as unknown as {
    pool?: { end: () => Promise<void>; on: (event: string, listener: () => void) => void }
    client?: { close: () => void }
  }
  // Connections still checked out when the database is dropped report an error: expected here.
  db.pool?.on('error', () => undefined)
  void db.pool?.end().catch(() => undefined)
  db.client?.close()
}
