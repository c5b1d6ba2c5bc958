import type { Language } from '../i18n/language'

const asLanguage = (tag: string): Language | null => {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
  return primary === 'zh' ? 'zh' : primary === 'en' ? 'en' : null
}

/**
 * The language a public page speaks: `?lang=` when it names one of ours, else the browser's most
 * preferred of ours (Accept-Language with q-values), else the company's own language.
 */
export function negotiateLanguage(requested: unknown, acceptLanguage: string | null | undefined, fallback: Language): Language {
  if (typeof requested === 'string') {
    const chosen = asLanguage(requested)
    if (chosen) return chosen
  }
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const quality = q ? Number(q.slice(2)) : 1
      return { language: asLanguage(tag), quality: Number.isFinite(quality) ? quality : 0, index }
    })
    .filter((r): r is { language: Language; quality: number; index: number } => r.language != null && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  return ranges[0]?.language ?? fallback
}
