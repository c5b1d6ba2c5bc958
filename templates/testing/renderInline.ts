import { createRenderer } from '../engine/renderSync'
import type { RenderInput, TemplateData } from '../types'

const renderer = createRenderer()

const BASE: TemplateData = { language: 'zh', doc: {}, tenant: { name: 'Formwork' } }

/** Renders in this thread (tests of helpers and the sandbox); throws with the error when rendering fails. */
export function renderInline(source: string, data: Partial<TemplateData> = {}, extra: Partial<RenderInput> = {}): string {
  const result = renderer.render({ source, data: { ...BASE, ...data }, ...extra })
  if (!result.ok) throw Object.assign(new Error(result.error.message), { templateError: result.error })
  return result.html
}

export const renderInlineResult = (source: string, data: Partial<TemplateData> = {}, extra: Partial<RenderInput> = {}) =>
  renderer.render({ source, data: { ...BASE, ...data }, ...extra })
