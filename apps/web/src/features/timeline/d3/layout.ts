/**
 * The timeline layout for one view: geometry per mark, lanes, labels. Pure and React-free, so the
 * same layout can feed the SVG layer now and a Canvas layer (or level-of-detail aggregates) later.
 */
import { assignLanes } from "./lanes";
import { layoutLabels, type LabelLayout, type PlacedLabel } from "./labels";
import { markExtent, markGeometry, type MarkDate, type MarkGeometry } from "./marks";
import type { Bounds, TimeScale } from "./scale";

export interface TimelineItem {
  readonly id: string;
  readonly title: string;
  readonly date: MarkDate;
  readonly confidence: number;
}

export interface MarkLayout {
  readonly id: string;
  readonly lane: number;
  readonly geometry: MarkGeometry;
  /** Any part of the mark is inside the plotting bounds. */
  readonly visible: boolean;
}

export interface LabelText extends PlacedLabel {
  /** The title, shortened with "…" to the width the label got. */
  readonly text: string;
}

export interface TimelineLayout {
  readonly marks: readonly MarkLayout[];
  readonly laneCount: number;
  readonly labels: Omit<LabelLayout, "placed"> & { readonly placed: readonly LabelText[] };
}

export interface LayoutOptions {
  readonly bounds: Bounds;
  /** Text width in pixels at the label font. */
  readonly measure: (text: string) => number;
  readonly pointRadius?: number;
  readonly maxLabelPx?: number;
  /** Labels are shortened down to this width before they are hidden. */
  readonly minLabelPx?: number;
  /** An event whose label should win collisions (the focused or selected one). */
  readonly emphasize?: string | null;
}

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

export function layoutTimeline(items: readonly TimelineItem[], scale: TimeScale, options: LayoutOptions): TimelineLayout {
  const radius = options.pointRadius ?? 6;
  const maxLabel = options.maxLabelPx ?? 260;
  const minLabel = options.minLabelPx ?? 90;
  const { bounds } = options;
  const geometries = items.map((item) => {
    const geometry = markGeometry(item.date, scale);
    return { item, geometry, extent: markExtent(geometry, radius) };
  });
  const { lanes, count } = assignLanes(geometries.map(({ item, extent }) => ({ id: item.id, ...extent })));
  const marks = geometries.map(({ item, geometry, extent }) => ({
    id: item.id,
    lane: lanes.get(item.id) ?? 0,
    geometry,
    visible: extent.x1 >= bounds.x0 && extent.x0 <= bounds.x1,
  }));
  const byId = new Map(items.map((item) => [item.id, item]));
  const fullLabel = new Map(items.map((item) => [item.id, truncateToWidth(item.title, maxLabel, options.measure)]));
  const labels = layoutLabels(
    marks
      .filter((m) => m.visible)
      .map((m) => ({
        id: m.id,
        lane: m.lane,
        anchor: markExtent(m.geometry, radius),
        width: options.measure(fullLabel.get(m.id) ?? ""),
        minWidth: minLabel,
        priority: m.id === options.emphasize ? Infinity : (byId.get(m.id)?.confidence ?? 0),
      })),
    bounds,
  );
  const placed = labels.placed.map((label) => {
    const full = fullLabel.get(label.id) ?? "";
    return { ...label, text: options.measure(full) <= label.width ? full : truncateToWidth(full, label.width, options.measure) };
  });
  return { marks, laneCount: count, labels: { ...labels, placed } };
}
