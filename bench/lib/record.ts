import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One measured quantity, as written to bench/results.json. */
export type Measure = {
  /** Human label for BENCHMARKS.md. */
  label: string;
  unit: string;
  /** The headline value (p50 for latencies, the rate for throughputs, the ratio for ratios). */
  value: number;
  p50?: number;
  p95?: number;
  /** The target as text, e.g. "p95 ≤ 20 ms"; shown beside the result. */
  target?: string;
  /** Whether the target is met; omitted when there is no target. */
  meetsTarget?: boolean;
  notes?: string;
};

const partialDir = join(process.cwd(), 'bench', '.partial');

/** Records one measure; bench/report.ts merges all of them into results.json and BENCHMARKS.md. */
export const recordMeasure = (id: string, measure: Measure): void => {
  mkdirSync(partialDir, { recursive: true });
  writeFileSync(join(partialDir, `${id}.json`), JSON.stringify({ id, ...measure }, null, 2));
};

/** Percentile by nearest rank over a copy of the samples. */
export const percentile = (samples: readonly number[], p: number): number => {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
};

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the samples in ms. */
export const sampleMs = async (
  fn: () => unknown,
  runs: number,
  warmup = Math.min(5, runs),
): Promise<number[]> => {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
};

/** Rounds to a sensible number of digits for the report. */
export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));
