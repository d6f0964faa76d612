/**
 * The level-of-detail scene for one view: pure layout from a `TimelineView` (server answer) and
 * the current scale to rows, density bars, marks and labels, ready for the Canvas and SVG layers.
 *
 * Rows are LANE_HEIGHT tall (so the SVG mark layer positions with `laneY(row)`). Per lane group:
 * - a density row (a histogram of the group's bucket counts), unless there is only one group
 *   and every event is shown;
 * - when expanded, mark rows: every event, stacked so that none overlap (events mode), or each
 *   bucket's most important event (buckets mode), labelled without collisions, "+N" counting
 *   what is not labelled, hidden events of an aggregated bucket included.
 */
import type { TimelineEvent, TimelineView } from "@dateline/schema/timeline";
import { assignLanes } from "../d3/lanes";
import { layoutLabels, type OverflowBadge, type PlacedLabel } from "../d3/labels";
import { truncateToWidth } from "../d3/layout";
import { markExtent, type MarkGeometry } from "../d3/marks";
import type { Bounds } from "../d3/scale";
import { displayInterval } from "./precision";

/** Maps epoch ms to x pixels (a d3 time scale's numeric form). */
export type XScale = (ms: number) => number;

export interface SceneOptions {
  readonly bounds: Bounds;
  readonly measure: (text: string) => number;
  /** Lane keys drawn as a density row only. */
  readonly collapsed: ReadonlySet<string>;
  /** An event whose label wins collisions (focused or selected). */
  readonly emphasize?: string | null;
  readonly pointRadius?: number;
  /** Most mark rows per lane group (later events overlap in the last row). */
  readonly maxRowsPerGroup?: number;
  readonly maxLabelPx?: number;
  readonly minLabelPx?: number;
}

export interface SceneRow {
  readonly kind: "density" | "marks";
  /** Lane key of the group the row belongs to. */
  readonly group: string;
}

export interface DensityBar {
  readonly row: number;
  readonly x0: number;
  readonly x1: number;
  /** Bar height as a fraction of the row's bar area, 0…1 (square-root scaled). */
  readonly level: number;
  readonly count: number;
  readonly topId: string;
}

export interface SceneMark {
  readonly id: string;
  readonly row: number;
  readonly geometry: MarkGeometry;
  readonly event: TimelineEvent;
  /** Events of this mark's bucket cell that are not drawn (buckets mode), else 0. */
  readonly hiddenInCell: number;
}

export interface SceneLabel extends PlacedLabel {
  /** The title, shortened with "…" to the width the label got. */
  readonly text: string;
}

export interface SceneGroup {
  readonly key: string;
  readonly count: number;
  readonly collapsed: boolean;
  /** First row of the group. */
  readonly row: number;
}

export interface Scene {
  readonly rows: readonly SceneRow[];
  readonly groups: readonly SceneGroup[];
  readonly bars: readonly DensityBar[];
  /** Marks whose extent touches the plotting bounds, in time order. */
  readonly marks: readonly SceneMark[];
  readonly labels: { readonly placed: readonly SceneLabel[]; readonly badges: readonly OverflowBadge[] };
  /** Events the view covers (starting in the loaded window). */
  readonly total: number;
}

/** Geometry of an event at its precision and modifier (see `displayInterval`). */
export function eventGeometry(event: TimelineEvent, x: XScale, minSpanPx = 3): MarkGeometry {
  const d = displayInterval(event.start, event.end, event.mod);
  const x0 = x(d.start);
  const x1 = x(d.end);
  const edges = { startEdge: d.startEdge, endEdge: d.endEdge };
  if (event.precision === "day" || event.precision === "hour" || event.precision === "minute" || event.precision === "second") {
    if (event.end - event.start <= 86_400_000) return { kind: "point", x: (x0 + x1) / 2, x0, x1, ...edges };
  }
  const mid = (x0 + x1) / 2;
  const half = Math.max(x1 - x0, minSpanPx) / 2;
  return { kind: "span", x0: mid - half, x1: mid + half, ...edges };
}

const byTime = (a: TimelineEvent, b: TimelineEvent) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildScene(view: TimelineView, x: XScale, options: SceneOptions): Scene {
  const { bounds } = options;
  const radius = options.pointRadius ?? 6;
  const maxRows = options.maxRowsPerGroup ?? 6;
  const visible = (x0: number, x1: number) => x1 >= bounds.x0 && x0 <= bounds.x1;
  const single = view.lanes.length <= 1;
  const showDensity = !(single && view.mode === "events");

  // Cells per group, and each event's cell (to count what its mark stands for).
  const cellOfTop = new Map<string, number>();
  const maxCount = view.cells.reduce((m, c) => Math.max(m, c.count), 1);
  for (const c of view.cells) if (view.mode === "buckets") cellOfTop.set(c.topId, c.count);

  const rows: SceneRow[] = [];
  const groups: SceneGroup[] = [];
  const bars: DensityBar[] = [];
  const marks: SceneMark[] = [];
  const eventsByLane = new Map<string, TimelineEvent[]>();
  for (const e of view.events) {
    const list = eventsByLane.get(e.lane);
    if (list) list.push(e);
    else eventsByLane.set(e.lane, [e]);
  }

  view.lanes.forEach((lane, laneIndex) => {
    const collapsed = !single && options.collapsed.has(lane.key);
    const groupRow = rows.length;
    groups.push({ key: lane.key, count: lane.count, collapsed, row: groupRow });
    if (showDensity || collapsed) {
      const row = rows.length;
      rows.push({ kind: "density", group: lane.key });
      for (const c of view.cells) {
        if (c.lane !== laneIndex) continue;
        const x0 = x(view.buckets[c.bucket] ?? 0);
        const x1 = x(view.buckets[c.bucket + 1] ?? 0);
        if (visible(x0, x1)) bars.push({ row, x0, x1, level: Math.sqrt(c.count / maxCount), count: c.count, topId: c.topId });
      }
    }
    if (collapsed) return;
    const events = [...(eventsByLane.get(lane.key) ?? [])].sort(byTime);
    const placed = events
      .map((event) => {
        const geometry = eventGeometry(event, x);
        return { event, geometry, extent: markExtent(geometry, radius) };
      })
      .filter((m) => visible(m.extent.x0, m.extent.x1));
    const firstMarkRow = rows.length;
    if (view.mode === "events") {
      // Events starting in the window take the first rows; longer ones reaching in from before
      // it (a month, a year) stack below them, so they never hide the window's own events.
      const inside = placed.filter((m) => m.event.start >= view.from);
      const reaching = placed.filter((m) => m.event.start < view.from);
      const first = assignLanes(inside.map((m) => ({ id: m.event.id, ...m.extent })));
      const second = assignLanes(reaching.map((m) => ({ id: m.event.id, ...m.extent })));
      const used = Math.max(1, Math.min(first.count + second.count, maxRows));
      for (let i = 0; i < used; i++) rows.push({ kind: "marks", group: lane.key });
      const rowOf = (m: (typeof placed)[number]) =>
        m.event.start >= view.from ? (first.lanes.get(m.event.id) ?? 0) : first.count + (second.lanes.get(m.event.id) ?? 0);
      for (const m of placed) {
        const sub = Math.min(rowOf(m), used - 1);
        marks.push({ id: m.event.id, row: firstMarkRow + sub, geometry: m.geometry, event: m.event, hiddenInCell: 0 });
      }
    } else {
      rows.push({ kind: "marks", group: lane.key });
      for (const m of placed) {
        const cellCount = cellOfTop.get(m.event.id) ?? 1;
        marks.push({ id: m.event.id, row: firstMarkRow, geometry: m.geometry, event: m.event, hiddenInCell: Math.max(0, cellCount - 1) });
      }
    }
  });

  const maxLabel = options.maxLabelPx ?? 240;
  const minLabel = options.minLabelPx ?? 80;
  // Titles are measured once (cached by the measure function) and only placed labels are cut
  // to fit: with a thousand marks, truncating every title on every frame would dominate.
  const titles = new Map(marks.map((m) => [m.id, m.event.title]));
  const layout = layoutLabels(
    marks.map((m) => ({
      id: m.id,
      lane: m.row,
      anchor: markExtent(m.geometry, radius),
      width: Math.min(options.measure(m.event.title), maxLabel),
      minWidth: minLabel,
      priority: m.id === options.emphasize ? Infinity : m.event.importance,
    })),
    bounds,
    // Room for "+1234" after labels that stand for a whole bucket.
    { badgePx: view.mode === "buckets" ? 44 : 28 },
  );
  const hiddenInCell = new Map(marks.map((m) => [m.id, m.hiddenInCell]));
  const placedLabels = layout.placed.map((label) => {
    const full = titles.get(label.id) ?? "";
    const text = options.measure(full) <= label.width ? full : truncateToWidth(full, label.width, options.measure);
    return { ...label, text, more: label.more + (hiddenInCell.get(label.id) ?? 0) };
  });
  return { rows, groups, bars, marks, labels: { placed: placedLabels, badges: layout.badges }, total: view.total };
}
