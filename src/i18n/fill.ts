/** A text with its `{{name}}` placeholders filled from `vars` (a missing one becomes empty). */
export const fill = (template: string, vars: Record<string, unknown> = {}): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
