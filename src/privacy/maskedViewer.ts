import type { PayloadRequest } from 'payload'
import { getAccessContext } from '../access/accessContext'

/**
 * Whether this read or write is made for someone who sees personal data masked. Server code that
 * overrides access (conversions, exports, the audit trail) always works with the real values.
 */
export async function isMaskedViewer(req: PayloadRequest, overrideAccess: boolean | undefined): Promise<boolean> {
  if (overrideAccess === true || !req.user) return false
  const context = await getAccessContext(req)
  return Boolean(context?.maskPersonalData)
}
