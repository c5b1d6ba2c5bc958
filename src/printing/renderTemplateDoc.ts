import type { PageSetup, RenderResult, TemplateData } from '../../templates'
import { renderTemplate } from '../../templates'

/** The parts of an `export-templates` document that decide what it prints. */
export type TemplateDoc = {
  id: string | number
  name: string
  entity: string
  language: 'zh' | 'en'
  format: 'html' | 'pdf'
  paperSize?: 'A4' | 'A5' | 'Letter' | null
  orientation?: 'portrait' | 'landscape' | null
  margins?: { top?: number | null; right?: number | null; bottom?: number | null; left?: number | null } | null
  source: string
  partials?: { header?: string | null; footer?: string | null; company?: string | null } | null
  updatedAt?: string
}

/** Paper size and margins of a template, with the defaults the admin form shows. */
export function pageOf(template: Pick<TemplateDoc, 'paperSize' | 'orientation' | 'margins'>): PageSetup {
  const m = template.margins ?? {}
  return {
    size: template.paperSize ?? 'A4',
    orientation: template.orientation ?? 'portrait',
    marginsMm: [m.top ?? 15, m.right ?? 12, m.bottom ?? 15, m.left ?? 12],
  }
}

/** Partials the template overrides; empty ones fall back to the engine's built-in partials. */
export function partialsOf(partials: TemplateDoc['partials']): Partial<Record<'header' | 'footer' | 'company', string>> {
  const out: Partial<Record<'header' | 'footer' | 'company', string>> = {}
  for (const name of ['header', 'footer', 'company'] as const) {
    const value = partials?.[name]
    if (typeof value === 'string' && value.trim() !== '') out[name] = value
  }
  return out
}

export function renderTemplateDoc(
  template: Pick<TemplateDoc, 'source' | 'partials' | 'paperSize' | 'orientation' | 'margins'>,
  data: TemplateData,
): Promise<RenderResult> {
  return renderTemplate({ source: template.source, partials: partialsOf(template.partials), data, page: pageOf(template) })
}
