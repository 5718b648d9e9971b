// Small statistics helpers: the benchmark reports medians, never means, to shrug off one slow run.

export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median of a field over runs, skipping runs where it was not measured. */
export function medianOf<T>(runs: readonly T[], get: (run: T) => number | null | undefined): number | null {
  return median(runs.map(get).filter((v): v is number => typeof v === 'number'));
}

export function round(value: number | null, digits = 1): number | null {
  if (value === null) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
