'use client'
import { useEffect, useState } from 'react'
import styles from '../_workspace/workspace.module.css'

const texts = {
  en: {
    title: 'Sign in to Formwork',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Sign-in failed: {{reason}}',
    other: '中文',
  },
  zh: {
    title: '登录 Formwork',
    email: '邮箱',
    password: '密码',
    submit: '登录',
    failed: '登录失败：{{reason}}',
    other: 'English',
  },
}

/** Payload's login (`POST /api/users/login` sets the session cookie), then back where the user was going. */
export function LoginForm({ next }: { next: string }) {
  const [language, setLanguage] = useState<'en' | 'zh'>('zh')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => setLanguage(navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en'), [])
  const t = texts[language]
  return (
    <main className={styles.loginPage} lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <form
        className={styles.loginCard}
        onSubmit={async (e) => {
          e.preventDefault()
          setBusy(true)
          const form = new FormData(e.currentTarget)
          const res = await fetch('/api/users/login', {
            method: 'POST',
            credentials: 'include',
            headers: { 'content-type': 'application/json', 'accept-language': language },
            body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
          })
          setBusy(false)
          if (res.ok) return window.location.assign(next.startsWith('/app') ? next : '/app')
          const body = await res.json().catch(() => null)
          setProblem(t.failed.replace('{{reason}}', String(body?.errors?.[0]?.message ?? res.status)))
        }}
      >
        <h1>{t.title}</h1>
        <label htmlFor="login-email">{t.email}</label>
        <input id="login-email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="login-password">{t.password}</label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" required />
        {problem ? (
          <p role="alert" className={styles.loginProblem}>
            {problem}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {t.submit}
        </button>
        <button type="button" className={styles.loginSwitch} onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
          {t.other}
        </button>
      </form>
    </main>
  )
}
