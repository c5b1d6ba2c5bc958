/**
 * `npm start`: build on the first start, check settings and database, migrate, seed the demo on an
 * empty database, then serve. Each step that fails says why in one sentence.
 */
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const env = { NEXT_TELEMETRY_DISABLED: '1', ...process.env, NODE_ENV: 'production' }

// A fresh install gets a random secret kept beside the data, so tokens survive restarts.
if (!env.PAYLOAD_SECRET) {
  const file = path.join(root, 'data', '.payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
    console.log(`No PAYLOAD_SECRET set: generated one in ${path.relative(root, file)}.`)
  }
  env.PAYLOAD_SECRET = fs.readFileSync(file, 'utf8').trim()
}

const run = (command, args) => spawnSync(command, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1

const bootstrapped = run(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bootstrap.ts'])
if (bootstrapped !== 0) process.exit(bootstrapped)

if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('Building the app (first start only; about a minute)…')
  const built = run(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'])
  if (built !== 0) {
    console.error('Formwork cannot start: the build failed (see above).')
    process.exit(built)
  }
}

const port = process.env.PORT || '3000'
const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', port], {
  cwd: root,
  env,
  stdio: 'inherit',
})
console.log(`Formwork is starting on http://localhost:${port}/admin`)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
