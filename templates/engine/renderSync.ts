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

type Compiled = { main: HandlebarsTemplateDelegate; partials: Record<PartialName, HandlebarsTemplateDelegate> }

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
  const templates = new Map<string, HandlebarsTemplateDelegate>()

  // Least recently used entries leave first: a Map iterates in insertion order.
  const compileCached = (source: string): HandlebarsTemplateDelegate => {
    let template = templates.get(source)
    if (template) {
      templates.delete(source)
      templates.set(source, template)
      return template
    }
    template = compileTemplate(hb, source)
    templates.set(source, template)
    if (templates.size > cacheSize) templates.delete(templates.keys().next().value as string)
    return template
  }

  const compile = (input: Pick<RenderInput, 'source' | 'partials'>, limits: TemplateLimits): Compiled => {
    const partialSources = PARTIAL_NAMES.map((name) => input.partials?.[name] ?? DEFAULT_PARTIALS[name])
    const tooLarge = assertSize([input.source, ...partialSources], limits.maxSourceBytes)
    if (tooLarge) throw new TemplateFailure(tooLarge)
    const main = compileCached(input.source)
    const partials = {} as Compiled['partials']
    PARTIAL_NAMES.forEach((name, i) => {
      try {
        partials[name] = compileCached(partialSources[i])
      } catch (error) {
        const e = toTemplateError(error, 'compile')
        throw new TemplateFailure({ ...e, message: `partial ${name}: ${e.message}` })
      }
    })
    return { main, partials }
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
      html = compiled.main(root, { ...RUNTIME_OPTIONS, partials: compiled.partials })
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
