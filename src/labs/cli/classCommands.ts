import fs from 'node:fs'
import type { Payload } from 'payload'
import type { Id } from '../../access/types'
import type { Bundle } from '../bundle/format'
import { createClass } from '../classes/createClass'
import { credentialsCsv, studentNames } from '../classes/credentialsCsv'
import { presetOfGroup } from '../classes/presetOfGroup'
import { resetGroup } from '../classes/resetGroup'
import { type Args, UsageError } from './args'
import { readBundleFile } from './bundleCommands'
import { tenantBySlug } from './tenantBySlug'

/** A preset by its key in lab-presets, or a bundle file (then the class records no preset). */
async function presetNamed(payload: Payload, name: string): Promise<{ id: Id | null; bundle: Bundle }> {
  if (name.endsWith('.json')) return { id: null, bundle: readBundleFile(name) as Bundle }
  const found = await payload.find({
    collection: 'lab-presets',
    where: { key: { equals: name } },
    limit: 1,
    overrideAccess: true,
  })
  const preset = found.docs[0] as unknown as { id: Id; bundle: Bundle } | undefined
  if (!preset) throw new UsageError(`no lab preset "${name}" (give its key, or a bundle file ending in .json)`)
  return { id: preset.id, bundle: preset.bundle }
}

/** `create --preset <key|file.json> --name <name> --slug <slug> --groups N --students <names.csv> [--teacher <email>] [--language zh|en] [--out <credentials.csv>]` */
export async function createCommand(payload: Payload, args: Args) {
  const preset = await presetNamed(payload, args.required('preset', '<key or bundle.json>'))
  const groups = Number(args.required('groups', '<number>'))
  const studentsFile = args.required('students', '<names.csv>')
  const students = studentNames(fs.readFileSync(studentsFile, 'utf8'))
  const language = args.option('language') === 'en' ? 'en' : 'zh'
  let teacher: Id | undefined
  const teacherEmail = args.option('teacher')
  if (teacherEmail) {
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: teacherEmail } },
      limit: 1,
      overrideAccess: true,
    })
    if (found.docs.length === 0) throw new UsageError(`no user ${teacherEmail}`)
    teacher = found.docs[0].id as Id
  }
  const started = Date.now()
  const made = await createClass(
    payload,
    {
      name: args.required('name', '<class name>'),
      slug: args.required('slug', '<slug>'),
      language,
      preset: preset.bundle,
      presetId: preset.id,
      groups,
      students,
      teacher,
    },
    (p) => console.error(p.step === 'group' ? `group ${p.done}/${p.total}` : `students ${p.done}/${p.total}`),
  )
  const csv = credentialsCsv(made.credentials, language)
  const out = args.option('out')
  if (out) fs.writeFileSync(out, csv)
  else process.stdout.write(csv)
  console.error(
    `class ${args.option('slug')}: ${made.groups.length} groups, ${made.credentials.length} students in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
}

/** `reset --group <slug> [--preset <key|file.json>]` — to the group's own preset unless another is given. */
export async function resetCommand(payload: Payload, args: Args) {
  const group = await tenantBySlug(payload, args.required('group', '<slug>'))
  if (group.kind !== 'group') throw new UsageError(`"${args.option('group')}" is not a student group`)
  const named = args.option('preset')
  const preset = named ? await presetNamed(payload, named) : await presetOfGroup(payload, group.id)
  if (!preset) throw new UsageError('this group was made from a file: name the preset with --preset')
  const started = Date.now()
  await resetGroup(payload, group.id, preset.bundle)
  console.log(`reset ${args.option('group')} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
