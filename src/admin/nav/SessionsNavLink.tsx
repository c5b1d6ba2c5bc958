'use client'
import { useTranslation } from '@payloadcms/ui'

/** Link to the active-sessions view, beside Payload's own navigation. */
export function SessionsNavLink() {
  const { t } = useTranslation()
  return (
    <a
      href="/admin/sessions"
      className="nav__link"
      style={{ display: 'block', padding: '4px 0' }}
      data-testid="sessions-nav-link"
    >
      {(t as (key: string) => string)('formwork:sessions')}
    </a>
  )
}
