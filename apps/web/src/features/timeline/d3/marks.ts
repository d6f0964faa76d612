/**
 * Mark geometry: a date known to the day or finer is a point; a week, month, quarter, year… is a
 * bar over its whole interval [start, end), so "February 2022" visibly covers the month. Modifiers
 * make edges fuzzy (approximate, early/mid/late) or open (before/after). The level-of-detail scene
 * computes it (`lod/scene.ts`, `lod/precision.ts`).
 */
import type { Bounds } from "./scale";

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

/** Horizontal extent a mark occupies on screen (a point is a disc of `pointRadius`). */
export function markExtent(geometry: MarkGeometry, pointRadius: number): Bounds {
  return geometry.kind === "point"
    ? { x0: geometry.x - pointRadius, x1: geometry.x + pointRadius }
    : { x0: geometry.x0, x1: geometry.x1 };
}
