/** A composition limit as standards write it: "Al 8.3–9.7", "Fe ≤ 0.004", "Mg ≥ 99.9" (wt%). */
export function limitText(limit: { element: string; minPct?: number | null; maxPct?: number | null }): string {
  if (limit.minPct != null && limit.maxPct != null) return `${limit.element} ${limit.minPct}–${limit.maxPct}`;
  if (limit.maxPct != null) return `${limit.element} ≤ ${limit.maxPct}`;
  return limit.minPct != null ? `${limit.element} ≥ ${limit.minPct}` : limit.element;
}
