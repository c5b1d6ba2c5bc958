import Handlebars, { type HelperDelegate, type HelperOptions } from 'handlebars'
import { HELPERS } from '../helpers'
import { makeEach } from '../helpers/collections'
import { HelperError } from '../helpers/helperError'
import { located, TemplateFailure } from './templateFailure'

/** Handlebars' own helpers we keep (`each` is replaced by ours, `log` and the `inline` decorator are removed). */
const BUILT_INS = ['if', 'unless', 'with', 'lookup', 'each', 'helperMissing', 'blockHelperMissing']

export const KNOWN_HELPERS: Record<string, true> = Object.fromEntries(
  [...BUILT_INS, ...Object.keys(HELPERS)].map((name) => [name, true]),
)

/** Errors from inside a helper name the helper and the place it was called from. */
function withCallSite(name: string, helper: HelperDelegate): HelperDelegate {
  const call = helper as (...args: unknown[]) => unknown
  return function (this: unknown) {
    try {
      // biome-ignore lint/complexity/noArguments: passing arguments through avoids an array per helper call
      return call.apply(this, arguments as unknown as unknown[])
    } catch (error) {
      if (error instanceof TemplateFailure) throw error
      // biome-ignore lint/complexity/noArguments: the options object is the last argument
      const options = arguments[arguments.length - 1] as HelperOptions & { loc?: { start: { line: number; column: number } } }
      const kind = error instanceof HelperError ? error.kind : 'render'
      const message = error instanceof Error ? error.message : String(error)
      throw new TemplateFailure(located(kind, message.startsWith(`${name}:`) ? message : `${name}: ${message}`, options?.loc))
    }
  }
}

/** A private Handlebars environment with only our helpers: the global one is never touched. */
export function createEnvironment(): typeof Handlebars {
  const hb = Handlebars.create()
  hb.unregisterHelper('log')
  hb.unregisterDecorator('inline')
  hb.registerHelper('each', withCallSite('each', makeEach(hb.createFrame as (data: unknown) => Record<string, unknown>)))
  for (const [name, helper] of Object.entries(HELPERS)) hb.registerHelper(name, withCallSite(name, helper))
  return hb
}

/** Compile options: unknown helpers fail at compile time, output is escaped, no compat lookups up the context. */
export const COMPILE_OPTIONS = {
  knownHelpers: KNOWN_HELPERS,
  knownHelpersOnly: true,
  noEscape: false,
  strict: false,
  compat: false,
  preventIndent: true,
} as const

/** Runtime options: prototype properties and methods stay unreachable (Handlebars ≥ 4.6 defaults, stated anyway). */
export const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
  allowedProtoProperties: {},
  allowedProtoMethods: {},
} as const
