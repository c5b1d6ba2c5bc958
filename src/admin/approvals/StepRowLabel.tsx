'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

type Step = { key?: string; labelZh?: string; labelEn?: string; mode?: string; when?: string }

/** An approval step's row in the admin: its number, name in the admin's language, 或签 / 会签 and condition. */
export function StepRowLabel() {
  const { data, rowNumber } = useRowLabel<Step>()
  const { i18n } = useTranslation()
  const zh = i18n.language === 'zh'
  const name = (zh ? data?.labelZh : data?.labelEn) || data?.labelZh || data?.labelEn || data?.key || ''
  const mode = data?.mode === 'all' ? (zh ? '会签' : 'all approve') : zh ? '或签' : 'any one approves'
  return (
    <span>
      {(rowNumber ?? 0) + 1}. {name} · {mode}
      {data?.when ? ` · ${zh ? '仅当' : 'only when'} ${data.when}` : ''}
    </span>
  )
}
