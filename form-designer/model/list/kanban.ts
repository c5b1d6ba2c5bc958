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
