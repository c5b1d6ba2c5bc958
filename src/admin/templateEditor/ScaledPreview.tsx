'use client'
import { useEffect, useRef, useState } from 'react'

// The page is laid out at A4 width (210 mm at 96 dpi) and scaled down to the column, like a print preview.
const PAGE_WIDTH = 794
const PAGE_HEIGHT = 1123

/** A sandboxed iframe (no scripts, no same-origin) showing the HTML as a scaled page; dimmed when stale. */
export function ScaledPreview({ html, title, stale }: { html: string; title: string; stale: boolean }) {
  const box = useRef<HTMLDivElement>(null)
  const [scale, setScale] = useState(0.5)
  useEffect(() => {
    const element = box.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => setScale(Math.min(1, entry.contentRect.width / PAGE_WIDTH)))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return (
    <div ref={box} style={{ width: '100%', height: PAGE_HEIGHT * scale, overflow: 'hidden', position: 'relative' }}>
      <iframe
        title={title}
        data-testid="template-preview"
        sandbox=""
        srcDoc={html}
        style={{
          width: PAGE_WIDTH,
          height: PAGE_HEIGHT,
          border: '1px solid var(--theme-elevation-150)',
          background: '#fff',
          transform: `scale(${scale})`,
          transformOrigin: 'top left',
          opacity: stale ? 0.35 : 1,
          boxShadow: '0 2px 8px rgba(0,0,0,0.12)',
        }}
      />
    </div>
  )
}
