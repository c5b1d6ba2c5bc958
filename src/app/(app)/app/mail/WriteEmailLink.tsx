'use client'
import { useEffect, useState } from 'react'
import { api } from '../../../../../form-designer/lists/api'
import styles from './mail.module.css'

const PEOPLE = ['contacts', 'accounts', 'leads']
const label = { en: 'Write an email', zh: '写邮件' }

/**
 * On a customer's page (contact, account, lead): opens the composer addressed to the customer's email
 * and linked to the record, so the mail is sent from the user's mailbox and lands on this timeline.
 */
export function WriteEmailLink({ entity, id, language }: { entity: string; id: string; language: 'en' | 'zh' }) {
  const [email, setEmail] = useState<string | null>(null)
  useEffect(() => {
    if (!PEOPLE.includes(entity) || !id || id === 'new') return
    void api(`/${entity}/${id}?depth=0`).then((res) => setEmail(res.status === 200 ? (res.body.email ?? '') : null))
  }, [entity, id])
  if (email == null) return null
  const query = new URLSearchParams({ compose: '1', entity, id, to: email })
  return (
    <p>
      <a className={styles.primary} href={`/app/mail?${query}`} data-action="write-email">
        {label[language]}
      </a>
    </p>
  )
}
