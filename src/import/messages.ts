import { fill } from '../i18n/fill'
import type { Language } from '../i18n/language'

// The import's messages (file problems and row rejections), kept here so the feature stays in one folder.
const en = {
  fileEmpty: 'The file is empty: it has no rows below the header.',
  fileTooLarge: 'The file is {{size}} MB; imports take files up to {{limit}} MB.',
  tooManyRows: 'The file has {{rows}} rows; imports take up to {{limit}} rows at a time.',
  notXlsx: 'The file is named .xlsx but is not an Excel workbook.',
  notCsv: 'The file is named .csv but holds binary data (is it a workbook renamed?).',
  unknownType: 'Only .csv and .xlsx files can be imported.',
  notUtf8: 'The file is not valid UTF-8. It looks like GBK (Chinese Windows Excel); choose the encoding GBK and upload it again.',
  mergedCells: 'The sheet has merged cells ({{cells}}): unmerge them so each row has its own values.',
  formulas: 'The sheet has formulas ({{cells}}): paste them as values first.',
  headerMissing: 'The first row looks like data, not column names ("{{cell}}"): add a header row naming the columns.',
  headerBlank: 'Column {{column}} has no name in the header row.',
  headerRepeated: 'Two columns are named "{{name}}": give each column its own name.',
  badQuotes: 'Row {{row}} has an unclosed quote.',
  required: '{{field}}: required.',
  notANumber: '{{field}}: "{{value}}" is not a number.',
  notADate: '{{field}}: "{{value}}" is not a date in the chosen order ({{order}}).',
  notABoolean: '{{field}}: "{{value}}" is not yes or no.',
  notAnOption: '{{field}}: "{{value}}" is not one of the options.',
  lookupMissing: '{{field}}: no record found by {{by}} "{{value}}".',
  lookupAmbiguous: '{{field}}: {{count}} records match {{by}} "{{value}}"; add an alias to choose one.',
  duplicateSkipped: 'Matches record {{id}} by {{keys}}: skipped.',
  duplicateUpdated: 'Matches record {{id}} by {{keys}}: updated.',
  duplicateInFile: 'Matches row {{row}} of this file by {{keys}}.',
  cancelled: 'The import was cancelled before this row.',
  unknownField: 'Column "{{column}}" is mapped to an unknown field "{{field}}".',
  changedSince: 'Record {{id}} was changed after the import: left as it is.',
  notImportable: 'Records of "{{collection}}" cannot be imported.',
  notDone: 'Only a finished import can be undone.',
  alreadyStarted: 'This import has already been started.',
}
const zh: typeof en = {
  fileEmpty: '文件为空：表头下面没有数据行。',
  fileTooLarge: '文件大小为 {{size}} MB；导入的文件最大 {{limit}} MB。',
  tooManyRows: '文件有 {{rows}} 行；每次最多导入 {{limit}} 行。',
  notXlsx: '文件扩展名为 .xlsx，但内容不是 Excel 工作簿。',
  notCsv: '文件扩展名为 .csv，但内容是二进制数据（是否把工作簿改了扩展名？）。',
  unknownType: '只能导入 .csv 和 .xlsx 文件。',
  notUtf8: '文件不是有效的 UTF-8 编码，看起来是 GBK（中文版 Excel 导出）：请选择 GBK 编码后重新上传。',
  mergedCells: '工作表含有合并单元格（{{cells}}）：请取消合并，使每一行都有自己的值。',
  formulas: '工作表含有公式（{{cells}}）：请先“粘贴为数值”。',
  headerMissing: '第一行看起来是数据而不是列名（“{{cell}}”）：请加上一行列名。',
  headerBlank: '表头第 {{column}} 列没有列名。',
  headerRepeated: '有两列都叫“{{name}}”：请给每列起不同的名字。',
  badQuotes: '第 {{row}} 行的引号没有闭合。',
  required: '{{field}}：必填。',
  notANumber: '{{field}}：“{{value}}”不是数字。',
  notADate: '{{field}}：“{{value}}”不是所选顺序（{{order}}）的日期。',
  notABoolean: '{{field}}：“{{value}}”不是“是”或“否”。',
  notAnOption: '{{field}}：“{{value}}”不是可选项之一。',
  lookupMissing: '{{field}}：按{{by}}“{{value}}”找不到记录。',
  lookupAmbiguous: '{{field}}：按{{by}}“{{value}}”找到 {{count}} 条记录；请添加别名指定其中一条。',
  duplicateSkipped: '与记录 {{id}} 的{{keys}}相同：已跳过。',
  duplicateUpdated: '与记录 {{id}} 的{{keys}}相同：已更新。',
  duplicateInFile: '与本文件第 {{row}} 行的{{keys}}相同。',
  cancelled: '导入在这一行之前被取消。',
  unknownField: '列“{{column}}”映射到了不存在的字段“{{field}}”。',
  changedSince: '记录 {{id}} 在导入之后被修改过：保持原样。',
  notImportable: '“{{collection}}”的记录不能导入。',
  notDone: '只有已完成的导入可以撤销。',
  alreadyStarted: '这个导入已经开始了。',
}
export type ImportMessageKey = keyof typeof en

export const importMessage = (language: Language, key: ImportMessageKey, vars: Record<string, string | number> = {}) =>
  fill((language === 'zh' ? zh : en)[key], vars)

/** A problem with the file as a whole: nothing of it is imported. */
export class ImportFileError extends Error {
  constructor(
    readonly key: ImportMessageKey,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(importMessage('en', key, vars))
  }
  text(language: Language) {
    return importMessage(language, this.key, this.vars)
  }
}
