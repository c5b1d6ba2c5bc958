import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/testDatabases'

/**
 * `npm run lab -- export|import` on a real SQLite database prepared by the real bootstrap (migrations
 * and the demo companies): a bundle exported, planned back into its own company (nothing to do),
 * refused where it names what another company lacks, and refused for a newer format — each with the
 * place in the file.
 */
const dir = path.join(ROOT, 'tmp', `lab-cli-${process.pid}`)
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  DATABASE_URL: `file:${path.join(dir, 'lab.db')}`,
  PAYLOAD_SECRET: 'lab-cli',
  FORMWORK_JOBS: 'off',
  FORMWORK_DEMO_ACCOUNTS: '3',
} as unknown as NodeJS.ProcessEnv

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), script, ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 240_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
const lab = (...args: string[]) => run('scripts/lab.ts', ...args)

beforeAll(() => {
  fs.mkdirSync(dir, { recursive: true })
  const boot = run('scripts/bootstrap.ts')
  expect(boot.status, boot.stderr).toBe(0)
}, 300_000)

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('npm run lab', () => {
  const file = path.join(dir, 'demo.json')

  it('exports a company with its records to a file and finds nothing to do when it is planned back into it', () => {
    const exported = lab('export', '--tenant', 'demo', '--data', '--out', file)
    expect(exported.status, exported.stderr).toBe(0)
    const bundle = JSON.parse(fs.readFileSync(file, 'utf8'))
    expect(bundle).toMatchObject({ format: 'formwork-bundle', version: 1 })
    const records = [...Object.values(bundle.config), ...Object.values(bundle.records)].flat().length
    expect(Object.values(bundle.records as Record<string, unknown[]>).flat().length).toBeGreaterThan(10)
    expect(exported.stderr).toContain(`exported ${records} records`)
    const dry = lab('import', '--tenant', 'demo', '--file', file, '--dry-run')
    expect(dry.status, dry.stderr).toBe(0)
    expect(dry.stdout).toContain(`create 0, change 0, unchanged ${records}, conflicts 0`)
    expect(dry.stdout).toContain('dry run: nothing written')
  }, 120_000)

  it('refuses, with each place, what the other company already has differently (its English roles and numbering)', () => {
    const refused = lab('import', '--tenant', 'demo-en', '--file', file, '--dry-run')
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/#\/config\/roles\/\d+: the tenant already has roles "sales" with other values/)
    expect(refused.stderr).toMatch(/#\/config\/numberSequences\/\d+: the tenant already has numberSequences "quotes"/)
  }, 120_000)

  it('creates a class from a preset file with students from a CSV, hands back their logins, and resets a group', () => {
    const preset = path.join(dir, 'preset.json')
    expect(lab('export', '--tenant', 'demo', '--out', preset).status).toBe(0)
    const names = path.join(dir, 'names.csv')
    fs.writeFileSync(names, '\uFEFF姓名\r\n张三\r\n李四\r\n王五\r\n')
    const logins = path.join(dir, 'logins.csv')
    const created = lab(
      'create',
      ...[
        '--preset',
        preset,
        '--name',
        'CLI 实训班',
        '--slug',
        'cli-class',
        '--groups',
        '2',
        '--students',
        names,
        '--out',
        logins,
      ],
    )
    expect(created.status, created.stderr).toBe(0)
    expect(created.stderr).toContain('group 1/2')
    expect(created.stderr).toContain('group 2/2')
    expect(created.stderr).toMatch(/class cli-class: 2 groups, 3 students in [\d.]+ s/)
    const rows = fs
      .readFileSync(logins, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(rows[0]).toBe('姓名,小组,登录邮箱,初始密码')
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 3))).toEqual([
      ['张三', 'CLI 实训班 第 1 组', 'cli-class-s1@students.formwork.local'],
      ['李四', 'CLI 实训班 第 2 组', 'cli-class-s2@students.formwork.local'],
      ['王五', 'CLI 实训班 第 1 组', 'cli-class-s3@students.formwork.local'],
    ])
    // Made from a file, the group does not know its preset: the reset must be told.
    const unnamed = lab('reset', '--group', 'cli-class-g1')
    expect(unnamed.status).toBe(1)
    expect(unnamed.stderr).toContain('name the preset with --preset')
    const reset = lab('reset', '--group', 'cli-class-g1', '--preset', preset)
    expect(reset.status, reset.stderr).toBe(0)
    expect(reset.stdout).toMatch(/reset cli-class-g1 in [\d.]+ s/)
  }, 240_000)

  it('refuses a newer format at /version, and an unknown tenant', () => {
    const newer = path.join(dir, 'newer.json')
    fs.writeFileSync(newer, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), version: 7 }))
    const result = lab('import', '--tenant', 'demo', '--file', newer)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`${newer}#/version: this bundle is format version 7`)
    const unknown = lab('export', '--tenant', 'nobody')
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toContain('no tenant with the slug "nobody"')
  }, 120_000)
})
