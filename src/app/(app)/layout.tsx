import type React from 'react'

export const metadata = { title: 'Formwork' }

/** Our own pages (workspace, public forms) live under this layout, apart from Payload's admin. */
export default function AppLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif', margin: 0 }}>{children}</body>
    </html>
  )
}
