'use client'
import { useTranslation } from '@payloadcms/ui'
import { useCallback } from 'react'
import { toLanguage } from '../../i18n/language'
import { type LabTextKey, labText } from './labTexts'

/** The console's texts in the admin's current language (the header's language switch changes it). */
export function useLabTexts() {
  const { i18n } = useTranslation()
  const language = toLanguage(i18n.language)
  const tx = useCallback((key: LabTextKey, vars?: Record<string, string | number>) => labText(language, key, vars), [language])
  return { tx, language }
}
