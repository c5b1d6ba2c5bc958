'use client'
import { useEffect, useMemo, useState } from 'react'
import { api, problemsOf } from '../../lists/api'
import styles from './documents.module.css'
import { SendByEmail } from './SendByEmail'
import { documentTexts } from './texts'

/** What each document converts into, through the server's conversion endpoints (src/conversions). */
const CONVERSIONS: Record<
  string,
  { path: string; to: string; link: string; label: 'toOrder' | 'toInvoice'; what: 'order' | 'invoice' }
> = {
  quotes: { path: 'convert-to-order', to: 'sales-orders', link: 'salesOrder', label: 'toOrder', what: 'order' },
  'sales-orders': { path: 'convert-to-invoice', to: 'invoices', link: 'invoice', label: 'toInvoice', what: 'invoice' },
}
export const PRINTABLE_DOCUMENTS = ['quotes', 'sales-orders', 'invoices', 'purchase-orders']

type Template = { id: string | number; name: string; language?: string; format?: string; isDefault?: boolean }

const fileNameOf = (disposition: string | null, fallback: string) => {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')
  if (utf8) return decodeURIComponent(utf8[1])
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback
}

/**
 * A record's document actions on its page: a quote's or order's conversion in one click (then the new
 * document opens; a second or concurrent conversion gets the server's 409, shown with a link to the
 * document that exists), and, for any record the tenant has export templates for, printing as a PDF
 * download or HTML in a new tab and sending by email. All act on the saved version. Records that are
 * not documents show nothing until a template exists for them.
 */
export function DocumentActions({
  entity,
  id,
  language,
  onSent,
}: {
  entity: string
  id: string
  language: 'en' | 'zh'
  /** An email was sent (it is on the timeline now). */
  onSent?: () => void
}) {
  const t = useMemo(() => documentTexts(language), [language])
  const conversion = CONVERSIONS[entity]
  const [busy, setBusy] = useState<'convert' | 'print' | null>(null)
  const [sending, setSending] = useState(false)
  const [message, setMessage] = useState<{ text: string; href?: string } | null>(null)
  const [templates, setTemplates] = useState<Template[] | null>(null)
  const [template, setTemplate] = useState('')

  useEffect(() => {
    const params = new URLSearchParams({ limit: '50', depth: '0', sort: 'name', 'where[entity][equals]': entity })
    for (const f of ['name', 'language', 'format', 'isDefault']) params.set(`select[${f}]`, 'true')
    api(`/export-templates?${params}`).then(({ status, body }) => {
      const found: Template[] = status === 200 ? (body.docs ?? []) : []
      setTemplates(found)
      // The default in the user's language first, then any default, then the first.
      const best = found.find((f) => f.isDefault && f.language === language) ?? found.find((f) => f.isDefault) ?? found[0]
      setTemplate(best ? String(best.id) : '')
    })
  }, [entity, language])

  const convert = async () => {
    if (!conversion) return
    setBusy('convert')
    setMessage(null)
    const res = await api(`/${entity}/${id}/${conversion.path}`, { method: 'POST', body: '{}' })
    if (res.status === 201) return window.location.assign(`/app/${conversion.to}/${res.body.id}?created=1`)
    setBusy(null)
    const existing = res.body?.errors?.[0]?.data?.existing
    setMessage({
      text: t('failed', { reason: problemsOf(res.body).general.join(' ') || String(res.status) }),
      href: existing != null ? `/app/${conversion.to}/${existing}` : undefined,
    })
  }

  const print = async (format: 'pdf' | 'html') => {
    // Opened now, inside the click, so the browser does not block it as a pop-up.
    const tab = format === 'html' ? window.open('', '_blank') : null
    setBusy('print')
    setMessage(null)
    const res = await fetch(`/api/export-templates/${template}/render`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ recordId: id, format }),
    })
    setBusy(null)
    if (!res.ok) {
      tab?.close()
      const body = await res.json().catch(() => null)
      const { fields, general } = problemsOf(body)
      return setMessage({
        text: t('printFailed', { reason: [...general, ...fields.map((f) => f.message)].join(' ') || String(res.status) }),
      })
    }
    const url = URL.createObjectURL(await res.blob())
    if (tab) tab.location.href = url
    else {
      const a = document.createElement('a')
      a.href = url
      a.download = fileNameOf(res.headers.get('content-disposition'), `${id}.${format}`)
      a.click()
    }
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  }

  const isDocument = PRINTABLE_DOCUMENTS.includes(entity) || conversion != null
  if (!isDocument && (!templates || templates.length === 0)) return null
  return (
    <section className={styles.bar} aria-label={conversion ? t(conversion.label) : t('template')}>
      {conversion ? (
        <button type="button" className={styles.primary} disabled={busy != null} onClick={convert}>
          {busy === 'convert' ? t('converting') : t(conversion.label)}
        </button>
      ) : null}
      {templates && templates.length === 0 ? <span className={styles.hint}>{t('noTemplate')}</span> : null}
      {templates && templates.length > 0 ? (
        <span className={styles.print}>
          <label className={styles.hint} htmlFor={`print-template-${id}`}>
            {t('template')}
          </label>
          <select id={`print-template-${id}`} value={template} onChange={(e) => setTemplate(e.target.value)}>
            {templates.map((tp) => (
              <option key={tp.id} value={String(tp.id)}>
                {tp.name}
              </option>
            ))}
          </select>
          <button type="button" className={styles.secondary} disabled={busy != null || !template} onClick={() => print('pdf')}>
            {busy === 'print' ? t('printing') : t('pdf')}
          </button>
          <button type="button" className={styles.secondary} disabled={busy != null || !template} onClick={() => print('html')}>
            {t('html')}
          </button>
          <button
            type="button"
            className={styles.secondary}
            disabled={busy != null || !template}
            aria-expanded={sending}
            onClick={() => setSending(!sending)}
          >
            {t('email')}
          </button>
        </span>
      ) : null}
      {sending && template ? (
        <SendByEmail key={template} template={template} recordId={id} t={t} onDone={() => onSent?.()} />
      ) : null}
      <span className={styles.hint}>{t('saveFirst')}</span>
      <div role="status" aria-live="polite" className={styles.live}>
        {message ? (
          <p className={styles.problem} role="alert">
            {message.text}
            {message.href ? (
              <a className={styles.link} href={message.href}>
                {t('open')}
              </a>
            ) : null}
          </p>
        ) : null}
      </div>
    </section>
  )
}
