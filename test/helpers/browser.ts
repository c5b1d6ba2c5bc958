import fs from 'node:fs'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { ROOT } from './testDatabases'

export const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots')

/** Debian's Chromium, with the flags that keep it off the (closed) network. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!fs.existsSync(executablePath))
    throw new Error(`No Chromium at ${executablePath}: run \`apt-get install -y chromium fonts-noto-cjk\`.`)
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * The signed-in user's language, set explicitly: it is saved on the user, so another test file that
 * switched the same user (the super admin) must not decide what this one sees.
 */
export async function useLanguage(page: Page, url: string, language: 'zh' | 'en') {
  const me = await (await page.request.get(`${url}/api/users/me`)).json()
  const res = await page.request.patch(`${url}/api/users/${me.user.id}`, { data: { language } })
  if (!res.ok()) throw new Error(`Setting the language failed: ${res.status()} ${await res.text()}`)
  await page.reload()
}
