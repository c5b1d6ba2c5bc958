import styles from './reports.module.css'
import type { ReportTexts } from './reportTexts'

export type Frequency = 'none' | 'daily' | 'weekly' | 'monthly'
type Props = {
  frequency: Frequency
  recipients: string
  onFrequency: (f: Frequency) => void
  onRecipients: (r: string) => void
  t: ReportTexts
}

/** Mail the saved report's result on a schedule (sent as its author, in their scope). */
export function ScheduleFields({ frequency, recipients, onFrequency, onRecipients, t }: Props) {
  return (
    <div className={styles.row}>
      <label className={styles.field} htmlFor="report-frequency">
        {t.schedule}
        <select id="report-frequency" value={frequency} onChange={(e) => onFrequency(e.target.value as Frequency)}>
          <option value="none">{t.notScheduled}</option>
          <option value="daily">{t.daily}</option>
          <option value="weekly">{t.weekly}</option>
          <option value="monthly">{t.monthly}</option>
        </select>
      </label>
      {frequency !== 'none' ? (
        <label className={styles.field} htmlFor="report-recipients">
          {t.recipients}
          <input
            id="report-recipients"
            type="text"
            inputMode="email"
            value={recipients}
            placeholder="name@example.com, …"
            onChange={(e) => onRecipients(e.target.value)}
          />
        </label>
      ) : null}
    </div>
  )
}
