/**
 * Export templates: Handlebars sources rendered to HTML over plain data, sandboxed, off the request
 * thread and time-limited. Knows nothing of Payload; see docs/templates.md for the data and helpers.
 */
import { createRenderer } from './engine/renderSync'
import { resolveLimits } from './engine/settings'
import { renderInPool, shutdownRenderPool } from './pool/renderPool'
import type { RenderInput, RenderResult, TemplateError, TemplateLimits } from './types'

export { DEFAULT_TEMPLATES } from './defaults'
export { DEFAULT_PARTIALS } from './defaults/partials'
export { sampleDocument } from './defaults/sampleData'
export type {
  DefaultTemplate,
  Language,
  PageSetup,
  PaperSize,
  PartialName,
  RenderInput,
  RenderResult,
  TemplateData,
  TemplateEntity,
  TemplateError,
  TemplateLimits,
  TenantDetails,
} from './types'
export { DEFAULT_LIMITS, DEFAULT_PAGE, PARTIAL_NAMES } from './types'

let checker: ReturnType<typeof createRenderer> | null = null

/** Compiles only (synchronously, in this thread) for validation hooks: null when the source is fine. */
export function checkTemplate(source: string, limits?: Partial<TemplateLimits>): TemplateError | null {
  checker ??= createRenderer(16)
  return checker.check(source, limits)
}

/** Renders in a worker thread within the limits; never throws, failures come back as `{ ok: false, error }`. */
export async function renderTemplate(input: RenderInput): Promise<RenderResult> {
  const limits = resolveLimits(input.limits)
  try {
    return await renderInPool({ ...input, limits }, limits.timeoutMs)
  } catch (error) {
    // Only a broken installation gets here (the worker file missing): say so rather than throw.
    return { ok: false, error: { kind: 'render', message: `the renderer cannot start: ${(error as Error).message}` } }
  }
}

/** Stops the worker threads (tests, process exit); the next render starts them again. */
export function shutdownRenderers(): Promise<void> {
  return shutdownRenderPool()
}
