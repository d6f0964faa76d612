/**
 * Text widths and "…" shortenings for label layout, cached across frames. Zooming lays the labels
 * out again on every frame with the same few hundred titles: measuring each title once, and
 * keeping the widths tried while shortening it, keeps text measurement out of the frame. Memory
 * stays bounded: each cache keeps two generations of at most `capacity` entries (recently used
 * entries survive a turnover, the rest are dropped).
 */
import type { Measure } from "./measure";

const ELLIPSIS = "…";

export interface TextMeasure {
  /** Width of `text` in pixels (measured once, then cached). */
  readonly width: Measure;
  /**
   * Width of `text` without measuring it: the real width once `width` measured it, else the sum
   * of its characters' widths (kerning makes that a little off). For layout decisions that stay
   * correct with any width, such as how much room to ask for.
   */
  readonly quick: Measure;
  /**
   * `text` shortened with "…" to measure at most `maxPx` (whole when it fits, empty when even "…"
   * does not), and the width of what it returns.
   */
  readonly truncate: (text: string, maxPx: number) => Fitted;
}

/** Text cut to fit, and its width in pixels. */
export interface Fitted {
  readonly text: string;
  readonly width: number;
}

/** A map bounded to two generations of `capacity` entries each. */
export class GenerationalCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error(`invalid cache capacity: ${capacity}`);
  }

  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.capacity) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** Entries held (both generations, a key counted once per generation it is in). */
  /** The value for `key`, computed by `make` and kept when missing. */
  getOr(key: string, make: (key: string) => V): V {
    let value = this.get(key);
    if (value === undefined) {
      value = make(key);
      this.set(key, value);
    }
    return value;
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}

/**
 * Caches `raw` (e.g. a canvas `measureText` at the label font). Shortening a title bisects its
 * prefix length on an estimate (the sum of its characters' cached widths), then settles on the
 * longest prefix whose real width fits, measuring one or two prefixes; real prefix widths are kept
 * with the title. So shortening a title to another width (its room changes on every zoom frame)
 * measures little or nothing new. The result is the same as `truncateToWidth(text, maxPx, raw)`.
 */
export function cachedTextMeasure(raw: Measure, capacity = 5000): TextMeasure {
  const widths = new GenerationalCache<number>(capacity);
  const chars = new GenerationalCache<number>(capacity);
  /** Per text: estimated width of each prefix, and real width of "prefix…" by prefix length (NaN: not measured). */
  const prefixes = new GenerationalCache<{ readonly estimate: Float64Array; readonly real: Float64Array }>(capacity);
  const sums = new GenerationalCache<number>(capacity);
  const width = (text: string) => widths.getOr(text, raw);
  const charWidth = (c: string) => chars.getOr(c, raw);
  const sumOfChars = (text: string) => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum += charWidth(text.charAt(i));
    return sum;
  };
  const quick = (text: string) => widths.get(text) ?? sums.getOr(text, sumOfChars);
  const cut = (text: string, length: number) => `${text.slice(0, length).trimEnd()}${ELLIPSIS}`;
  const tables = (text: string) =>
    prefixes.getOr(text, () => {
      // estimate[i]: width of the first i characters with trailing spaces dropped, plus "…".
      const estimate = new Float64Array(text.length + 1);
      let sum = 0;
      let kept = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charAt(i);
        sum += charWidth(c);
        if (c.trim() !== "") kept = sum;
        estimate[i + 1] = kept;
      }
      const ellipsis = charWidth(ELLIPSIS);
      for (let i = 0; i <= text.length; i++) estimate[i] = (estimate[i] ?? 0) + ellipsis;
      return { estimate, real: new Float64Array(text.length + 1).fill(Number.NaN) };
    });
  const truncate = (text: string, maxPx: number): Fitted => {
    const whole = width(text);
    if (whole <= maxPx) return { text, width: whole };
    const { estimate, real } = tables(text);
    const fits = (length: number) => {
      let w = real[length] ?? Number.NaN;
      if (Number.isNaN(w)) w = real[length] = raw(cut(text, length));
      return w <= maxPx;
    };
    // Longest prefix whose estimate fits (estimates grow with the length) ...
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if ((estimate[mid] ?? Infinity) <= maxPx) lo = mid;
      else hi = mid - 1;
    }
    // ... then settled on real widths (kerning makes the estimate a little off either way).
    while (lo > 0 && !fits(lo)) lo--;
    while (lo < text.length && fits(lo + 1)) lo++;
    return fits(lo) ? { text: cut(text, lo), width: real[lo] ?? 0 } : { text: "", width: 0 };
  };
  return { width, quick, truncate };
}
