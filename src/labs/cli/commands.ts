import { exportCommand, importCommand } from './bundleCommands'
import { createCommand, resetCommand } from './classCommands'

export const COMMANDS = { export: exportCommand, import: importCommand, create: createCommand, reset: resetCommand }
