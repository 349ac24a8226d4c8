/**
 * A composition limit as standards and certificates of analysis write it (wt%): "Al 8.3–9.7", "Fe ≤ 0.004",
 * "Mg ≥ 99.9". No imports, so the web console shows limits with this same function.
 */
export function limitWords(limit: { readonly element: string; readonly minPct?: number | null; readonly maxPct?: number | null }): string {
  const { element, minPct, maxPct } = limit;
  if (minPct != null && maxPct != null) return `${element} ${minPct}–${maxPct}`;
  if (maxPct != null) return `${element} ≤ ${maxPct}`;
  return minPct != null ? `${element} ≥ ${minPct}` : element;
}
