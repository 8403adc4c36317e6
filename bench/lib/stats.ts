/** Summaries of repeated measurements: every figure is reported as min / median / max. */
export interface Summary {
  min: number;
  median: number;
  max: number;
  runs: number;
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest-rank: p95 of 200 samples is the 190th value, never an interpolation.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export function summarize(values: readonly number[]): Summary {
  return { min: quantile(values, 0), median: quantile(values, 0.5), max: quantile(values, 1), runs: values.length };
}

/** Per-run ratios (each run's figure over the same run's baseline), then summarised. */
export function ratios(values: readonly number[], baselines: readonly number[]): Summary {
  return summarize(values.map((value, index) => value / baselines[index]!));
}

export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function fmt(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1000) return value.toFixed(0);
  return value.toFixed(digits);
}

export function fmtSummary(summary: Summary, digits = 2): string {
  return `${fmt(summary.min, digits)} / ${fmt(summary.median, digits)} / ${fmt(summary.max, digits)}`;
}

export const MB = 1024 * 1024;
