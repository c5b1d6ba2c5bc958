import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The text layer of a PDF, page by page, as a real PDF reader extracts it (pdf.js). */
export async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise
  const texts: string[] = []
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent()
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''))
  }
  const pages = document.numPages
  await document.destroy()
  return { pages, text: texts.join('\n') }
}
