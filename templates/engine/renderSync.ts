import type Handlebars from 'handlebars'
import { DEFAULT_PARTIALS } from '../defaults/partials'
import type { TemplateRoot } from '../helpers/context'
import {
  PARTIAL_NAMES,
  type PartialName,
  type RenderInput,
  type RenderResult,
  type TemplateError,
  type TemplateLimits,
} from '../types'
import { assertSize, compileTemplate } from './compileTemplate'
import { createEnvironment, RUNTIME_OPTIONS } from './environment'
import { endBudget, startBudget } from './renderBudget'
import { resolveLimits, resolvePage } from './settings'
import { TemplateFailure } from './templateFailure'

type Compiled = { main: HandlebarsTemplateDelegate; partials?: Partial<Record<PartialName, HandlebarsTemplateDelegate>> }
type Entry = { template: HandlebarsTemplateDelegate; bytes: number }

/** Turns anything thrown by compile or render into what the admin is shown. */
export function toTemplateError(error: unknown, phase: 'compile' | 'render'): TemplateError {
  if (error instanceof TemplateFailure) return error.error
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return { kind: 'render', message: 'the template calls itself too deeply (a partial that includes itself?)' }
  }
  const e = error as { message?: string; lineNumber?: number; column?: number }
  const message = String(e?.message ?? error).replace(/ - \d+:\d+$/, '')
  if (typeof e?.lineNumber === 'number') {
    const column = (e.column ?? 0) + 1
    return { kind: phase, message: `${message} (line ${e.lineNumber}, column ${column})`, line: e.lineNumber, column }
  }
  return { kind: phase, message }
}

/**
 * Compiles (cached by source) and renders in the calling thread. The worker runs this; a benchmark uses it
 * as the in-process baseline. Synchronous: a runaway loop is stopped by the loop budget, anything else only
 * by terminating the thread, which is why production calls go through the worker pool.
 */
export function createRenderer(cacheSize = 64) {
  const hb: typeof Handlebars = createEnvironment()
  const templates = new Map<string, Entry>()

  // Least recently used entries leave first: a Map iterates in insertion order.
  const compileCached = (source: string, maxSourceBytes: number): Entry => {
    let entry = templates.get(source)
    if (entry) {
      templates.delete(source)
      templates.set(source, entry)
      return entry
    }
    // Measured before compiling, so a huge source is refused without the work.
    const tooLarge = assertSize([source], maxSourceBytes)
    if (tooLarge) throw new TemplateFailure(tooLarge)
    entry = { template: compileTemplate(hb, source), bytes: Buffer.byteLength(source, 'utf8') }
    templates.set(source, entry)
    if (templates.size > cacheSize) templates.delete(templates.keys().next().value as string)
    return entry
  }

  // The default partials live in the environment; a render passes only the ones it overrides.
  let defaultBytes = 0
  for (const name of PARTIAL_NAMES) {
    hb.registerPartial(name, compileTemplate(hb, DEFAULT_PARTIALS[name]))
    defaultBytes += Buffer.byteLength(DEFAULT_PARTIALS[name], 'utf8')
  }
  const defaultBytesOf = Object.fromEntries(PARTIAL_NAMES.map((n) => [n, Buffer.byteLength(DEFAULT_PARTIALS[n], 'utf8')]))

  const compile = (input: Pick<RenderInput, 'source' | 'partials'>, limits: TemplateLimits): Compiled => {
    const main = compileCached(input.source, limits.maxSourceBytes)
    let bytes = main.bytes + defaultBytes
    let partials: Compiled['partials']
    for (const name of PARTIAL_NAMES) {
      const source = input.partials?.[name]
      if (typeof source !== 'string') continue
      try {
        const entry = compileCached(source, limits.maxSourceBytes)
        partials ??= {}
        partials[name] = entry.template
        bytes += entry.bytes - defaultBytesOf[name]
      } catch (error) {
        const e = toTemplateError(error, 'compile')
        throw new TemplateFailure({ ...e, message: `partial ${name}: ${e.message}` })
      }
    }
    const tooLarge = bytes > limits.maxSourceBytes
    if (tooLarge)
      throw new TemplateFailure({
        kind: 'too-large',
        message: `the template is ${bytes} bytes; the limit is ${limits.maxSourceBytes}`,
      })
    return { main: main.template, partials }
  }

  const render = (input: RenderInput): RenderResult => {
    const limits = resolveLimits(input.limits)
    let compiled: Compiled
    try {
      compiled = compile(input, limits)
    } catch (error) {
      return { ok: false, error: toTemplateError(error, 'compile') }
    }
    const root: TemplateRoot = { ...input.data, page: resolvePage(input.page) }
    let html: string
    startBudget(limits.timeoutMs, limits.maxOutputBytes)
    try {
      html = compiled.main(root, compiled.partials ? { ...RUNTIME_OPTIONS, partials: compiled.partials } : RUNTIME_OPTIONS)
    } catch (error) {
      return { ok: false, error: toTemplateError(error, 'render') }
    } finally {
      endBudget()
    }
    // Cheap bound first: a UTF-8 byte is at most 3 per UTF-16 unit.
    if (html.length * 3 > limits.maxOutputBytes && Buffer.byteLength(html, 'utf8') > limits.maxOutputBytes) {
      return { ok: false, error: { kind: 'too-large', message: `the rendered document exceeds ${limits.maxOutputBytes} bytes` } }
    }
    return { ok: true, html }
  }

  const check = (source: string, limits?: Partial<TemplateLimits>): TemplateError | null => {
    const resolved = resolveLimits(limits)
    const tooLarge = assertSize([source], resolved.maxSourceBytes)
    if (tooLarge) return tooLarge
    try {
      compileTemplate(hb, source)
      return null
    } catch (error) {
      return toTemplateError(error, 'compile')
    }
  }

  return { render, check }
}
