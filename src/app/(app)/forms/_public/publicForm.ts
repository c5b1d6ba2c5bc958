import config from '@payload-config'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { createLocalReq, getPayload } from 'payload'
import { cache } from 'react'
import { loadPublicForm } from '../../../../publicForms/definition'
import { negotiateLanguage } from '../../../../publicForms/language'
import type { ResolvedPublicForm } from '../../../../publicForms/types'

export type FormPageProps = {
  params: Promise<{ tenant: string; form: string }>
  searchParams: Promise<{ lang?: string | string[] }>
}

/** Once per request: the page and its metadata ask for the same form. */
const loadForm = cache(async (tenant: string, slug: string) => {
  const payload = await getPayload({ config })
  return loadPublicForm(await createLocalReq({}, payload), tenant, slug)
})

/**
 * The active form a public page names, and the language to show it in (`?lang=`, the browser's
 * Accept-Language, the company's language); an unknown or inactive form is the 404 page.
 */
export async function publicFormPage({
  params,
  searchParams,
}: FormPageProps): Promise<{ form: ResolvedPublicForm; language: 'en' | 'zh' }> {
  const [{ tenant, form: slug }, { lang }] = await Promise.all([params, searchParams])
  const form = await loadForm(tenant, slug)
  if (!form) notFound()
  const language = negotiateLanguage(
    Array.isArray(lang) ? lang[0] : lang,
    (await headers()).get('accept-language'),
    form.definition.tenant.language,
  )
  return { form, language }
}

export const titleOf = (form: ResolvedPublicForm, language: 'en' | 'zh') => {
  const title = form.definition.form.title
  return `${title[language] || title.zh || title.en} · ${form.definition.tenant.name}`
}
