/**
 * How far an arrow key carries a picked-up stage: from the slot it is over to the top of the next
 * (or previous) slot, as a vertical distance. A distance rather than a position keeps it right
 * whatever coordinates the page's scrolling gives the slots; `null` at either end of the list.
 */
export function keyboardStep(tops: readonly (number | undefined)[], at: number, direction: 1 | -1): number | null {
  const from = tops[at]
  const to = tops[at + direction]
  if (from === undefined || to === undefined) return null
  return to - from
}
