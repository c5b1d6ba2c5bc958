import { randomBytes } from 'node:crypto'
import type { Field, FieldAccess } from 'payload'
import { getAccessContext } from '../access/accessContext'
import { label } from '../i18n/label'

/** Only the tenant's admins (and super admins) read or change the CTI secret: it lets anyone log calls. */
const tenantAdminsOnly: FieldAccess = async ({ req }) => {
  const context = await getAccessContext(req)
  return Boolean(context && (context.superAdmin || context.tenantAdmin))
}

export const newCtiSecret = () => randomBytes(24).toString('hex')

/**
 * The tenant's telephone system (CTI) link: the shared secret the CTI signs its events with (HMAC-SHA256
 * in `X-Formwork-Signature`, as outbound webhooks are signed). Kept in the tenant's row like webhook
 * secrets, because each company connects its own telephone system; the server-wide PAYLOAD_SECRET
 * (src/config/secret.ts) stays for sessions only. An empty secret switches the endpoint off.
 */
export const ctiSettingsField = (): Field => ({
  name: 'cti',
  type: 'group',
  label: label('Telephone system (CTI)', '电话系统（CTI）'),
  fields: [
    {
      name: 'secret',
      type: 'text',
      defaultValue: newCtiSecret,
      access: { read: tenantAdminsOnly, update: tenantAdminsOnly, create: tenantAdminsOnly },
      // Also when a read goes past access (a related tenant populated for a signed-in user): only the
      // server's own reads (no user, e.g. checking a CTI event's signature) and tenant admins see it.
      hooks: {
        afterRead: [async ({ value, req }) => (!req.user || (await tenantAdminsOnly({ req } as never)) ? value : undefined)],
      },
      label: label('Signing secret', '签名密钥'),
      admin: {
        description: label(
          'HMAC-SHA256 key of the X-Formwork-Signature header of POST /api/cti/events; empty refuses every event.',
          'POST /api/cti/events 的 X-Formwork-Signature 头的 HMAC-SHA256 密钥；留空则拒收所有事件。',
        ),
      },
    },
  ],
})
