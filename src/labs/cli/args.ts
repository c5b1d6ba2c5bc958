/** Command-line options: `--name value` and bare `--flag`s. */
export class Args {
  constructor(private readonly list: string[]) {}
  option(name: string): string | undefined {
    const i = this.list.indexOf(`--${name}`)
    return i >= 0 ? this.list[i + 1] : undefined
  }
  flag(name: string): boolean {
    return this.list.includes(`--${name}`)
  }
  required(name: string, what: string): string {
    const value = this.option(name)
    if (!value) throw new UsageError(`--${name} ${what} is required`)
    return value
  }
}

/** A problem with what was typed, or with the file given: printed as is, exit code 1. */
export class UsageError extends Error {
  constructor(...lines: string[]) {
    super(lines.join('\n'))
  }
}
