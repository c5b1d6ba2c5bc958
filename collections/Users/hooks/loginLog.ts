import type { CollectionAfterErrorHook, CollectionAfterLoginHook, PayloadRequest } from 'payload'
import { idOf } from '../../../src/access/types'

export type LoginFailure = 'wrongCredentials' | 'locked' | 'inactive' | 'unverified' | 'invalidRequest'

function clientOf(req: PayloadRequest) {
  const forwarded = req.headers?.get('x-forwarded-for')?.split(',')[0]?.trim()
  return {
    ip: forwarded || req.headers?.get('x-real-ip') || null,
    userAgent: req.headers?.get('user-agent')?.slice(0, 500) || null,
  }
}

/** The session id Payload signed into the token, so the sessions view can show where each one came from. */
function sessionIdOf(token: string): string | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
    return typeof payload.sid === 'string' ? payload.sid : null
  } catch {
    return null
  }
}

export const recordLogin: CollectionAfterLoginHook = async ({ req, token, user }) => {
  const memberships = (user as { memberships?: { tenant: unknown }[] }).memberships ?? []
  await req.payload.create({
    collection: 'login-log',
    data: {
      user: user.id,
      email: (user as { email?: string }).email,
      success: true,
      tenant: idOf(memberships[0]?.tenant),
      sessionId: sessionIdOf(token),
      ...clientOf(req),
    },
    overrideAccess: true,
    req,
  })
  return user
}

function failureOf(error: Error & { data?: { reason?: string } }): LoginFailure {
  if (error.data?.reason === 'inactive') return 'inactive'
  switch (error.name) {
    case 'AuthenticationError':
      return 'wrongCredentials'
    case 'LockedAuth':
      return 'locked'
    case 'UnverifiedEmail':
      return 'unverified'
    default:
      return 'invalidRequest'
  }
}

/** Failed logins never reach afterLogin; Payload's REST error path calls this with the request. */
export const recordFailedLogin: CollectionAfterErrorHook = async ({ error, req }) => {
  if (!req.pathname?.endsWith('/users/login')) return
  const email = typeof req.data?.email === 'string' ? req.data.email.toLowerCase().trim().slice(0, 320) : null
  const { docs } = email
    ? await req.payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    : { docs: [] }
  const user = docs[0] as { id: string | number; memberships?: { tenant: unknown }[] } | undefined
  await req.payload.create({
    collection: 'login-log',
    data: {
      user: user?.id ?? null,
      email,
      success: false,
      reason: failureOf(error as Error),
      tenant: idOf(user?.memberships?.[0]?.tenant),
      ...clientOf(req),
    },
    overrideAccess: true,
  })
}
