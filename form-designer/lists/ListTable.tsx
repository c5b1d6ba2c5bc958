'use client'
import type { ListColumn } from '../../src/customFields/layout/types'
import { formatCell, type ListField, valueAt } from '../model/list'
import styles from './lists.module.css'
import type { ListText } from './texts'

type Props = {
  columns: ListColumn[]
  fields: Map<string, ListField>
  records: Record<string, unknown>[]
  sort?: string
  onSort: (field: string) => void
  hrefOf: (record: Record<string, unknown>) => string
  titleOf: (value: object) => string
  language: 'en' | 'zh'
  t: ListText
}

/** The records of one page as a table: sortable headers (with aria-sort), the first column links to the record. */
export function ListTable({ columns, fields, records, sort, onSort, hrefOf, titleOf, language, t }: Props) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <thead>
          <tr>
            {columns.map((column) => {
              const field = fields.get(column.field)
              const direction = sort === column.field ? 'ascending' : sort === `-${column.field}` ? 'descending' : undefined
              return (
                <th
                  key={column.field}
                  scope="col"
                  aria-sort={direction ?? 'none'}
                  style={column.width ? { width: column.width } : undefined}
                  data-column={column.field}
                >
                  {field?.sortable ? (
                    <button type="button" className={styles.sortButton} onClick={() => onSort(column.field)}>
                      {field.label}
                      <span aria-hidden="true" className={styles.sortMark}>
                        {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                      </span>
                      {direction ? (
                        <span className={styles.visuallyHidden}>{t(direction === 'ascending' ? 'sortedAsc' : 'sortedDesc')}</span>
                      ) : null}
                    </button>
                  ) : (
                    (field?.label ?? column.field)
                  )}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={String(record.id)}>
              {columns.map((column, i) => {
                const text = formatCell(valueAt(record, column.field), fields.get(column.field), language, titleOf)
                return (
                  <td key={column.field} data-column={column.field}>
                    {i === 0 ? (
                      <a href={hrefOf(record)} className={styles.recordLink}>
                        {text || `#${record.id}`}
                      </a>
                    ) : (
                      text
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
