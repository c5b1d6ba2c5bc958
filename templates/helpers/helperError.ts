/** A helper's complaint about its arguments; the engine adds the line and column of the call. */
export class HelperError extends Error {
  readonly kind: 'render' | 'timeout' | 'too-large'
  constructor(message: string, kind: 'render' | 'timeout' | 'too-large' = 'render') {
    super(message)
    this.kind = kind
  }
}
