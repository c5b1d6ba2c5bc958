'use client'
import { forwardRef, useRef } from 'react'

type Props = { value: string; onChange: (value: string) => void; errorLine?: number; readOnly?: boolean }

const LINE_HEIGHT = 20
const font = {
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  fontSize: 13,
  lineHeight: `${LINE_HEIGHT}px`,
}

/**
 * A plain code editor: a textarea with a line-number gutter that scrolls with it and marks the line of
 * the first error. Ours, because Payload's code field loads Monaco from a CDN and is blank offline.
 */
export const SourceEditor = forwardRef<HTMLTextAreaElement, Props>(function SourceEditor(
  { value, onChange, errorLine, readOnly },
  ref,
) {
  const gutter = useRef<HTMLDivElement>(null)
  const lines = value.split('\n').length
  return (
    <div
      style={{
        display: 'flex',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        background: 'var(--theme-input-bg)',
        height: 720,
      }}
    >
      <div
        ref={gutter}
        aria-hidden
        style={{
          ...font,
          overflow: 'hidden',
          padding: '8px 6px',
          textAlign: 'right',
          color: 'var(--theme-elevation-400)',
          background: 'var(--theme-elevation-50)',
          minWidth: 44,
          userSelect: 'none',
        }}
      >
        {Array.from({ length: lines }, (_, i) => (
          <div
            key={i}
            style={
              i + 1 === errorLine
                ? { color: 'var(--theme-error-500)', fontWeight: 700, background: 'var(--theme-error-50)' }
                : undefined
            }
          >
            {i + 1}
          </div>
        ))}
      </div>
      <textarea
        ref={ref}
        data-testid="template-source"
        value={value}
        readOnly={readOnly}
        spellCheck={false}
        wrap="off"
        onChange={(event) => onChange(event.target.value)}
        onScroll={(event) => {
          if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop
        }}
        onKeyDown={(event) => {
          // Tab indents instead of leaving the field: templates are code.
          if (event.key !== 'Tab' || event.shiftKey) return
          event.preventDefault()
          const area = event.currentTarget
          const { selectionStart, selectionEnd } = area
          onChange(`${value.slice(0, selectionStart)}  ${value.slice(selectionEnd)}`)
          requestAnimationFrame(() => area.setSelectionRange(selectionStart + 2, selectionStart + 2))
        }}
        style={{
          ...font,
          flex: 1,
          border: 'none',
          outline: 'none',
          resize: 'none',
          padding: 8,
          background: 'transparent',
          color: 'var(--theme-text)',
          whiteSpace: 'pre',
          overflow: 'auto',
        }}
      />
    </div>
  )
})

/** Put the caret at a 1-based line and column, and scroll it into view. */
export function moveCaret(area: HTMLTextAreaElement, line: number, column = 1) {
  const lines = area.value.split('\n')
  let offset = 0
  for (let i = 0; i < Math.min(line - 1, lines.length); i++) offset += lines[i].length + 1
  offset += Math.max(0, column - 1)
  area.focus()
  area.setSelectionRange(offset, offset)
  area.scrollTop = Math.max(0, (line - 5) * LINE_HEIGHT)
}
