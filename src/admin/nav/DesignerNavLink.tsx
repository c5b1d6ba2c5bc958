'use client'
import { useTranslation } from '@payloadcms/ui'

/** Link to the form designer, beside Payload's own navigation. */
export function DesignerNavLink() {
  const { t } = useTranslation()
  return (
    <a
      href="/admin/designer"
      className="nav__link"
      style={{ display: 'block', padding: '4px 0' }}
      data-testid="designer-nav-link"
    >
      {(t as (key: string) => string)('formwork:formDesigner')}
    </a>
  )
}
