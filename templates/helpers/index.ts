import type { HelperDelegate } from 'handlebars'
import { arithmeticHelpers } from './arithmetic'
import { collectionHelpers } from './collections'
import { dateHelper, dateTimeHelper } from './dates'
import { customHelper, labelHelper, optionHelper } from './labels'
import { logicHelpers } from './logic'
import { moneyHelper, numberHelper, percentHelper } from './money'
import { rmbUpper } from './rmbUpper'
import { multilineHelper, textHelpers } from './text'

/** Every helper a template may call besides Handlebars' if/unless/each/with/lookup (`each` is ours too). */
export const HELPERS: Record<string, HelperDelegate> = {
  money: moneyHelper,
  number: numberHelper,
  percent: percentHelper,
  rmbUpper: (value: unknown) => rmbUpper(value),
  date: dateHelper,
  dateTime: dateTimeHelper,
  label: labelHelper,
  option: optionHelper,
  custom: customHelper,
  multiline: multilineHelper,
  ...textHelpers,
  ...logicHelpers,
  ...arithmeticHelpers,
  ...collectionHelpers,
}
