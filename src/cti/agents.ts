import type { PayloadRequest } from 'payload'
import type { Id } from '../access/types'
import { isSql, runSql, sql, tableOf } from '../concurrency/rawSql'
import { type AgentStatus, isAgentStatus } from './agentFields'

type Membership = {
  id?: string
  tenant?: unknown
  extension?: string | null
  agentStatus?: string | null
  agentOnCall?: string | null
}
type UserDoc = { id: Id; email?: string; name?: string; memberships?: Membership[] }

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id))
const membershipOf = (user: UserDoc | null, tenant: Id) =>
  user?.memberships?.find((m) => String(idOf(m.tenant)) === String(tenant)) ?? null

/** The member of the tenant a CTI names as the agent: by extension in that tenant, else by email. */
export async function resolveAgent(req: PayloadRequest, tenant: Id, agent: string): Promise<Id | null> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: {
      and: [
        { 'memberships.tenant': { equals: tenant } },
        { or: [{ 'memberships.extension': { equals: agent } }, { email: { equals: agent.toLowerCase() } }] },
      ],
    },
    limit: 10,
    depth: 0,
    overrideAccess: true,
    req,
  })
  // The two membership conditions may hold on different rows: the extension must be this tenant's.
  const found = (docs as unknown as UserDoc[]).find(
    (u) => u.email === agent.toLowerCase() || membershipOf(u, tenant)?.extension === agent,
  )
  return found?.id ?? null
}

const readUser = async (req: PayloadRequest, user: Id) =>
  (await req.payload.findByID({
    collection: 'users',
    id: user,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as unknown as UserDoc | null

/** A user's status as an agent in a tenant (offline when never set). */
export async function agentStatus(req: PayloadRequest, user: Id, tenant: Id): Promise<AgentStatus> {
  const doc = await readUser(req, user)
  const status = membershipOf(doc, tenant)?.agentStatus
  return isAgentStatus(status) ? status : 'offline'
}

/**
 * Writes the membership's status straight to its row: a status is not an edit of the user (no audit
 * entry, no membership guard, and a busy flag set by a call cannot overwrite an admin's concurrent edit
 * of roles). `onlyIf` makes the change conditional, atomically: a call frees only the agent it made busy.
 */
export async function setAgentStatus(
  req: PayloadRequest,
  user: Id,
  tenant: Id,
  status: AgentStatus,
  { onCall = null, onlyIf }: { onCall?: string | null; onlyIf?: { status?: AgentStatus; onCall?: string } } = {},
): Promise<void> {
  if (isSql(req)) {
    const conditions = [sql`"_parent_id" = ${user}`, sql`"tenant_id" = ${tenant}`]
    if (onlyIf?.status) conditions.push(sql`"agent_status" = ${onlyIf.status}`)
    if (onlyIf?.onCall) conditions.push(sql`"agent_on_call" = ${onlyIf.onCall}`)
    await runSql(
      req,
      sql`UPDATE ${tableOf(req, 'users_memberships')} SET "agent_status" = ${status}, "agent_on_call" = ${onCall} WHERE ${sql.join(conditions, sql` AND `)}`,
    )
    return
  }
  // MongoDB: read, change, write back (not atomic: a race with an admin's edit may lose one of the two).
  const doc = await readUser(req, user)
  if (!doc) return
  const memberships = (doc.memberships ?? []).map((m) => {
    if (String(idOf(m.tenant)) !== String(tenant)) return m
    if (onlyIf?.status && m.agentStatus !== onlyIf.status) return m
    if (onlyIf?.onCall && m.agentOnCall !== onlyIf.onCall) return m
    return { ...m, agentStatus: status, agentOnCall: onCall }
  })
  await req.payload.update({ collection: 'users', id: user, data: { memberships } as never, overrideAccess: true, req })
}
