'use client'
import { useAuth, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { readTenantCookie, writeTenantCookie } from './tenantCookie'

type TenantOption = { id: string | number; name: string; kind: string }

/** Picks the tenant the admin works in; every list and form then shows that tenant only. */
export function TenantSelector() {
  const { user } = useAuth()
  const { t } = useTranslation()
  const [tenants, setTenants] = useState<TenantOption[]>([])
  const [current, setCurrent] = useState('')

  useEffect(() => {
    if (!user) return
    setCurrent(readTenantCookie())
    fetch('/api/tenants?limit=200&depth=0&sort=name&select[name]=true&select[kind]=true', { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((data: { docs: TenantOption[] }) => setTenants(data.docs))
      .catch(() => setTenants([]))
  }, [user])

  if (!user || tenants.length === 0) return null
  const isSuperAdmin = Boolean((user as { isSuperAdmin?: boolean }).isSuperAdmin)
  const fallback = isSuperAdmin ? '' : String(tenants[0]?.id ?? '')
  const translate = t as (key: string) => string

  return (
    <label className="formwork-tenant-selector" style={{ display: 'flex', alignItems: 'center', gap: 6, marginRight: 12 }}>
      <span style={{ fontSize: 13, opacity: 0.7 }}>{translate('formwork:tenant')}</span>
      <select
        aria-label={translate('formwork:switchTenant')}
        data-testid="tenant-selector"
        value={current || fallback}
        onChange={(event) => {
          writeTenantCookie(event.target.value)
          window.location.reload()
        }}
        style={{
          padding: '4px 8px',
          borderRadius: 4,
          border: '1px solid var(--theme-elevation-150)',
          background: 'var(--theme-input-bg)',
          color: 'var(--theme-text)',
        }}
      >
        {isSuperAdmin ? <option value="">{translate('formwork:allTenants')}</option> : null}
        {tenants.map((tenant) => (
          <option key={tenant.id} value={String(tenant.id)}>
            {tenant.name}
          </option>
        ))}
      </select>
    </label>
  )
}
