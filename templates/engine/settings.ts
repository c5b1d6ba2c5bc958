import { DEFAULT_LIMITS, DEFAULT_PAGE, type PageSetup, type TemplateLimits } from '../types'

/** The caller's limits over the defaults; nonsense (0, negative, NaN) falls back to the default. */
export function resolveLimits(limits?: Partial<TemplateLimits>): TemplateLimits {
  const pick = (key: keyof TemplateLimits) => {
    const value = limits?.[key]
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_LIMITS[key]
  }
  return { maxSourceBytes: pick('maxSourceBytes'), maxOutputBytes: pick('maxOutputBytes'), timeoutMs: pick('timeoutMs') }
}

const SIZES = new Set(['A4', 'A5', 'Letter'])

/** The page as the template sees it: `{{page.css}}` inside `@page { … }` sets paper and margins. */
export function resolvePage(page?: Partial<PageSetup>) {
  const size = page?.size && SIZES.has(page.size) ? page.size : DEFAULT_PAGE.size
  const orientation = page?.orientation === 'landscape' ? 'landscape' : 'portrait'
  const margins =
    Array.isArray(page?.marginsMm) &&
    page.marginsMm.length === 4 &&
    page.marginsMm.every((m) => Number.isFinite(m) && m >= 0 && m <= 100)
      ? page.marginsMm
      : DEFAULT_PAGE.marginsMm
  const margin = margins.map((m) => `${m}mm`).join(' ')
  return { size, orientation, margin, css: `size: ${size} ${orientation}; margin: ${margin};` }
}
