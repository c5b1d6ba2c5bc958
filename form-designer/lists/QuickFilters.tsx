'use client'
import type { ListField, QuickValue } from '../model/list'
import { quickKindOf } from '../model/list'
import styles from './lists.module.css'
import type { ListText } from './texts'

type Props = {
  fields: string[]
  catalog: Map<string, ListField>
  values: Record<string, QuickValue>
  onChange: (field: string, value: QuickValue) => void
  t: ListText
}

const isDay = (field: ListField) => field.kind === 'date' || field.kind === 'dateTime'
/** A day range covers whole days: from its first to its last instant (UTC, as days are stored at noon UTC). */
const dayBound = (field: ListField, value: string, end: boolean) =>
  isDay(field) && value ? `${value}${end ? 'T23:59:59.999Z' : 'T00:00:00.000Z'}` : value
const shown = (value: string | undefined) => (value ?? '').slice(0, 10)

/** One-click filters above a list: a choice list, a from–to range, or text to search, per field. */
export function QuickFilters({ fields, catalog, values, onChange, t }: Props) {
  return (
    <div className={styles.quickFilters}>
      {fields.flatMap((name) => {
        const field = catalog.get(name)
        if (!field) return []
        const id = `quick-${name.replace(/\./g, '-')}`
        const value = values[name]
        const kind = quickKindOf(field)
        if (kind === 'choice') {
          const options =
            field.kind === 'boolean'
              ? [
                  { value: 'true', label: t('yes') },
                  { value: 'false', label: t('no') },
                ]
              : (field.options ?? [])
          return [
            <label key={name} className={styles.quick} htmlFor={id}>
              <span>{field.label}</span>
              <select
                id={id}
                value={typeof value === 'string' ? value : ''}
                onChange={(e) => onChange(name, e.target.value || null)}
              >
                <option value="">{t('any')}</option>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>,
          ]
        }
        if (kind === 'range') {
          const range = value && typeof value === 'object' ? value : {}
          return [
            <fieldset key={name} className={styles.quickRange}>
              <legend>{field.label}</legend>
              <input
                aria-label={`${field.label} ${t('from')}`}
                type={isDay(field) ? 'date' : 'text'}
                inputMode="decimal"
                placeholder={t('from')}
                value={isDay(field) ? shown(range.from) : (range.from ?? '')}
                onChange={(e) => onChange(name, { ...range, from: dayBound(field, e.target.value, false) })}
              />
              <input
                aria-label={`${field.label} ${t('to')}`}
                type={isDay(field) ? 'date' : 'text'}
                inputMode="decimal"
                placeholder={t('to')}
                value={isDay(field) ? shown(range.to) : (range.to ?? '')}
                onChange={(e) => onChange(name, { ...range, to: dayBound(field, e.target.value, true) })}
              />
            </fieldset>,
          ]
        }
        return [
          <label key={name} className={styles.quick} htmlFor={id}>
            <span>{field.label}</span>
            <input
              id={id}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => onChange(name, e.target.value || null)}
            />
          </label>,
        ]
      })}
    </div>
  )
}
