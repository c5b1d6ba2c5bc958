import { sharedBrowser } from './chromium'

export type PaperSize = 'A4' | 'A5' | 'Letter'

export type PdfOptions = {
  size: PaperSize
  orientation?: 'portrait' | 'landscape'
  /** Top, right, bottom, left, in millimetres. */
  marginsMm: [number, number, number, number]
  /** The only URL the page may load (the tenant's logo); everything else is refused. */
  allowUrls?: string[]
}

// A few renders at once keep both cores busy without letting a burst of prints exhaust memory.
const MAX_PAGES = 3
let open = 0
const waiting: (() => void)[] = []

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (open >= MAX_PAGES) await new Promise<void>((resolve) => waiting.push(resolve))
  open++
  try {
    return await work()
  } finally {
    open--
    waiting.shift()?.()
  }
}

/**
 * Print HTML to PDF in the shared Chromium. JavaScript is off and the network closed (a template is
 * a document, not a program, and must not reach internal URLs); only `allowUrls` load.
 */
export async function htmlToPdf(html: string, { size, orientation = 'portrait', marginsMm, allowUrls = [] }: PdfOptions) {
  const browser = await sharedBrowser()
  return slot(async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: false })
    try {
      const page = await context.newPage()
      await page.route('**/*', (route) => {
        const url = route.request().url()
        return url.startsWith('data:') || allowUrls.includes(url) ? route.continue() : route.abort()
      })
      await page.setContent(html, { waitUntil: 'load', timeout: 15_000 })
      const [top, right, bottom, left] = marginsMm.map((mm) => `${mm}mm`)
      const pdf = await page.pdf({
        format: size,
        landscape: orientation === 'landscape',
        margin: { top, right, bottom, left },
        printBackground: true,
      })
      return Buffer.from(pdf)
    } finally {
      await context.close().catch(() => undefined)
    }
  })
}
