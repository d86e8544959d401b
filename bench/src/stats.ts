/** Percentiles by nearest rank over a copy of the samples; NaN for no samples. */
export function percentile(samples: ArrayLike<number>, p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = Float64Array.from(samples).sort()
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank] ?? Number.NaN
}

/** The middle value, or the mean of the two middle values of an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

export interface Distribution {
  p50: number
  p95: number
  p99: number
  max: number
  count: number
}

export function distribution(samples: ArrayLike<number>): Distribution {
  let max = Number.NaN
  for (let i = 0; i < samples.length; i++) {
    const value = samples[i] as number
    if (!(value <= max)) max = value
  }
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max,
    count: samples.length,
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Polls `check` every 20 ms until it holds; throws after `timeoutMs`, naming `what`. */
export async function waitFor(check: () => boolean, timeoutMs: number, what: string) {
  const deadline = performance.now() + timeoutMs
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`)
    await sleep(20)
  }
}

export function fmt(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '–'
  return value.toFixed(digits)
}

export function kib(bytes: number): string {
  return `${fmt(bytes / 1024)} KiB`
}

export function mib(bytes: number): string {
  return `${fmt(bytes / (1024 * 1024))} MiB`
}

/** A plain-text table with right-aligned columns after the first. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}
