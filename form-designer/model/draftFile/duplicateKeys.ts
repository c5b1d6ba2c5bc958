type Frame =
  | { kind: 'object'; pointer: string; keys: Set<string>; key: string; awaitingKey: boolean }
  | { kind: 'array'; pointer: string; index: number }

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1')

/**
 * Keys written twice in one object of a JSON text, with the JSON pointer of that object. JSON.parse
 * keeps the last of them without a word, so a file with two fields named alike would lose one
 * silently. Expects text that JSON.parse accepted.
 */
export function duplicateKeys(text: string): { pointer: string; key: string }[] {
  const found: { pointer: string; key: string }[] = []
  const stack: Frame[] = []
  const childPointer = () => {
    const top = stack[stack.length - 1]
    if (!top) return ''
    return top.kind === 'object' ? `${top.pointer}/${escapePointer(top.key)}` : `${top.pointer}/${top.index}`
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '"') {
      let end = i + 1
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1
      const top = stack[stack.length - 1]
      if (top?.kind === 'object' && top.awaitingKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string
        if (top.keys.has(key)) found.push({ pointer: top.pointer, key })
        top.keys.add(key)
        top.key = key
        top.awaitingKey = false
      }
      i = end
    } else if (char === '{') stack.push({ kind: 'object', pointer: childPointer(), keys: new Set(), key: '', awaitingKey: true })
    else if (char === '[') stack.push({ kind: 'array', pointer: childPointer(), index: 0 })
    else if (char === '}' || char === ']') stack.pop()
    else if (char === ',') {
      const top = stack[stack.length - 1]
      if (top?.kind === 'object') top.awaitingKey = true
      else if (top) top.index++
    }
  }
  return found
}
