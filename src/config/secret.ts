/** The signing secret. Production refuses to start without one rather than sign tokens with a known value. */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  // `next build` evaluates the config to collect pages but signs nothing; the server checks again at start.
  if (env.NEXT_PHASE === 'phase-production-build') return 'build-time-placeholder-never-used-to-sign'
  if (env.NODE_ENV === 'production' && env.FORMWORK_ALLOW_DEV_SECRET !== '1') {
    throw new Error('PAYLOAD_SECRET is not set: set it to a long random string (for example `openssl rand -hex 32`).')
  }
  return 'formwork-development-secret-do-not-use-in-production'
}
