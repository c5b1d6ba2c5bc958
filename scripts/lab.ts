/**
 * `npm run lab -- <command>`: lab classes and bundles from the command line, on DATABASE_URL's database.
 *
 *   export --tenant <slug> [--data] [--out <file>]
 *   import --tenant <slug> --file <file> [--dry-run] [--overwrite]
 *   create --preset <key|file.json> --name <name> --slug <slug> --groups N --students <names.csv>
 *          [--teacher <email>] [--language zh|en] [--out <credentials.csv>]
 *   reset  --group <slug> [--preset <key|file.json>]
 *
 * Problems are printed one per line (for a bundle, with the place in the file), exit code 1.
 */
import { Args, UsageError } from '../src/labs/cli/args'

const USAGE = [
  'usage: npm run lab -- export --tenant <slug> [--data] [--out <file>]',
  '       npm run lab -- import --tenant <slug> --file <file> [--dry-run] [--overwrite]',
  '       npm run lab -- create --preset <key|file.json> --name <name> --slug <slug> --groups N --students <names.csv> [--teacher <email>] [--language zh|en] [--out <credentials.csv>]',
  '       npm run lab -- reset --group <slug> [--preset <key|file.json>]',
]

async function main() {
  const [command, ...rest] = process.argv.slice(2)
  const commands = await import('../src/labs/cli/commands')
  const run = commands.COMMANDS[command as keyof typeof commands.COMMANDS]
  if (!run) throw new UsageError(...USAGE)
  process.env.FORMWORK_JOBS = 'off'
  process.env.FORMWORK_LOG_LEVEL ??= 'fatal'
  const config = (await import('../payload.config')).default
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  await run(payload, new Args(rest))
  await payload.destroy()
  process.exit(0)
}

main().catch((error) => {
  console.error((error as Error).message)
  process.exit(1)
})
