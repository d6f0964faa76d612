/**
 * Text layout helpers shared by the label layout and the text cache. Pure and React-free.
 */

/** `text` cut with "…" so that it measures at most `maxPx`. */
export function truncateToWidth(text: string, maxPx: number, measure: (text: string) => number): string {
  if (measure(text) <= maxPx) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= maxPx) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}
