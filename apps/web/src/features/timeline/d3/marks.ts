/**
 * Mark geometry per precision. A date known to the day or finer is a point; a week, month,
 * quarter, year… is a bar over its whole interval [start, end), so "February 2022" visibly covers
 * the month. Modifiers make edges fuzzy (approximate, early/mid/late) or open (before/after).
 */
import type { Precision, TimexMod } from "@dateline/schema";
import type { Bounds, DatedInterval, TimeScale } from "./scale";

export type Edge = "sharp" | "fuzzy" | "open";

export type MarkGeometry =
  | {
      readonly kind: "point";
      /** Centre of the covered interval. */
      readonly x: number;
      /** The covered interval in pixels (a day is wide when zoomed to hours). */
      readonly x0: number;
      readonly x1: number;
      readonly startEdge: Edge;
      readonly endEdge: Edge;
    }
  | {
      readonly kind: "span";
      /** Drawn extent; widened to `minSpanPx` around the centre when the interval is thinner. */
      readonly x0: number;
      readonly x1: number;
      readonly startEdge: Edge;
      readonly endEdge: Edge;
    };

export interface MarkDate extends DatedInterval {
  readonly precision: Precision;
  readonly mod?: TimexMod | undefined;
}

const POINT_PRECISIONS: ReadonlySet<Precision> = new Set(["day", "hour", "minute", "second"]);

/** Whether dates of this precision are drawn as points. */
export function isPointPrecision(precision: Precision): boolean {
  return POINT_PRECISIONS.has(precision);
}

function edges(mod: TimexMod | undefined): { startEdge: Edge; endEdge: Edge } {
  switch (mod) {
    case undefined:
      return { startEdge: "sharp", endEdge: "sharp" };
    case "BEFORE":
    case "ON_OR_BEFORE":
    case "LESS_THAN":
    case "EQUAL_OR_LESS":
      return { startEdge: "open", endEdge: "sharp" };
    case "AFTER":
    case "ON_OR_AFTER":
    case "MORE_THAN":
    case "EQUAL_OR_MORE":
      return { startEdge: "sharp", endEdge: "open" };
    case "APPROX":
    case "START":
    case "MID":
    case "END":
      return { startEdge: "fuzzy", endEdge: "fuzzy" };
  }
}

/** Where and how to draw one date on `scale`. */
export function markGeometry(date: MarkDate, scale: TimeScale, minSpanPx = 3): MarkGeometry {
  const x0 = scale(new Date(date.start));
  const x1 = scale(new Date(date.end));
  const mid = (x0 + x1) / 2;
  if (isPointPrecision(date.precision)) return { kind: "point", x: mid, x0, x1, ...edges(date.mod) };
  const half = Math.max(x1 - x0, minSpanPx) / 2;
  return { kind: "span", x0: mid - half, x1: mid + half, ...edges(date.mod) };
}

/** Horizontal extent a mark occupies on screen (a point is a disc of `pointRadius`). */
export function markExtent(geometry: MarkGeometry, pointRadius: number): Bounds {
  return geometry.kind === "point"
    ? { x0: geometry.x - pointRadius, x1: geometry.x + pointRadius }
    : { x0: geometry.x0, x1: geometry.x1 };
}
