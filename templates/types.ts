/** Languages a template renders in: picks the helpers' formats (money, dates, 大写金额) and default labels. */
export type Language = 'zh' | 'en'

/** What went wrong, for the admin: compile errors carry the line and column (1-based) of the template source. */
export type TemplateError = {
  kind: 'compile' | 'render' | 'timeout' | 'too-large'
  message: string
  line?: number
  column?: number
}

export type TemplateLimits = { maxSourceBytes: number; maxOutputBytes: number; timeoutMs: number }

/** Source 256 KiB (main source and partials together), output 8 MiB, 3 seconds of rendering. */
export const DEFAULT_LIMITS: TemplateLimits = { maxSourceBytes: 256 * 1024, maxOutputBytes: 8 * 1024 * 1024, timeoutMs: 3000 }

export type PartialName = 'header' | 'footer' | 'company'
export const PARTIAL_NAMES: readonly PartialName[] = ['header', 'footer', 'company']

export type PaperSize = 'A4' | 'A5' | 'Letter'
/** Paper for `@page`: the default templates read `page.css` (`size` and `margin` declarations). */
export type PageSetup = { size: PaperSize; orientation?: 'portrait' | 'landscape'; marginsMm: [number, number, number, number] }
export const DEFAULT_PAGE: PageSetup = { size: 'A4', orientation: 'portrait', marginsMm: [15, 12, 15, 12] }

export type TenantDetails = {
  name: string
  logoUrl?: string
  address?: string
  phone?: string
  email?: string
  bankName?: string
  bankAccount?: string
  taxNumber?: string
  /** Default currency for `money` when the document has none (ISO code, e.g. CNY). */
  currency?: string
}

export type TemplateData = {
  language: Language
  /** The record, relations populated (account, contact, items[].product …), money as decimal strings, custom: {…}. */
  doc: Record<string, unknown>
  tenant: TenantDetails
  /** field path → label, field → value → label, already in `language`. */
  labels?: { fields?: Record<string, string>; options?: Record<string, Record<string, string>> }
  /** ISO date-time of printing; `{{date printedAt}}`. */
  printedAt?: string
  /** IANA time zone for timestamps (like the rest of Formwork, default Asia/Shanghai); date-only values are never shifted. */
  timeZone?: string
}

export type RenderInput = {
  /** The template's main Handlebars source. */
  source: string
  /** Override the default partials. */
  partials?: Partial<Record<PartialName, string>>
  data: TemplateData
  limits?: Partial<TemplateLimits>
  /** Paper size and margins; exposed to the template as `page`. Default A4 portrait, 15/12/15/12 mm. */
  page?: Partial<PageSetup>
}

export type RenderResult = { ok: true; html: string } | { ok: false; error: TemplateError }

export type TemplateEntity = 'quotes' | 'sales-orders' | 'purchase-orders' | 'invoices'
export type DefaultTemplate = { entity: TemplateEntity; language: Language; name: string; source: string }
