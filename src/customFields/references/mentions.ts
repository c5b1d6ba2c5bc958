/** `custom.<key>` as a whole path (not `custom.keyword` when looking for `custom.key`), in any text. */
const pattern = (key: string) => new RegExp(`\\bcustom\\.${key.replace(/[^A-Za-z0-9_]/g, '')}(?![A-Za-z0-9_])`, 'g')

export const mentions = (text: unknown, key: string): boolean => typeof text === 'string' && pattern(key).test(text)

export const renameMentions = (text: string, from: string, to: string): string => text.replace(pattern(from), `custom.${to}`)
