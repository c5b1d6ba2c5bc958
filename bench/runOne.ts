import { benchScopedList } from './scopedList'

const [kind, rows, runs] = process.argv.slice(2)
const result = await benchScopedList(kind as 'sqlite' | 'postgres', Number(rows), Number(runs))
const line = (name: string, t: { p50: number; p95: number }) =>
  `${kind.padEnd(9)} | ${name.padEnd(24)} | ${t.p50.toFixed(2).padStart(8)} | ${t.p95.toFixed(2).padStart(8)} | ${(t.p50 / result.raw.p50).toFixed(2)}×`
console.log(line('raw driver (baseline)', result.raw))
console.log(line('Local API, access off', result.local))
console.log(line('REST as the rep', result.rest))
process.exit(0)
