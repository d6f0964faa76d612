/**
 * The visible window (epoch ms) and the zoom transform that shows it. d3-zoom keeps a transform
 * of the base scale over the zoom limits; the window is that base scale's view (STYLE.md: zoom
 * keeps the base scale and derives the view).
 */
import { zoomIdentity, type ZoomTransform } from "d3";
import { createBaseScale, viewScale, type Bounds, type XRescaler } from "../d3/scale";

/** A visible window, epoch ms. */
export type ViewWindow = readonly [number, number];

/** The window `transform` shows of a base scale mapping `limits` onto `bounds`. */
export function windowOf(transform: XRescaler, limits: ViewWindow, bounds: Bounds): ViewWindow {
  const base = createBaseScale([new Date(limits[0]), new Date(limits[1])], bounds);
  const [from, to] = viewScale(base, transform).domain();
  return [from?.getTime() ?? limits[0], to?.getTime() ?? limits[1]];
}

/** The zoom transform that shows `window` on a base scale mapping `limits` onto `bounds`. */
export function transformFor(window: ViewWindow, limits: ViewWindow, bounds: Bounds): ZoomTransform {
  const base = (ms: number) => bounds.x0 + ((ms - limits[0]) / (limits[1] - limits[0])) * (bounds.x1 - bounds.x0);
  const k = (bounds.x1 - bounds.x0) / (base(window[1]) - base(window[0]));
  return zoomIdentity.translate(bounds.x0 - k * base(window[0]), 0).scale(k);
}

/** Whether two windows are the same to the millisecond (what a round trip through a transform keeps). */
export function sameWindow(a: ViewWindow, b: ViewWindow): boolean {
  return Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1;
}

/** `"from,to"` in whole milliseconds: the chart's `data-domain` attribute. */
export function windowAttribute(window: ViewWindow): string {
  return `${Math.round(window[0])},${Math.round(window[1])}`;
}
