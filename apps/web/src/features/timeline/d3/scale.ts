/**
 * Time scales for the timeline. The base scale maps the zoom limits (the padded extent of the
 * data, widened) onto the chart's width once; every zoom level derives its view from it
 * (`transform.rescaleX(base)`, see `lod/viewWindow.ts`), so zooming never accumulates rounding and
 * the base stays the single source of truth.
 */
import { scaleUtc, type ScaleTime } from "d3";

export type TimeScale = ScaleTime<number, number>;

/** Horizontal pixel bounds of the plotting area, `x0` inclusive, `x1` exclusive. */
export interface Bounds {
  readonly x0: number;
  readonly x1: number;
}

/** What the view needs from a zoom transform (d3-zoom's `ZoomTransform` satisfies it). */
export interface XRescaler {
  rescaleX(scale: TimeScale): TimeScale;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * The extent widened by `fraction` of its span on each side, and to at least `minSpanMs` around
 * its middle, so a single event does not sit on the chart's edge.
 */
export function paddedDomain(extent: readonly [Date, Date], fraction = 0.06, minSpanMs = 2 * DAY_MS): [Date, Date] {
  const lo = extent[0].getTime();
  const hi = extent[1].getTime();
  const span = Math.max(hi - lo, minSpanMs);
  const mid = (lo + hi) / 2;
  const half = span / 2 + span * fraction;
  return [new Date(mid - half), new Date(mid + half)];
}

/** The base (unzoomed) scale: `domain` onto the plotting bounds. */
export function createBaseScale(domain: readonly [Date, Date], bounds: Bounds): TimeScale {
  return scaleUtc().domain([domain[0], domain[1]]).range([bounds.x0, bounds.x1]);
}

/** The zoomed view of the base scale. */
export function viewScale(base: TimeScale, transform: XRescaler): TimeScale {
  return transform.rescaleX(base);
}
