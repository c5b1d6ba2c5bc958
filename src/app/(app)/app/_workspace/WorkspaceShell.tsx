'use client'
import { type ReactNode, useState } from 'react'
import type { Labels } from '../../../../customFields/layout/types'
import { NotificationBell } from './notifications/NotificationBell'
import styles from './workspace.module.css'

type Props = {
  user: { id: string | number; name: string }
  language: 'en' | 'zh'
  entities: { slug: string; label: { plural: Labels } }[]
  active?: string
  children: ReactNode
}

const texts = {
  en: { menu: 'Menu', logout: 'Sign out', admin: 'Admin', switchTo: '中文', nav: 'Records' },
  zh: { menu: '菜单', logout: '退出', admin: '管理后台', switchTo: 'English', nav: '业务记录' },
}

/** The workspace frame: entity navigation (a drawer on phones), the notification bell, language switch and sign-out. */
export function WorkspaceShell({ user, language, entities, active, children }: Props) {
  const t = texts[language]
  const [open, setOpen] = useState(false)
  const switchLanguage = async () => {
    await fetch(`/api/users/${user.id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ language: language === 'zh' ? 'en' : 'zh' }),
    })
    window.location.reload()
  }
  const logout = async () => {
    await fetch('/api/users/logout', { method: 'POST', credentials: 'include' })
    window.location.assign('/app/login')
  }
  return (
    <div className={styles.shell} lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <header className={styles.top}>
        <button
          type="button"
          className={styles.menuButton}
          aria-label={t.menu}
          aria-expanded={open}
          aria-controls="workspace-nav"
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">☰</span> <span className={styles.menuLabel}>{t.menu}</span>
        </button>
        <a href="/app" className={styles.brand}>
          Formwork
        </a>
        <div className={styles.topActions}>
          <NotificationBell language={language} />
          <button type="button" className={styles.plain} onClick={switchLanguage} lang={language === 'zh' ? 'en' : 'zh-CN'}>
            {t.switchTo}
          </button>
          <a href="/admin" className={styles.plain}>
            {t.admin}
          </a>
          <span className={styles.userName}>{user.name}</span>
          <button type="button" className={styles.plain} onClick={logout}>
            {t.logout}
          </button>
        </div>
      </header>
      <div className={styles.body}>
        <nav id="workspace-nav" aria-label={t.nav} className={open ? styles.navOpen : styles.nav}>
          <ul>
            {entities.map((e) => (
              <li key={e.slug}>
                <a
                  href={`/app/${e.slug}`}
                  aria-current={e.slug === active ? 'page' : undefined}
                  className={e.slug === active ? styles.navActive : styles.navLink}
                >
                  {e.label.plural[language] ?? e.slug}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main className={styles.main}>{children}</main>
      </div>
    </div>
  )
}
