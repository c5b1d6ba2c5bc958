/** The rule language's syntax tree: what conditions (visible / required / read-only when …) and formulas parse to. */
export type Node =
  | { kind: 'literal'; value: string | boolean | null }
  | { kind: 'number'; text: string }
  | { kind: 'path'; path: string[]; column: number }
  | { kind: 'list'; items: Node[] }
  | { kind: 'unary'; op: '!' | '-'; operand: Node }
  | { kind: 'binary'; op: BinaryOp; left: Node; right: Node }
  | { kind: 'call'; name: string; args: Node[]; column: number }

export type BinaryOp = '||' | '&&' | '==' | '!=' | '>' | '>=' | '<' | '<=' | 'in' | 'not in' | 'contains' | '+' | '-' | '*' | '/'

/** A problem in a rule's text, with the 1-based column where it is, for the designer to point at. */
export class RuleSyntaxError extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(`${message} (column ${column})`)
    this.name = 'RuleSyntaxError'
  }
}
