/**
 * Calendar buckets for level-of-detail views, in UTC, following d3-time's intervals
 * (utcHour, utcDay, utcWeek = weeks from Sunday, utcMonth, utcYear and its 10/100/1000-year
 * multiples). Pure functions on epoch milliseconds; valid for every year, BCE included
 * (astronomical numbering: year 0 is 1 BCE).
 */
import type { BucketUnit } from "@dateline/schema/timeline";

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Typical length of one bucket of each unit, in ms (only used to choose a unit). */
export const UNIT_MS: Readonly<Record<BucketUnit, number>> = {
  hour: HOUR,
  day: DAY,
  week: 7 * DAY,
  month: 30.436875 * DAY,
  year: 365.2425 * DAY,
  decade: 3652.425 * DAY,
  century: 36524.25 * DAY,
  millennium: 365242.5 * DAY,
};

const UNITS = Object.keys(UNIT_MS) as BucketUnit[];

/** Narrowest a bucket may be on screen, in CSS pixels. */
export const MIN_BUCKET_PX = 3;

/**
 * The finest unit whose buckets are at least `minBucketPx` wide when `spanMs` is drawn over
 * `widthPx` pixels (year → month → week → day → hour as the view zooms in).
 */
export function chooseBucketUnit(spanMs: number, widthPx: number, minBucketPx = MIN_BUCKET_PX): BucketUnit {
  if (!(spanMs > 0) || !(widthPx > 0)) throw new Error(`invalid span/width: ${spanMs} ms over ${widthPx} px`);
  const maxBuckets = widthPx / minBucketPx;
  return UNITS.find((unit) => spanMs / UNIT_MS[unit] <= maxBuckets) ?? "millennium";
}

const mod = (a: number, n: number): number => ((a % n) + n) % n;

/** Epoch ms of 00:00 UTC on (year, month0, day), for any year (Date.UTC maps 0–99 to 1900+). */
function utc(year: number, month0: number, day = 1): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  return d.getTime();
}

const YEARS_PER: Partial<Record<BucketUnit, number>> = { year: 1, decade: 10, century: 100, millennium: 1000 };

/** Start of the bucket of `unit` containing `ms`. */
export function floorTo(unit: BucketUnit, ms: number): number {
  switch (unit) {
    case "hour":
      return ms - mod(ms, HOUR);
    case "day":
      return ms - mod(ms, DAY);
    case "week": {
      const day = ms - mod(ms, DAY);
      return day - new Date(day).getUTCDay() * DAY;
    }
    case "month": {
      const d = new Date(ms);
      return utc(d.getUTCFullYear(), d.getUTCMonth());
    }
    default: {
      const step = YEARS_PER[unit] ?? 1;
      const year = new Date(ms).getUTCFullYear();
      return utc(year - mod(year, step), 0);
    }
  }
}

/** Start of the bucket after the one starting at `start` (a value returned by `floorTo`). */
export function nextBucket(unit: BucketUnit, start: number): number {
  switch (unit) {
    case "hour":
      return start + HOUR;
    case "day":
      return start + DAY;
    case "week":
      return start + 7 * DAY;
    case "month": {
      const d = new Date(start);
      return utc(d.getUTCFullYear(), d.getUTCMonth() + 1);
    }
    default:
      return utc(new Date(start).getUTCFullYear() + (YEARS_PER[unit] ?? 1), 0);
  }
}

/**
 * Boundaries of the buckets covering [from, to): `[b0, b1, …, bn]` with b0 ≤ from and bn ≥ to;
 * bucket i is [b_i, b_{i+1}). Throws past `maxBuckets` (a unit too fine for the window).
 */
export function bucketBoundaries(unit: BucketUnit, from: number, to: number, maxBuckets = 20_000): number[] {
  if (!(from < to)) throw new Error(`invalid window: from ${from} is not before to ${to}`);
  const out = [floorTo(unit, from)];
  for (let b = out[0] ?? from; b < to; ) {
    b = nextBucket(unit, b);
    out.push(b);
    if (out.length > maxBuckets + 1) throw new Error(`too many ${unit} buckets for [${from}, ${to})`);
  }
  return out;
}
