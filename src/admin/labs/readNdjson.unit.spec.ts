import { describe, expect, it } from 'vitest'
import { readNdjson } from './readNdjson'

const streamOf = (chunks: string[]) => {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk))
      controller.close()
    },
  })
}

const all = async (chunks: string[]) => {
  const lines: unknown[] = []
  for await (const line of readNdjson(streamOf(chunks))) lines.push(line)
  return lines
}

describe('readNdjson', () => {
  it('joins a line split across chunks, even inside a multi-byte character', async () => {
    const text = '{"type":"progress","done":1}\n{"type":"done","csv":"姓名"}\n'
    const bytes = new TextEncoder().encode(text)
    const cut = bytes.length - 4 // inside 名
    const decoder = new TextDecoder()
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut))
        controller.enqueue(bytes.slice(cut))
        controller.close()
      },
    })
    const lines: unknown[] = []
    for await (const line of readNdjson(stream)) lines.push(line)
    expect(lines).toEqual([
      { type: 'progress', done: 1 },
      { type: 'done', csv: '姓名' },
    ])
    expect(decoder.decode(bytes)).toBe(text)
  })

  it('skips blank lines and keeps a last line without its newline', async () => {
    expect(await all(['{"a":1}\n\n{"a', '":2}'])).toEqual([{ a: 1 }, { a: 2 }])
  })
})
