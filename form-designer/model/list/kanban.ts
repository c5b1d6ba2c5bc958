/** A board's columns: one per option of the grouping field, then the records with no value. */
export type BoardColumn<T> = { value: string | null; label: string; cards: T[]; total: number }

/**
 * A card moved to another column, before the server answers: the same board when nothing changes
 * (same column, unknown card), else a new board with the card at the top of its new column. The
 * server's refusal restores the board the move started from.
 */
export function moveCard<T extends { id: unknown }>(
  board: BoardColumn<T>[],
  cardId: unknown,
  to: string | null,
): BoardColumn<T>[] {
  const from = board.findIndex((c) => c.cards.some((card) => String(card.id) === String(cardId)))
  const target = board.findIndex((c) => c.value === to)
  if (from < 0 || target < 0 || from === target) return board
  const card = board[from].cards.find((c) => String(c.id) === String(cardId)) as T
  return board.map((column, i) => {
    if (i === from) return { ...column, cards: column.cards.filter((c) => c !== card), total: column.total - 1 }
    if (i === target) return { ...column, cards: [card, ...column.cards], total: column.total + 1 }
    return column
  })
}

/** The column id of a drop target (`column:<value>`; the empty column is `column:`). */
export const columnId = (value: string | null) => `column:${value ?? ''}`
export const columnValue = (id: string): string | null => {
  const value = id.slice('column:'.length)
  return value === '' ? null : value
}

type Rect = { left: number; top: number; width: number }

/**
 * Where a card goes when the keyboard moves it one column left or right: the same offset inside the
 * neighbouring column (its top edge when that is lower), or nowhere at either end of the board.
 */
export function columnStep(
  columns: readonly Rect[],
  at: { x: number; y: number },
  direction: 1 | -1,
): { x: number; y: number } | null {
  const sorted = [...columns].sort((a, b) => a.left - b.left)
  const current = sorted.findIndex((c) => at.x >= c.left - 1 && at.x < c.left + c.width)
  const target = sorted[(current < 0 ? (direction > 0 ? -1 : sorted.length) : current) + direction]
  if (!target) return null
  const from = sorted[current]
  return { x: from ? at.x - from.left + target.left : target.left + 8, y: Math.max(at.y, target.top + 8) }
}
