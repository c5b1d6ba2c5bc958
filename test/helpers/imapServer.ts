import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { type AddressInfo, createServer, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export type ImapUser = { user: string; password: string }

const DOVECOT = '/usr/sbin/dovecot'

/**
 * A real IMAP server for tests: Debian's dovecot (`apt-get install -y dovecot-imapd`), started as its
 * own instance from a config in a temporary folder, listening on a free loopback port, with a
 * passwd-file of the given users and Maildirs under the folder. Plain IMAP (no TLS) on loopback.
 * Run by root (CI containers), mail is owned by the `dovecot` system user; otherwise by the caller.
 */
export async function startImapServer(users: ImapUser[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'formwork-dovecot-'))
  chmodSync(dir, 0o755)
  const port = await freePort()
  const root = process.getuid?.() === 0
  const who = root ? idOf('dovecot') : { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0, name: userName() }
  const home = path.join(dir, 'home')
  mkdirSync(home)
  for (const u of users) {
    mkdirSync(path.join(home, u.user))
    if (root) chownSync(path.join(home, u.user), who.uid, who.gid)
  }
  writeFileSync(path.join(dir, 'passwd'), `${users.map((u) => `${u.user}:{PLAIN}${u.password}::::::`).join('\n')}\n`)
  chmodSync(path.join(dir, 'passwd'), 0o644)
  const config = [
    `base_dir = ${dir}/run`,
    `state_dir = ${dir}/state`,
    `log_path = ${dir}/dovecot.log`,
    `info_log_path = ${dir}/dovecot.log`,
    'protocols = imap',
    'listen = 127.0.0.1',
    'ssl = no',
    'disable_plaintext_auth = no',
    'auth_mechanisms = plain login',
    `first_valid_uid = ${who.uid}`,
    ...(root
      ? []
      : [`default_internal_user = ${who.name}`, `default_login_user = ${who.name}`, `default_internal_group = ${groupName()}`]),
    `passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u ${dir}/passwd\n}`,
    `userdb {\n  driver = static\n  args = uid=${who.uid} gid=${who.gid} home=${home}/%u\n}`,
    'mail_location = maildir:~/Maildir',
    `service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
    'service anvil {\n  chroot =\n}',
    'service imap-login {\n  chroot =\n}',
  ].join('\n')
  const configFile = path.join(dir, 'dovecot.conf')
  writeFileSync(configFile, `${config}\n`)
  const child = spawn(DOVECOT, ['-F', '-c', configFile], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  await waitForPort(port, () => (child.exitCode != null ? `dovecot exited: ${output}` : null))
  return {
    host: '127.0.0.1',
    port,
    dir,
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((resolve) => (child.exitCode != null ? resolve(null) : child.once('exit', resolve)))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function idOf(name: string) {
  const uid = Number(spawnSync('id', ['-u', name]).stdout.toString().trim())
  const gid = Number(spawnSync('id', ['-g', name]).stdout.toString().trim())
  if (!uid) throw new Error(`no system user ${name}: install dovecot-imapd`)
  return { uid, gid, name }
}
const userName = () => spawnSync('id', ['-un']).stdout.toString().trim()
const groupName = () => spawnSync('id', ['-gn']).stdout.toString().trim()

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

async function waitForPort(port: number, failed: () => string | null) {
  for (let i = 0; i < 100; i++) {
    const problem = failed()
    if (problem) throw new Error(problem)
    const open = await new Promise<boolean>((resolve) => {
      const socket = new Socket()
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
      socket.connect(port, '127.0.0.1')
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`dovecot did not listen on ${port}`)
}
