'use client'
import { useTranslation } from '@payloadcms/ui'

/** Link to the recycle bin, beside Payload's own navigation. */
export function RecycleBinNavLink() {
  const { t } = useTranslation()
  return (
    <a
      href="/admin/recycle-bin"
      className="nav__link"
      style={{ display: 'block', padding: '4px 0' }}
      data-testid="recycle-bin-nav-link"
    >
      {(t as (key: string) => string)('formwork:recycleBin')}
    </a>
  )
}
