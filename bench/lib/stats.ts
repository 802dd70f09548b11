/** Small statistics helpers: every figure is a median over rounds. */
export const median = (xs: number[]) => percentile(xs, 50);

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = (p / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return s[lo]! + (s[hi]! - s[lo]!) * (rank - lo);
}

export const min = (xs: number[]) => Math.min(...xs);
export const max = (xs: number[]) => Math.max(...xs);

export const fmtInt = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : '—');
export const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
export const fmtMs = (ms: number) =>
  !Number.isFinite(ms)
    ? '—'
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : ms >= 10
        ? `${ms.toFixed(0)} ms`
        : `${ms.toFixed(2)} ms`;
export const fmtKB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
