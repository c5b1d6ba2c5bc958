export type Timing = { p50: number; p95: number }

/** p50/p95 in milliseconds of `runs` calls, after a few warm-up calls (caches, prepared statements). */
export async function time(runs: number, work: () => Promise<unknown>, warmup = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await work()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint()
    await work()
    samples.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  samples.sort((a, b) => a - b)
  return { p50: samples[Math.floor(runs * 0.5)], p95: samples[Math.floor(runs * 0.95)] }
}
