import type { Metadata } from 'next'
import { PublicForm } from '../../../../../../form-designer/public/PublicForm'
import { type FormPageProps, publicFormPage, titleOf } from '../../_public/publicForm'

// Every request reads the form's current state: an admin may switch it off at any moment.
export const dynamic = 'force-dynamic'

export async function generateMetadata(props: FormPageProps): Promise<Metadata> {
  const { form, language } = await publicFormPage(props)
  return { title: titleOf(form, language) }
}

/** /forms/<tenant>/<form>: a public form anyone can fill in, in Chinese or English. */
export default async function PublicFormPage(props: FormPageProps) {
  const { form, language } = await publicFormPage(props)
  return <PublicForm definition={form.definition} language={language} />
}
