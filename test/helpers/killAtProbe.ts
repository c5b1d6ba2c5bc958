import { spawn } from 'node:child_process'
import { ROOT } from './testDatabases'

/**
 * Runs a test child script in a process of its own and kills it with SIGKILL once it prints `probe`;
 * rejects if it ends any other way. One process (node with tsx's loader), not tsx's launcher, whose
 * own child a kill would miss.
 */
export function killAtProbe(script: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env: { ...process.env, FORMWORK_JOBS: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      if (output.includes('probe')) child.kill('SIGKILL')
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' && output.includes('probe')
        ? resolve()
        : reject(new Error(`child ended ${code}: ${output.slice(-2000)}`)),
    )
  })
}
