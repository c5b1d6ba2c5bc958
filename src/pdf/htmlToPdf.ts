import { withPage } from './pagePool'

export type PaperSize = 'A4' | 'A5' | 'Letter'

export type PdfOptions = {
  size: PaperSize
  orientation?: 'portrait' | 'landscape'
  /** Top, right, bottom, left, in millimetres. */
  marginsMm: [number, number, number, number]
  /** The only URLs the page may load (the tenant's logo): templates must not reach internal addresses. */
  allowUrls?: string[]
}

/** Print HTML to PDF in the shared Chromium, on the template's paper size and margins. */
export function htmlToPdf(html: string, { size, orientation = 'portrait', marginsMm, allowUrls = [] }: PdfOptions) {
  return withPage(allowUrls, async (page) => {
    await page.setContent(html, { waitUntil: 'load', timeout: 15_000 })
    const [top, right, bottom, left] = marginsMm.map((mm) => `${mm}mm`)
    const pdf = await page.pdf({
      format: size,
      landscape: orientation === 'landscape',
      margin: { top, right, bottom, left },
      printBackground: true,
    })
    return Buffer.from(pdf)
  })
}
