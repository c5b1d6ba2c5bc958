/**
 * The objects of a newline-delimited JSON stream as they arrive: a line may be split across chunks,
 * so text is held until its newline. A blank line is skipped; a last line without a newline still counts.
 */
export async function* readNdjson<T = Record<string, unknown>>(stream: ReadableStream<Uint8Array>): AsyncGenerator<T> {
  const reader = stream.getReader()
  const decoder = new TextDecoder()
  let pending = ''
  try {
    for (;;) {
      const { done, value } = await reader.read()
      pending += done ? decoder.decode() : decoder.decode(value, { stream: true })
      const lines = pending.split('\n')
      pending = done ? '' : (lines.pop() ?? '')
      for (const line of lines) if (line.trim() !== '') yield JSON.parse(line) as T
      if (done) return
    }
  } finally {
    reader.releaseLock()
  }
}
