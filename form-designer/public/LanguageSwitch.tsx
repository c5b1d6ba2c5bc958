import styles from './public.module.css'

type Language = 'en' | 'zh'
const NAMES: Record<Language, string> = { zh: '中文', en: 'English' }

type Props = {
  language: Language
  label: string
  /** Switch in place (the form keeps what was typed); without it, links to `?lang=`. */
  onChange?: (language: Language) => void
}

/** 中文 / English, each named in its own language so either reader finds theirs. */
export function LanguageSwitch({ language, label, onChange }: Props) {
  return (
    <nav className={styles.switch} aria-label={label}>
      {(['zh', 'en'] as const).map((option) =>
        onChange ? (
          <button
            key={option}
            type="button"
            lang={option === 'zh' ? 'zh-CN' : 'en'}
            aria-pressed={option === language}
            className={option === language ? styles.switchActive : styles.switchOption}
            onClick={() => onChange(option)}
          >
            {NAMES[option]}
          </button>
        ) : (
          <a
            key={option}
            href={`?lang=${option}`}
            lang={option === 'zh' ? 'zh-CN' : 'en'}
            aria-current={option === language ? 'true' : undefined}
            className={option === language ? styles.switchActive : styles.switchOption}
          >
            {NAMES[option]}
          </a>
        ),
      )}
    </nav>
  )
}
