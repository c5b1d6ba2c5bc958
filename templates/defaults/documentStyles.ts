import type { Language } from '../types'

const FONTS: Record<Language, string> = {
  zh: '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  en: '"Helvetica Neue", Arial, "Noto Sans", "Noto Sans CJK SC", sans-serif',
}

/** The default templates' CSS: A4-friendly, black on white with one accent colour, tables that split across pages cleanly. */
export const documentStyles = (language: Language) => `* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${FONTS[language]}; font-size: 10pt; line-height: 1.45; color: #1d232b; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { max-width: 190mm; margin: 0 auto; }
@media screen { .sheet { padding: 12mm 0; } }
.top { display: flex; justify-content: space-between; align-items: flex-start; gap: 8mm; border-bottom: 2px solid #1f3a5f; padding-bottom: 4mm; }
.company { display: flex; gap: 4mm; align-items: flex-start; }
.company-logo { max-height: 16mm; max-width: 40mm; object-fit: contain; }
.company-name { font-size: 13pt; font-weight: 700; color: #1f3a5f; margin-bottom: 1mm; }
.company-text { font-size: 8.5pt; color: #4a5563; }
.title-block { text-align: right; }
.title-block h1 { margin: 0 0 2mm; font-size: 20pt; letter-spacing: ${language === 'zh' ? '0.3em' : '0.02em'}; color: #1f3a5f; font-weight: 700; }
.meta { border-collapse: collapse; margin-left: auto; font-size: 9pt; }
.meta th { text-align: right; font-weight: 400; color: #6b7480; padding: 0.4mm 3mm 0.4mm 0; white-space: nowrap; }
.meta td { text-align: right; font-weight: 600; padding: 0.4mm 0; }
.parties { display: flex; gap: 6mm; margin: 5mm 0 3mm; }
.party { flex: 1; border: 1px solid #d5dbe3; border-radius: 1.5mm; padding: 3mm 4mm; min-height: 20mm; }
.party h2, .terms h2 { margin: 0 0 1.5mm; font-size: 8pt; font-weight: 600; color: #6b7480; text-transform: uppercase; letter-spacing: 0.06em; }
.party-name { font-weight: 700; font-size: 11pt; }
.address { color: #4a5563; }
.subject { margin: 2mm 0 3mm; }
.subject span { color: #6b7480; margin-right: 3mm; }
table.items { width: 100%; border-collapse: collapse; margin-top: 2mm; }
table.items thead { display: table-header-group; }
table.items tr { page-break-inside: avoid; break-inside: avoid; }
table.items th { background: #1f3a5f; color: #fff; font-weight: 600; font-size: 8.5pt; padding: 2mm 2mm; text-align: left; }
table.items td { padding: 2mm 2mm; border-bottom: 1px solid #e3e7ec; vertical-align: top; }
table.items tbody tr:nth-child(even) td { background: #f6f8fa; }
table.items .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.items .no { width: 10mm; text-align: center; color: #6b7480; white-space: nowrap; }
table.items .unit { width: 12mm; }
table.items .empty { text-align: center; color: #6b7480; padding: 6mm; }
.item-name { font-weight: 600; }
.item-desc { color: #4a5563; font-size: 9pt; }
.item-code { color: #8a929c; font-size: 8pt; }
.summary { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm; margin-top: 3mm; page-break-inside: avoid; break-inside: avoid; }
.summary-left { flex: 1; }
.words { border: 1px solid #d5dbe3; border-radius: 1.5mm; padding: 2.5mm 3mm; font-weight: 600; }
.words span { color: #6b7480; font-weight: 400; margin-right: 3mm; }
table.totals { border-collapse: collapse; min-width: 70mm; font-variant-numeric: tabular-nums; }
table.totals th { text-align: left; font-weight: 400; color: #4a5563; padding: 1.2mm 3mm 1.2mm 0; }
table.totals td { text-align: right; padding: 1.2mm 0; white-space: nowrap; }
table.totals tr.grand th, table.totals tr.grand td { border-top: 2px solid #1f3a5f; font-weight: 700; font-size: 11.5pt; color: #1f3a5f; padding-top: 2mm; }
.terms { margin-top: 6mm; page-break-inside: avoid; break-inside: avoid; font-size: 9pt; color: #333b45; }
.signatures { display: flex; gap: 12mm; margin-top: 12mm; page-break-inside: avoid; break-inside: avoid; font-size: 9pt; }
.signature { flex: 1; }
.sign-line { border-bottom: 1px solid #1d232b; height: 14mm; margin-bottom: 1.5mm; }
.sign-date { color: #6b7480; margin-top: 1mm; }
.doc-footer { margin-top: 10mm; padding-top: 2mm; border-top: 1px solid #d5dbe3; font-size: 8pt; color: #6b7480; text-align: center; }
`
