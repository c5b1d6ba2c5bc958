/** One adapter's run of the labs benchmark (see index.ts). */
import fs from 'node:fs'
import { applyBundle } from '../../src/labs/bundle/applyBundle'
import type { Bundle } from '../../src/labs/bundle/format'
import { createClass } from '../../src/labs/classes/createClass'
import { resetGroup } from '../../src/labs/classes/resetGroup'
import { openBenchDatabase } from '../benchDatabase'

const [kind, groupsArg, presetFile] = process.argv.slice(2) as ['sqlite' | 'postgres', string, string]
const groups = Number(groupsArg)
const preset = JSON.parse(fs.readFileSync(presetFile, 'utf8')) as Bundle
const records = Object.values(preset.records ?? {}).flat().length + Object.values(preset.config).flat().length
const { payload, close } = await openBenchDatabase(kind)
const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9

try {
  // Baseline: the preset into one fresh company.
  const company = await payload.create({
    collection: 'tenants',
    data: { name: 'Baseline', slug: 'bench-baseline', kind: 'company', language: 'zh' },
    overrideAccess: true,
  })
  let started = process.hrtime.bigint()
  await applyBundle(payload, company.id, preset, { overwrite: true })
  const one = seconds(started)

  started = process.hrtime.bigint()
  const students = Array.from({ length: groups * 4 }, (_, i) => `学生${i + 1}`)
  let firstGroup = 0
  let allGroups = 0
  const made = await createClass(
    payload,
    { name: '基准班', slug: 'bench-class', language: 'zh', preset, groups, students },
    (progress) => {
      if (progress.step !== 'group') return
      if (progress.done === 1) firstGroup = seconds(started)
      if (progress.done === progress.total) allGroups = seconds(started)
    },
  )
  const whole = seconds(started)

  started = process.hrtime.bigint()
  await resetGroup(payload, made.groups[0].id, preset)
  const reset = seconds(started)
  const pad = (s: string) => s.padEnd(9)
  const split = `first group (imported, and the reset template) ${firstGroup.toFixed(1)} s, the ${groups - 1} copies ${(allGroups - firstGroup).toFixed(1)} s, students ${(whole - allGroups).toFixed(1)} s`
  console.log(
    `${pad(kind)} | ${records} records a group | one company ${one.toFixed(1)} s | class of ${groups} groups + ${students.length} students ${whole.toFixed(1)} s (${(whole / one / groups).toFixed(2)}× one company a group)${kind === 'sqlite' ? (whole <= 60 ? ' within 60 s' : ' OVER the 60 s target') : ''} | reset one group ${reset.toFixed(1)} s${reset <= 5 ? ' within 5 s' : ' OVER the 5 s target'}`,
  )
  console.log(`${pad('')} | ${split}`)
} finally {
  await close()
}
