import fs from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

/** Where Debian puts Chromium; FORMWORK_CHROMIUM_PATH points elsewhere. */
export const chromiumPath = () => process.env.FORMWORK_CHROMIUM_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Chromium is not installed where we looked: PDF output is unavailable, HTML still works. */
export class ChromiumMissingError extends Error {
  constructor(readonly executablePath: string) {
    super(`No Chromium at ${executablePath}`)
  }
}

// Without these flags Chromium phones home and floods a closed network with refused connections.
// (playwright gives every launch a fresh temporary profile, i.e. its own --user-data-dir.)
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

let launching: Promise<Browser> | null = null

/**
 * The one browser every PDF render shares: launched on first use (starting Chromium costs far more
 * than a page), launched again after it died, closed by `closeBrowser` on shutdown.
 */
export function sharedBrowser(): Promise<Browser> {
  if (launching) return launching
  const executablePath = chromiumPath()
  if (!fs.existsSync(executablePath)) return Promise.reject(new ChromiumMissingError(executablePath))
  const attempt = chromium.launch({ executablePath, args: FLAGS, headless: true }).then((browser) => {
    browser.on('disconnected', () => {
      if (launching === attempt) launching = null
    })
    return browser
  })
  attempt.catch(() => {
    if (launching === attempt) launching = null
  })
  launching = attempt
  return attempt
}

/** Close the shared browser (on shutdown); a later render launches a new one. */
export async function closeBrowser(): Promise<void> {
  const attempt = launching
  launching = null
  const browser = await attempt?.catch(() => null)
  await browser?.close().catch(() => undefined)
}
