import type { TestProject } from 'vitest/node'
import { startAppServer } from '../helpers/appServer'

declare module 'vitest' {
  export interface ProvidedContext {
    e2eUrl: string
  }
}

/** One production server for all browser tests. */
export default async function setup(project: TestProject) {
  const port = Number(process.env.FORMWORK_E2E_PORT ?? 3917)
  const server = await startAppServer(port)
  project.provide('e2eUrl', server.url)
  console.log(`[e2e] production build serving ${server.url}`)
  return server.stop
}
