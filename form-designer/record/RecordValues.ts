'use client'
import { createContext } from 'react'

/**
 * The whole record and the server's field problems by full path, for widgets that depend on other
 * fields (the line editor reads the price book and whether prices include tax, and puts
 * `items.N.product` problems on line N).
 */
export const RecordValues = createContext<{
  record: Record<string, unknown>
  problems: readonly { path?: string; message: string }[]
}>({ record: {}, problems: [] })
