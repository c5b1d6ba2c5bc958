'use client'
import { useEffect, useState } from 'react'
import { api } from './api'
import styles from './lists.module.css'
import type { ListText } from './texts'

export type SaveViewChoice = { label: string; scope: 'user' | 'role' | 'tenant'; roleKey?: string; isDefault: boolean }
type Props = {
  t: ListText
  language: 'en' | 'zh'
  /** May share with a role or the tenant (tenant admins and roles granted saved views). */
  canShare: boolean
  onSave: (choice: SaveViewChoice) => Promise<string | null>
  onClose: () => void
}

/** Name the current view and choose who sees it; a refusal (e.g. sharing without the right) stays in the dialog. */
export function SaveViewDialog({ t, language, canShare, onSave, onClose }: Props) {
  const [choice, setChoice] = useState<SaveViewChoice>({ label: '', scope: 'user', isDefault: false })
  const [roles, setRoles] = useState<{ key: string; name: string }[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    if (!canShare) return
    api('/roles?limit=100&depth=0').then((r) =>
      setRoles(
        (r.body?.docs ?? [])
          .filter((role: { key?: string }) => role.key)
          .map((role: { key: string; name?: string; nameZh?: string; nameEn?: string }) => ({
            key: role.key,
            name: (language === 'zh' ? role.nameZh : role.nameEn) ?? role.name ?? role.key,
          })),
      ),
    )
  }, [canShare, language])
  return (
    <div className={styles.dialogBackdrop}>
      <form
        role="dialog"
        aria-modal="true"
        aria-labelledby="save-view-title"
        className={styles.dialog}
        onSubmit={async (e) => {
          e.preventDefault()
          setProblem(await onSave(choice))
        }}
      >
        <h2 id="save-view-title">{t('saveViewTitle')}</h2>
        <label htmlFor="save-view-name">{t('viewName')}</label>
        <input
          id="save-view-name"
          required
          maxLength={60}
          value={choice.label}
          onChange={(e) => setChoice({ ...choice, label: e.target.value })}
        />
        {canShare ? (
          <>
            <label htmlFor="save-view-scope">{t('sharedWith')}</label>
            <select
              id="save-view-scope"
              value={choice.scope}
              onChange={(e) => setChoice({ ...choice, scope: e.target.value as SaveViewChoice['scope'] })}
            >
              <option value="user">{t('onlyMe')}</option>
              <option value="role">{t('role')}</option>
              <option value="tenant">{t('everyone')}</option>
            </select>
            {choice.scope === 'role' ? (
              <>
                <label htmlFor="save-view-role">{t('roleKey')}</label>
                <select
                  id="save-view-role"
                  value={choice.roleKey ?? ''}
                  onChange={(e) => setChoice({ ...choice, roleKey: e.target.value })}
                >
                  <option value="" />
                  {roles.map((r) => (
                    <option key={r.key} value={r.key}>
                      {r.name}
                    </option>
                  ))}
                </select>
              </>
            ) : null}
          </>
        ) : null}
        <label className={styles.checkRow}>
          <input
            type="checkbox"
            checked={choice.isDefault}
            onChange={(e) => setChoice({ ...choice, isDefault: e.target.checked })}
          />
          {t('openByDefault')}
        </label>
        {problem ? (
          <p role="alert" className={styles.problem}>
            {problem}
          </p>
        ) : null}
        <div className={styles.dialogActions}>
          <button type="button" className={styles.secondary} onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className={styles.primary} disabled={!choice.label.trim()}>
            {t('save')}
          </button>
        </div>
      </form>
    </div>
  )
}
