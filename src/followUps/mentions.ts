/**
 * Mentions are stored in the text itself as `@[name](user:id)`: the text reads naturally when shown
 * raw, the name is what the author saw when they picked the colleague, and the id is what the server
 * trusts (after checking the user belongs to the record's tenant).
 */
const MARKER = /@\[([^\]\n]{1,80})\]\(user:([A-Za-z0-9-]{1,40})\)/g

export type Mention = { name: string; id: string }

/** The mentions in a text, each user once, in order of appearance. */
export function mentionsIn(text: unknown): Mention[] {
  if (typeof text !== 'string' || !text.includes('@[')) return []
  const seen = new Map<string, Mention>()
  for (const match of text.matchAll(MARKER)) if (!seen.has(match[2])) seen.set(match[2], { name: match[1], id: match[2] })
  return [...seen.values()]
}

/** The marker for a colleague picked in the composer (brackets in the name would end it early). */
export const mentionMarker = (name: string, id: string | number): string =>
  `@[${name.replace(/[[\]()\n]/g, ' ').trim()}](user:${id})`

/** The text with markers shown as `@name`, for plain reading (notifications, summaries). */
export const withoutMarkers = (text: string): string => text.replace(MARKER, (_, name: string) => `@${name}`)

/** Parts of a text for display: plain runs and mentions, in order. */
export function mentionParts(text: string): ({ text: string } | { mention: Mention })[] {
  const parts: ({ text: string } | { mention: Mention })[] = []
  let at = 0
  for (const match of text.matchAll(MARKER)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index) })
    parts.push({ mention: { name: match[1], id: match[2] } })
    at = match.index + match[0].length
  }
  if (at < text.length) parts.push({ text: text.slice(at) })
  return parts
}
