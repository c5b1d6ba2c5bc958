import styles from '../mail/mail.module.css'

const RECIPIENTS = ['contacts', 'accounts', 'leads']
const label = { en: 'Send SMS', zh: '发短信' }

/** On a customer's page (contact, account, lead): the SMS screen, with this record as the recipient. */
export function SendSmsLink({ entity, id, language }: { entity: string; id: string; language: 'en' | 'zh' }) {
  if (!RECIPIENTS.includes(entity) || !id || id === 'new') return null
  const query = new URLSearchParams({ entity, id })
  return (
    <p>
      <a className={styles.primary} href={`/app/sms?${query}`} data-action="send-sms">
        {label[language]}
      </a>
    </p>
  )
}
