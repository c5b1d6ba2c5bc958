'use client'
import { Button, useStepNav } from '@payloadcms/ui'
import { type FormEvent, useEffect, useState } from 'react'
import { studentNames } from '../../labs/classes/credentialsCsv'
import { CreationResult } from './CreationResult'
import { type CreationLine, creationProgress } from './creationProgress'
import { type LabProblem, problemOf } from './labFetch'
import styles from './labs.module.css'
import { ProgressBar } from './ProgressBar'
import { readNdjson } from './readNdjson'
import { StudentsInput } from './StudentsInput'
import { useLabTexts } from './useLabTexts'

type Preset = { id: string | number; name: string; key: string }
type Progress = Extract<CreationLine, { type: 'progress' }>
type Made = { classId: string | number; csv: string; groups: number; students: number }

/** A problem's field as the form names it: `students.3` is the students box. */
const fieldOf = (problem: LabProblem) => problem.field?.split('.')[0] ?? ''

/**
 * A class from a preset: name, slug, language, preset, number of groups and the students. The server
 * checks the body first (a 400 naming the field, shown beside it), then streams its progress, which the
 * bar follows; the last line carries the logins CSV.
 */
export function NewClassForm() {
  const { tx, language } = useLabTexts()
  const { setStepNav } = useStepNav()
  useEffect(() => setStepNav([{ label: tx('console'), url: '/admin/labs' }, { label: tx('newClass') }]), [setStepNav, tx])

  const [presets, setPresets] = useState<Preset[]>([])
  const [form, setForm] = useState({ name: '', slug: '', language, preset: '', groups: '3', students: '' })
  const [problem, setProblem] = useState<LabProblem | null>(null)
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState<Progress | null>(null)
  const [made, setMade] = useState<Made | null>(null)

  useEffect(() => {
    fetch('/api/lab-presets?limit=100&depth=0&sort=name&select[name]=true&select[key]=true', { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((data: { docs: Preset[] }) => setPresets(data.docs))
      .catch(() => setPresets([]))
  }, [])

  // A class being made cannot be stopped from here (the server finishes it), and the students'
  // passwords exist only in this response: leaving the page now would lose them.
  useEffect(() => {
    if (!running) return
    const stay = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', stay)
    return () => window.removeEventListener('beforeunload', stay)
  }, [running])

  const set = (name: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [name]: value }))
  const errorFor = (field: string) => (problem && fieldOf(problem) === field ? problem.message : undefined)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setProblem(null)
    setProgress(null)
    setRunning(true)
    const students = studentNames(form.students)
    const groups = Number(form.groups)
    try {
      const res = await fetch('/api/labs/classes', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...form, groups: Number.isFinite(groups) ? groups : form.groups, students }),
      })
      if (!res.ok || !res.body) return setProblem(await problemOf(res))
      for await (const line of readNdjson<CreationLine>(res.body)) {
        if (line.type === 'progress') setProgress(line)
        else if (line.type === 'error') return setProblem({ message: line.message, ...(line.field ? { field: line.field } : {}) })
        else return setMade({ classId: line.class, csv: line.credentialsCsv, groups, students: students.length })
      }
      setProblem({ message: tx('failed') }) // the stream ended without its last line
    } catch (error) {
      setProblem({ message: `${tx('failed')} ${(error as Error).message}` })
    } finally {
      setRunning(false)
    }
  }

  const bar = creationProgress(progress, language)
  const general = problem && !['name', 'slug', 'language', 'preset', 'groups', 'students'].includes(fieldOf(problem))
  const text = (name: 'name' | 'slug', help?: string) => (
    <div className={styles.field}>
      <label htmlFor={`lab-${name}`}>{tx(name)}</label>
      {help ? <span className={styles.muted}>{help}</span> : null}
      <input
        id={`lab-${name}`}
        name={name}
        className={errorFor(name) ? styles.inputError : styles.input}
        value={form[name]}
        onChange={(event) => set(name)(event.target.value)}
        aria-invalid={Boolean(errorFor(name))}
        disabled={running || Boolean(made)}
      />
      <FieldError field={name} message={errorFor(name)} />
    </div>
  )

  return (
    <div className={styles.page} data-testid="lab-new-class">
      <p>
        <a href="/admin/labs">← {tx('back')}</a>
      </p>
      <h1>{tx('newClass')}</h1>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        {text('name')}
        {text('slug', tx('slugHelp'))}
        <div className={styles.row}>
          <div className={styles.field}>
            <label htmlFor="lab-language">{tx('language')}</label>
            <select
              id="lab-language"
              className={styles.input}
              value={form.language}
              onChange={(e) => set('language')(e.target.value)}
              disabled={running || Boolean(made)}
            >
              <option value="zh">{tx('languageZh')}</option>
              <option value="en">{tx('languageEn')}</option>
            </select>
            <FieldError field="language" message={errorFor('language')} />
          </div>
          <div className={styles.field}>
            <label htmlFor="lab-preset">{tx('preset')}</label>
            <select
              id="lab-preset"
              className={errorFor('preset') ? styles.inputError : styles.input}
              value={form.preset}
              onChange={(e) => set('preset')(e.target.value)}
              disabled={running || Boolean(made)}
            >
              <option value="">{tx('choosePreset')}</option>
              {presets.map((p) => (
                <option key={p.id} value={String(p.id)} data-key={p.key}>
                  {p.name}
                </option>
              ))}
            </select>
            <FieldError field="preset" message={errorFor('preset')} />
          </div>
          <div className={styles.field}>
            <label htmlFor="lab-groups">{tx('groups')}</label>
            <input
              id="lab-groups"
              type="number"
              min={1}
              max={200}
              className={errorFor('groups') ? styles.inputError : styles.input}
              value={form.groups}
              onChange={(e) => set('groups')(e.target.value)}
              disabled={running || Boolean(made)}
            />
            <FieldError field="groups" message={errorFor('groups')} />
          </div>
        </div>
        <StudentsInput value={form.students} onChange={set('students')} error={errorFor('students')} />
        {general ? (
          <p role="alert" className={styles.alert} data-testid="lab-error">
            {problem.message}
          </p>
        ) : null}
        {running || progress ? <ProgressBar fraction={made ? 1 : bar.fraction} label={bar.label} /> : null}
        {made ? (
          <CreationResult classId={made.classId} csv={made.csv} slug={form.slug} groups={made.groups} students={made.students} />
        ) : (
          <div className={styles.actions}>
            <Button type="submit" buttonStyle="primary" disabled={running} id="lab-create">
              {running ? tx('creating') : tx('create')}
            </Button>
            {running ? null : (
              <Button el="link" url="/admin/labs" buttonStyle="secondary">
                {tx('cancel')}
              </Button>
            )}
          </div>
        )}
      </form>
    </div>
  )
}

function FieldError({ field, message }: { field: string; message?: string }) {
  if (!message) return null
  return (
    <span className={styles.fieldError} role="alert" data-testid={`lab-error-${field}`}>
      {message}
    </span>
  )
}
