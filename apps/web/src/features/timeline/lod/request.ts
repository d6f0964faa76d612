/**
 * Which window to ask the server for. Requests are quantized: the span is rounded to a power of
 * two and the window aligned to half of it, with one span of margin on each side, so panning and
 * small zooms reuse a response already loaded and only a real change of level asks again.
 */

export interface FetchWindow {
  readonly from: number;
  readonly to: number;
  /** Pixel width to ask for: the chart's width scaled to the fetched span. */
  readonly width: number;
  /** Stable identity for caching (window + width). */
  readonly key: string;
}

/** Margin, in visible spans, loaded on each side of the view. */
const MARGIN = 0.5;

/**
 * The quantized window covering `visible` (epoch ms) for a chart `widthPx` wide, clamped to
 * [minMs, maxMs].
 */
export function fetchWindow(visible: readonly [number, number], widthPx: number, minMs: number, maxMs: number): FetchWindow {
  const [a, b] = visible;
  if (!(a < b) || !(widthPx > 0)) throw new Error(`invalid view: [${a}, ${b}) over ${widthPx} px`);
  const level = Math.ceil(Math.log2(b - a));
  const span = 2 ** level;
  const half = span / 2;
  const from = Math.max(minMs, Math.floor((a - MARGIN * span) / half) * half);
  const to = Math.min(maxMs, Math.ceil((b + MARGIN * span) / half) * half);
  // The visible span lies in (span/2, span]: ask at the level's middle density (√2 · width / span),
  // so a view is never drawn with buckets coarser than its width calls for by more than √2.
  const width = Math.min(10_000, Math.max(50, Math.round(((to - from) / span) * Math.SQRT2 * widthPx)));
  return { from, to, width, key: `${from}:${to}:${width}` };
}

/** Whether a loaded window still serves the view: it covers it and was made for its zoom level. */
export function serves(loaded: FetchWindow, visible: readonly [number, number], widthPx: number, minMs: number, maxMs: number): boolean {
  const wanted = fetchWindow(visible, widthPx, minMs, maxMs);
  const pxPerMsLoaded = loaded.width / (loaded.to - loaded.from);
  const pxPerMsWanted = wanted.width / (wanted.to - wanted.from);
  const sameLevel = Math.abs(Math.log2(pxPerMsLoaded / pxPerMsWanted)) < 0.5;
  return sameLevel && loaded.from <= visible[0] && loaded.to >= visible[1];
}

/** A small least-recently-used cache of responses by key. */
export class LruCache<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.map.delete(oldest);
    }
  }
}
