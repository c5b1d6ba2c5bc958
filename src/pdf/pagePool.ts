import type { Browser, BrowserContext, Page } from 'playwright-core'
import { sharedBrowser } from './chromium'

// A few pages at once keep both cores busy without letting a burst of prints exhaust memory.
const MAX_PAGES = 3

type Pool = { browser: Browser; context: Promise<BrowserContext>; idle: Page[] }
let pool: Pool | null = null
let open = 0
const waiting: (() => void)[] = []
/** URLs each page may load during its current render (the tenant's logo); everything else is refused. */
const allowed = new WeakMap<Page, string[]>()

async function currentPool(): Promise<Pool> {
  const browser = await sharedBrowser()
  if (pool?.browser !== browser) {
    // JavaScript off: a template is a document, not a program.
    pool = { browser, context: browser.newContext({ javaScriptEnabled: false }), idle: [] }
  }
  return pool
}

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.route('**/*', (route) => {
    const url = route.request().url()
    return url.startsWith('data:') || url === 'about:blank' || (allowed.get(page) ?? []).includes(url)
      ? route.continue()
      : route.abort()
  })
  return page
}

/**
 * Run `work` on a page of the shared browser. Pages are reused (a new context costs more than the
 * print itself on a small machine); a page that crashed is dropped and replaced on the next use.
 */
export async function withPage<T>(allowUrls: string[], work: (page: Page) => Promise<T>): Promise<T> {
  if (open >= MAX_PAGES) await new Promise<void>((resolve) => waiting.push(resolve))
  open++
  let page: Page | null = null
  let owner: Pool | null = null
  try {
    owner = await currentPool()
    page = owner.idle.pop() ?? (await newPage(await owner.context))
    allowed.set(page, allowUrls)
    return await work(page)
  } finally {
    if (page && owner && !page.isClosed() && owner === pool) {
      allowed.set(page, [])
      owner.idle.push(page)
    }
    open--
    waiting.shift()?.()
  }
}
