import type { Metadata } from 'next'
import { LanguageSwitch } from '../../../../../../../form-designer/public/LanguageSwitch'
import styles from '../../../../../../../form-designer/public/public.module.css'
import { publicTexts } from '../../../../../../../form-designer/public/texts'
import { type FormPageProps, publicFormPage, titleOf } from '../../../_public/publicForm'

export const dynamic = 'force-dynamic'

export async function generateMetadata(props: FormPageProps): Promise<Metadata> {
  const { form, language } = await publicFormPage(props)
  return { title: titleOf(form, language) }
}

/** /forms/<tenant>/<form>/thanks: the form's thank-you message, where a submission lands. */
export default async function ThankYouPage(props: FormPageProps) {
  const { form, language } = await publicFormPage(props)
  const t = publicTexts(language)
  const { tenant, form: about } = form.definition
  return (
    <main className={styles.page} lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <div className={styles.top}>
        <span className={styles.company}>{tenant.name}</span>
        <LanguageSwitch language={language} label={t('language')} />
      </div>
      <h1 className={styles.title}>{about.title[language] || about.title.zh || about.title.en}</h1>
      <p className={styles.thanks} role="status">
        {form.thankYou[language] || form.thankYou.zh || form.thankYou.en}
      </p>
      <a className={styles.link} href={`/forms/${tenant.slug}/${about.slug}?lang=${language}`}>
        {t('another')}
      </a>
    </main>
  )
}
