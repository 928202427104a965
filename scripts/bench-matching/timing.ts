// Timing helpers for the bench: wall-clock seconds of a step, and the percentiles of many repetitions.

export async function timed<T>(step: () => T | Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await step();
  return { value, seconds: (performance.now() - start) / 1000 };
}

/** The value below which `share` of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], share: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] as number;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

/** Rounds for the report: enough digits to read, no float noise. */
export function rounded(value: number, digits = 3): number {
  return Number(value.toFixed(digits));
}
