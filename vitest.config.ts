import net from 'node:net'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = import.meta.dirname

/** PostgreSQL runs when POSTGRES_URL is set or a server answers on 127.0.0.1:5432. */
async function postgresAvailable(): Promise<boolean> {
  if (process.env.POSTGRES_URL) return true
  if (process.env.FORMWORK_TEST_POSTGRES === '0') return false
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: 5432 })
    socket.setTimeout(1000)
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => {
      socket.destroy()
      resolve(false)
    })
  })
}

const adapters = ['sqlite', ...((await postgresAvailable()) ? ['postgres'] : []), ...(process.env.MONGODB_URL ? ['mongodb'] : [])]
// Said once per run (workers inherit the variable and stay quiet).
if (!process.env.FORMWORK_TEST_ADAPTERS) console.log(`Integration suites run on: ${adapters.join(', ')}`)
process.env.FORMWORK_TEST_ADAPTERS = adapters.join(',')

export default defineConfig({
  resolve: { alias: { '@payload-config': path.join(root, 'payload.config.ts') } },
  test: {
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['**/*.unit.spec.{ts,tsx}'], exclude: ['node_modules/**', '.next/**'] },
      },
      // Whole processes (bootstrap, worker) started with broken settings: adapter-independent, run once.
      { extends: true, test: { name: 'cli', include: ['test/cli/**/*.cli.spec.ts'] } },
      // Browser tests against the production build on SQLite, when asked for (npm test builds first).
      ...(process.env.FORMWORK_E2E === '1'
        ? [
            {
              extends: true as const,
              test: {
                name: 'e2e',
                include: ['test/e2e/**/*.e2e.spec.ts'],
                globalSetup: [path.join(root, 'test/e2e/globalSetup.ts')],
                fileParallelism: false,
              },
            },
          ]
        : []),
      ...adapters.map((adapter) => ({
        extends: true as const,
        test: {
          name: adapter,
          include: ['test/int/**/*.int.spec.ts'],
          env: { FORMWORK_TEST_ADAPTER: adapter },
          globalSetup: [path.join(root, 'test/helpers/globalSetup.ts')],
          setupFiles: [path.join(root, 'test/helpers/perFileDatabase.ts')],
        },
      })),
    ],
  },
})
