'use client'
import { FieldLabel, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { CustomSchema } from '../../customFields/customSchema'
import { FIXABLE_CUSTOM_TYPES, isPublicFormTarget, PUBLIC_CUSTOM_TYPES, PUBLIC_FORM_TARGETS } from '../../publicForms/targets'

type Custom = { key: string; label: string; type: string }

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/**
 * Beside a public form in the admin: its public address (a link to open it), and the fields this entity
 * offers — base fields by name, the tenant's published custom fields as `custom.<key>` with their label —
 * so the admin types names that the save will accept.
 */
export function PublicFormGuide() {
  const { t, i18n } = useTranslation()
  const tr = t as (key: string) => string
  const language = i18n.language === 'en' ? 'en' : 'zh'
  const { id } = useDocumentInfo()
  const { entity, slug, tenant, active } = useFormFields(([fields]) => ({
    entity: fields.entity?.value as string | undefined,
    slug: fields.slug?.value as string | undefined,
    tenant: idOf(fields.tenant?.value),
    active: fields.active?.value as boolean | undefined,
  }))
  const [tenantSlug, setTenantSlug] = useState<string | null>(null)
  const [custom, setCustom] = useState<Custom[]>([])

  useEffect(() => {
    if (tenant == null || tenant === '') return
    fetch(`/api/tenants/${tenant}?depth=0`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then((doc) => setTenantSlug(doc?.slug ?? null))
      .catch(() => setTenantSlug(null))
  }, [tenant])

  useEffect(() => {
    if (!isPublicFormTarget(entity)) return setCustom([])
    const query = new URLSearchParams({
      'where[entity][equals]': entity,
      'where[status][equals]': 'published',
      sort: '-version',
      limit: '1',
      depth: '0',
    })
    fetch(`/api/entity-schemas?${query}`, {
      credentials: 'include',
      ...(tenant ? { headers: { 'x-tenant': String(tenant) } } : {}),
    })
      .then((r) => (r.ok ? r.json() : null))
      .then((body) => {
        const schema = body?.docs?.[0]?.schema as CustomSchema | undefined
        setCustom(
          Object.entries(schema?.properties ?? {})
            .filter(([, f]) => !f['x-removed'])
            .map(([key, f]) => ({ key, type: f['x-type'], label: f['x-label']?.[language] ?? f['x-label']?.zh ?? key })),
        )
      })
      .catch(() => setCustom([]))
  }, [entity, tenant, language])

  if (!isPublicFormTarget(entity)) return null
  const target = PUBLIC_FORM_TARGETS[entity]
  const list = (names: readonly string[], types: ReadonlySet<string>) => [
    ...names,
    ...custom.filter((c) => types.has(c.type)).map((c) => `custom.${c.key} (${c.label})`),
  ]
  const address = id && tenantSlug && slug ? `/forms/${tenantSlug}/${slug}` : null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={tr('formwork:publicFormAddress')} />
      <p style={{ margin: '0 0 12px' }}>
        {address ? (
          <>
            <code>{address}</code>{' '}
            <a href={address} target="_blank" rel="noopener">
              {tr('formwork:publicFormOpen')}
            </a>
            {active === false ? <span> — {tr('formwork:publicFormInactive')}</span> : null}
          </>
        ) : (
          tr('formwork:publicFormAddressPending')
        )}
      </p>
      <FieldLabel label={tr('formwork:publicFormFillable')} />
      <p style={{ margin: '0 0 12px' }}>{list(target.fillable, PUBLIC_CUSTOM_TYPES as ReadonlySet<string>).join(', ')}</p>
      <FieldLabel label={tr('formwork:publicFormFixable')} />
      <p style={{ margin: 0 }}>{list(target.fixed, FIXABLE_CUSTOM_TYPES as ReadonlySet<string>).join(', ')}</p>
    </div>
  )
}
