import styles from '../../../../../../form-designer/public/public.module.css'
import { publicTexts } from '../../../../../../form-designer/public/texts'
import { say } from '../../../../../publicForms/messages'

export const metadata = { title: '找不到表单 · Form not found' }

/** An unknown or switched-off form. The page cannot know the visitor's language here, so it speaks both. */
export default function FormNotFound() {
  return (
    <main className={styles.page}>
      {(['zh', 'en'] as const).map((language) => (
        <section key={language} lang={language === 'zh' ? 'zh-CN' : 'en'}>
          <h1 className={styles.title}>{publicTexts(language)('notFoundTitle')}</h1>
          <p className={styles.intro}>{say(language, 'formNotFound')}</p>
        </section>
      ))}
    </main>
  )
}
