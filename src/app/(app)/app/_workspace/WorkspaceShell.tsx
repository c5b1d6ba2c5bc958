'use client'
import { type ReactNode, useEffect, useState } from 'react'
import type { Labels } from '../../../../customFields/layout/types'
import { groupByModule } from '../../../../workspace/modules'
import { CallCenter } from './calls/CallCenter'
import { NotificationBell } from './notifications/NotificationBell'
import styles from './workspace.module.css'

type Props = {
  user: { id: string | number; name: string }
  language: 'en' | 'zh'
  entities: { slug: string; label: { plural: Labels } }[]
  active?: string
  /** What the header's search box shows (the search page passes its query). */
  query?: string
  children: ReactNode
}

/** The workspace's own pages, above the modules' entities; each is `/app/<page>` (home is `/app`). */
const PAGES = ['home', 'approvals', 'calendar', 'mail', 'sms', 'calls', 'import', 'reports', 'dashboards'] as const

const texts = {
  en: {
    menu: 'Menu',
    logout: 'Sign out',
    admin: 'Admin',
    switchTo: '中文',
    nav: 'Records',
    home: 'Home',
    approvals: 'My approvals',
    calendar: 'Calendar',
    mail: 'Mail',
    sms: 'SMS',
    calls: 'Calls',
    import: 'Import',
    reports: 'Reports',
    dashboards: 'Dashboards',
    search: 'Search names, numbers, phones…',
  },
  zh: {
    menu: '菜单',
    logout: '退出',
    admin: '管理后台',
    switchTo: 'English',
    nav: '业务记录',
    home: '首页',
    approvals: '我的审批',
    calendar: '日历',
    mail: '邮件',
    sms: '短信',
    calls: '通话统计',
    import: '数据导入',
    reports: '报表',
    dashboards: '仪表盘',
    search: '搜索名称、编号、电话…',
  },
}

/**
 * The workspace frame: navigation by module (a drawer on phones), global search, the agent's status and
 * call screen pops, the notification bell, language switch and sign-out.
 */
export function WorkspaceShell({ user, language, entities, active, query, children }: Props) {
  const t = texts[language]
  const [open, setOpen] = useState(false)
  // How many approvals wait for the user, beside the inbox link.
  const [waiting, setWaiting] = useState<number | null>(null)
  useEffect(() => {
    fetch('/api/approvals/inbox?box=waiting&limit=1', { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then((body) => setWaiting(body?.counts?.waiting ?? null))
      .catch(() => undefined)
  }, [])
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
        <search className={styles.search}>
          <form action="/app/search" method="get">
            <input type="search" name="q" aria-label={t.search} placeholder={t.search} defaultValue={query} />
          </form>
        </search>
        <div className={styles.topActions}>
          <CallCenter language={language} />
          <NotificationBell language={language} />
          <button type="button" className={styles.plain} onClick={switchLanguage} lang={language === 'zh' ? 'en' : 'zh-CN'}>
            {t.switchTo}
          </button>
          <a href="/admin" className={`${styles.plain} ${styles.adminLink}`}>
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
            {PAGES.map((page) => (
              <li key={page}>
                <a
                  href={page === 'home' ? '/app' : `/app/${page}`}
                  aria-current={active === page ? 'page' : undefined}
                  className={active === page ? styles.navActive : styles.navLink}
                  data-nav={page}
                >
                  {t[page]}
                  {page === 'approvals' && waiting ? <span className={styles.navCount}>{waiting}</span> : null}
                </a>
              </li>
            ))}
          </ul>
          {groupByModule(entities).map((module) => (
            <div key={module.key} className={styles.navModule} data-module={module.key}>
              <h2 id={`nav-module-${module.key}`} className={styles.navHeading}>
                {module.label[language]}
              </h2>
              <ul aria-labelledby={`nav-module-${module.key}`}>
                {module.entities.map((e) => (
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
            </div>
          ))}
        </nav>
        <main className={styles.main}>{children}</main>
      </div>
    </div>
  )
}
