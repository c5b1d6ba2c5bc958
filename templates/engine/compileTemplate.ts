import type Handlebars from 'handlebars'
import { PARTIAL_NAMES, type TemplateError } from '../types'
import { COMPILE_OPTIONS } from './environment'
import { located, TemplateFailure } from './templateFailure'

/** The compiler internals Handlebars has but does not type: used to compile eagerly. */
type Env = typeof Handlebars & {
  Parser: unknown
  Compiler: new () => { compile(program: hbs.AST.Program, options: object): unknown }
  JavaScriptCompiler: new () => { compile(environment: unknown, options: object, context: undefined, asObject: true): unknown }
}
type Loc = hbs.AST.SourceLocation | undefined
type JisonHash = { loc?: { first_line: number; first_column: number }; line?: number }

const compileError = (message: string, loc?: Loc): TemplateFailure => new TemplateFailure(located('compile', message, loc))

/** Parses with the parser's error position kept (Handlebars drops it from the message's error object). */
function parse(hb: Env, source: string): hbs.AST.Program {
  const end = (): Loc => {
    const lines = source.split('\n')
    return { start: { line: lines.length, column: lines[lines.length - 1].length } } as Loc
  }
  const parser = hb.Parser as unknown as { parseError: (message: string, hash: JisonHash) => never }
  const own = Object.hasOwn(parser, 'parseError')
  const previous = parser.parseError
  parser.parseError = (message, hash) => {
    throw Object.assign(new Error(message), { jison: hash })
  }
  try {
    return hb.parse(source)
  } catch (error) {
    // Semantic checks inside the parser (e.g. "if doesn't match each") throw Handlebars exceptions with a location.
    const exception = error as { lineNumber?: number; column?: number; message: string }
    if (typeof exception.lineNumber === 'number') {
      throw compileError(exception.message.replace(/ - \d+:\d+$/, ''), {
        start: { line: exception.lineNumber, column: exception.column ?? 0 },
      } as Loc)
    }
    const hash = (error as { jison?: JisonHash }).jison
    // "Parse error on line 3:\n…\n---^\nExpecting 'CLOSE', got 'EOF'" → keep the expectation, drop the ASCII art.
    const text = (error as Error).message
    const summary = text.split('\n').pop() ?? text
    const message = summary.startsWith('Expecting') ? `syntax error: ${summary}` : `syntax error: ${text.split('\n')[0]}`
    if (/got 'EOF'$/.test(summary) && summary.includes('OPEN_ENDBLOCK')) {
      throw compileError('syntax error: a block is not closed (each {{#…}} needs its {{/…}})', end())
    }
    if (hash?.loc) throw compileError(message, { start: { line: hash.loc.first_line, column: hash.loc.first_column } } as Loc)
    if (typeof hash?.line === 'number') throw compileError(message, { start: { line: hash.line + 1, column: 0 } } as Loc)
    throw compileError(message)
  } finally {
    if (own) parser.parseError = previous
    else delete (parser as { parseError?: unknown }).parseError
  }
}

/** Handlebars' compiler knows `log` even though our environment removed it: refuse it here rather than at render. */
const DENIED_HELPERS = new Set(['log'])

function assertNotDenied(node: { path: hbs.AST.PathExpression; loc: Loc }) {
  const name = node.path?.type === 'PathExpression' ? node.path.original : null
  if (name && DENIED_HELPERS.has(name)) throw compileError(`unknown helper ${name}`, node.loc)
}

/**
 * What Handlebars would accept but we do not: raw output ({{{x}}}, {{&x}}) that would let record data inject
 * HTML, partials other than header/footer/company, dynamic partials and decorators ({{#*inline}}).
 */
function assertAllowed(program: hbs.AST.Program) {
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    if (Array.isArray(node)) {
      for (const child of node) visit(child)
      return
    }
    const n = node as hbs.AST.Node & Record<string, unknown>
    switch (n.type) {
      case 'MustacheStatement':
        assertNotDenied(n as unknown as { path: hbs.AST.PathExpression; loc: Loc })
        if (!(n as unknown as hbs.AST.MustacheStatement).escaped) {
          throw compileError(
            'unescaped output ({{{…}}} or {{&…}}) is not allowed; use {{…}} or a helper such as multiline',
            n.loc,
          )
        }
        break
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const name = (n as unknown as hbs.AST.PartialStatement).name
        const original = name.type === 'PathExpression' ? (name as hbs.AST.PathExpression).original : null
        if (!original || !(PARTIAL_NAMES as readonly string[]).includes(original)) {
          throw compileError(`unknown partial ${original ?? '(dynamic)'}: only ${PARTIAL_NAMES.join(', ')} exist`, n.loc)
        }
        break
      }
      case 'BlockStatement':
      case 'SubExpression':
        assertNotDenied(n as unknown as { path: hbs.AST.PathExpression; loc: Loc })
        break
      case 'Decorator':
      case 'DecoratorBlock':
        throw compileError('decorators ({{* …}}) are not allowed', n.loc)
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'strip') visit(value)
  }
  visit(program.body)
}

export function assertSize(sources: string[], maxSourceBytes: number): TemplateError | null {
  const bytes = sources.reduce((total, s) => total + Buffer.byteLength(s, 'utf8'), 0)
  if (bytes <= maxSourceBytes) return null
  return { kind: 'too-large', message: `the template is ${bytes} bytes; the limit is ${maxSourceBytes}` }
}

/** Parses, vets and compiles now (Handlebars would compile lazily at the first render and mix up the errors). */
export function compileTemplate(handlebars: typeof Handlebars, source: string): HandlebarsTemplateDelegate {
  const hb = handlebars as Env
  if (typeof source !== 'string') throw compileError('the template source must be text')
  const program = parse(hb, source)
  assertAllowed(program)
  const options = { ...COMPILE_OPTIONS, data: true }
  try {
    const environment = new hb.Compiler().compile(program, options)
    const spec = new hb.JavaScriptCompiler().compile(environment, options, undefined, true)
    return hb.template(spec as unknown as TemplateSpecification)
  } catch (error) {
    const e = error as { message: string; lineNumber?: number; column?: number }
    // Handlebars appends " - line:column" to its messages; we give our own location.
    const message = e.message
      .replace(/ - \d+:\d+$/, '')
      .replace('You specified knownHelpersOnly, but used the unknown helper', 'unknown helper')
    if (typeof e.lineNumber === 'number') {
      throw compileError(message, { start: { line: e.lineNumber, column: e.column ?? 0 } } as Loc)
    }
    throw compileError(message)
  }
}
