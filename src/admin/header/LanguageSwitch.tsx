'use client'
import { useAuth, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

/** One click between 简体中文 and English; the choice is saved as the user's preferred language. */
export function LanguageSwitch() {
  const { user } = useAuth()
  const { i18n, t } = useTranslation()
  const [busy, setBusy] = useState(false)
  if (!user) return null
  const next = i18n.language === 'zh' ? 'en' : 'zh'
  const translate = t as (key: string) => string
  return (
    <button
      type="button"
      data-testid="language-switch"
      disabled={busy}
      title={translate('formwork:language')}
      onClick={async () => {
        setBusy(true)
        // The server sets the language cookie when a user changes their own preference.
        await fetch(`/api/users/${user.id}`, {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ language: next }),
        })
        document.cookie = `formwork-lng=${next}; Path=/; SameSite=Lax; Max-Age=31536000`
        window.location.reload()
      }}
      style={{
        marginRight: 12,
        padding: '4px 10px',
        borderRadius: 4,
        border: '1px solid var(--theme-elevation-150)',
        background: 'transparent',
        color: 'var(--theme-text)',
        cursor: 'pointer',
      }}
    >
      {translate('formwork:switchLanguage')}
    </button>
  )
}
