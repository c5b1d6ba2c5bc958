import type { Field, TextField } from 'payload'
import type { Label } from '../i18n/label'

/** Name of the hidden integer column that mirrors a money field in minor units (cents). */
export const minorUnitsName = (name: string) => `${name}Minor`

type Options = { name: string; label: Label; required?: boolean; readOnly?: boolean; admin?: TextField['admin'] }

/**
 * Money: the API reads and writes a decimal string with two places ("68.07"); the database also keeps
 * the amount as integer cents in `<name>Minor` (indexed), so sorts, ranges and sums are exact.
 * `syncMoney` fills the cents on every write; `moneyQueries` sends `where`/`sort` on the amount to them.
 */
export function moneyField({ name, label, required = false, readOnly = false, admin }: Options): Field[] {
  return [
    {
      name,
      type: 'text',
      label,
      required,
      admin: { readOnly, ...admin },
      custom: { money: true },
    },
    {
      name: minorUnitsName(name),
      type: 'number',
      index: true,
      // admin.hidden, not hidden: a hidden field cannot be queried once access applies.
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
      label: { en: `${label.en} (cents)`, zh: `${label.zh}（分）` },
    },
  ]
}
