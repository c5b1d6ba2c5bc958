import { ImportFileError } from '../messages'

export const ENCODINGS = ['auto', 'utf-8', 'gbk'] as const
export type Encoding = (typeof ENCODINGS)[number]

/**
 * Text from a CSV's bytes. `auto` reads UTF-8 and refuses a file that is not valid UTF-8 (most often
 * GBK from a Chinese Excel): guessing could turn names into mojibake silently, so the user chooses GBK.
 */
export function decodeText(bytes: Uint8Array, encoding: Encoding = 'auto'): { text: string; encoding: 'utf-8' | 'gbk' } {
  if (encoding === 'gbk') return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gbk' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    throw new ImportFileError('notUtf8')
  }
}
