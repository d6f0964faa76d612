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
import type { Fitted } from "../d3/textCache";
import { markExtent, type Edge, type MarkGeometry } from "../d3/marks";
import type { Bounds } from "../d3/scale";
import { displayInterval } from "./precision";

/** Maps epoch ms to x pixels (a d3 time scale's numeric form). */
export type XScale = (ms: number) => number;

export interface SceneOptions {
  readonly bounds: Bounds;
  /** Label text width at the label font. */
  readonly measure: (text: string) => number;
  /** Width at the bold label font ("+N" and the selected label); default `measure`. */
  readonly measureBold?: (text: string) => number;
  /**
   * A cheap width for deciding how much room a label asks for (see `TextMeasure.quick`); default
   * `measure`. Only placed labels are then measured with `measure`, so a view with a thousand
   * new titles measures tens of them, not a thousand. Labels never overlap whatever it returns.
   */
  readonly measureQuick?: (text: string) => number;
  /**
   * Shortens a title with "…" to at most `maxPx` (bold: at the bold font) and gives its width;
   * default `truncateToWidth` with the measure. Pass a cached one (`cachedTextMeasure`) when
   * redrawing often.
   */
  readonly truncate?: (text: string, maxPx: number, bold: boolean) => Fitted;
  /** Lane keys drawn as a density row only. */
  readonly collapsed: ReadonlySet<string>;
  /** An event whose label wins collisions (focused or selected). */
  readonly emphasize?: string | null;
  /** The selected event: its label is drawn bold, so it is measured bold. */
  readonly selected?: string | null;
  readonly pointRadius?: number;
  /** Most mark rows per lane group (later events overlap in the last row). */
  readonly maxRowsPerGroup?: number;
  readonly maxLabelPx?: number;
  readonly minLabelPx?: number;
  /**
   * Rows [from, to) to label (the rows on screen); default all. Rows are labelled independently,
   * so leaving some out changes nothing in the others.
   */
  readonly labelRows?: { readonly from: number; readonly to: number };
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
  /** Width of `text` as drawn (at most `width`): its "+N" follows it. */
  readonly textWidth: number;
  /** Drawn bold (the selected event). */
  readonly bold: boolean;
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

/** "+N" as drawn after a label or alone: the count with thousands separators. */
const countFormat = new Intl.NumberFormat("en-US");
const badgeTexts = new Map<number, string>();
export function badgeText(count: number): string {
  let text = badgeTexts.get(count);
  if (text === undefined) {
    text = `+${countFormat.format(count)}`;
    // Counts seen while zooming are a few hundred; keep the memo small all the same.
    if (badgeTexts.size >= 4096) badgeTexts.clear();
    badgeTexts.set(count, text);
  }
  return text;
}
/** Space between a label's text and its "+N". */
export const BADGE_GAP_PX = 6;

const POINT_PRECISIONS: ReadonlySet<string> = new Set(["day", "hour", "minute", "second"]);

/** An event with what does not depend on the scale worked out once per view. */
interface PreparedEvent {
  readonly event: TimelineEvent;
  /** Drawn interval, epoch ms (see `displayInterval`). */
  readonly start: number;
  readonly end: number;
  readonly startEdge: Edge;
  readonly endEdge: Edge;
  readonly point: boolean;
}

interface PreparedCell {
  readonly start: number;
  readonly end: number;
  readonly level: number;
  readonly count: number;
  readonly topId: string;
}

interface PreparedView {
  /** Per lane key, its events in time order. */
  readonly eventsByLane: ReadonlyMap<string, readonly PreparedEvent[]>;
  /** Per lane index, its cells. */
  readonly cellsByLane: readonly (readonly PreparedCell[])[];
  /** Buckets mode: each cell top's event count. */
  readonly cellOfTop: ReadonlyMap<string, number>;
  /** Each event's place in label priority order (importance, then time): see `buildScene`. */
  readonly rank: ReadonlyMap<TimelineEvent, number>;
}

function prepareEvent(event: TimelineEvent): PreparedEvent {
  const d = displayInterval(event.start, event.end, event.mod);
  const point = POINT_PRECISIONS.has(event.precision) && event.end - event.start <= 86_400_000;
  return { event, start: d.start, end: d.end, startEdge: d.startEdge, endEdge: d.endEdge, point };
}

function geometryOf(p: PreparedEvent, x: XScale, minSpanPx: number): MarkGeometry {
  const x0 = x(p.start);
  const x1 = x(p.end);
  if (p.point) return { kind: "point", x: (x0 + x1) / 2, x0, x1, startEdge: p.startEdge, endEdge: p.endEdge };
  const mid = (x0 + x1) / 2;
  const half = Math.max(x1 - x0, minSpanPx) / 2;
  return { kind: "span", x0: mid - half, x1: mid + half, startEdge: p.startEdge, endEdge: p.endEdge };
}

/** Geometry of an event at its precision and modifier (see `displayInterval`). */
export function eventGeometry(event: TimelineEvent, x: XScale, minSpanPx = 3): MarkGeometry {
  return geometryOf(prepareEvent(event), x, minSpanPx);
}

const byTime = (a: TimelineEvent, b: TimelineEvent) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Views are immutable answers: what a view needs at any scale is worked out once per view. */
const prepared = new WeakMap<TimelineView, PreparedView>();

function prepare(view: TimelineView): PreparedView {
  const known = prepared.get(view);
  if (known) return known;
  const byLane = new Map<string, TimelineEvent[]>();
  for (const e of view.events) {
    const list = byLane.get(e.lane);
    if (list) list.push(e);
    else byLane.set(e.lane, [e]);
  }
  const eventsByLane = new Map([...byLane].map(([lane, events]) => [lane, events.sort(byTime).map(prepareEvent)] as const));
  const maxCount = view.cells.reduce((m, c) => Math.max(m, c.count), 1);
  const cellsByLane: PreparedCell[][] = view.lanes.map(() => []);
  const cellOfTop = new Map<string, number>();
  for (const c of view.cells) {
    if (view.mode === "buckets") cellOfTop.set(c.topId, c.count);
    cellsByLane[c.lane]?.push({
      start: view.buckets[c.bucket] ?? 0,
      end: view.buckets[c.bucket + 1] ?? 0,
      level: Math.sqrt(c.count / maxCount),
      count: c.count,
      topId: c.topId,
    });
  }
  const byImportance = [...view.events].sort((a, b) => b.importance - a.importance || byTime(a, b));
  const rank = new Map(byImportance.map((e, i) => [e, i]));
  const result = { eventsByLane, cellsByLane, cellOfTop, rank };
  prepared.set(view, result);
  return result;
}

/**
 * The scene of `view` at scale `x`. Everything that does not depend on the scale (event order per
 * lane, drawn intervals, bucket levels) is computed once per view and reused by every frame.
 */
export function buildScene(view: TimelineView, x: XScale, options: SceneOptions): Scene {
  const { bounds } = options;
  const radius = options.pointRadius ?? 6;
  const maxRows = options.maxRowsPerGroup ?? 6;
  const visible = (x0: number, x1: number) => x1 >= bounds.x0 && x0 <= bounds.x1;
  const single = view.lanes.length <= 1;
  const showDensity = !(single && view.mode === "events");
  const { eventsByLane, cellsByLane, cellOfTop, rank } = prepare(view);

  const rows: SceneRow[] = [];
  const groups: SceneGroup[] = [];
  const bars: DensityBar[] = [];
  const marks: SceneMark[] = [];

  view.lanes.forEach((lane, laneIndex) => {
    const collapsed = !single && options.collapsed.has(lane.key);
    const groupRow = rows.length;
    groups.push({ key: lane.key, count: lane.count, collapsed, row: groupRow });
    if (showDensity || collapsed) {
      const row = rows.length;
      rows.push({ kind: "density", group: lane.key });
      for (const c of cellsByLane[laneIndex] ?? []) {
        const x0 = x(c.start);
        const x1 = x(c.end);
        if (visible(x0, x1)) bars.push({ row, x0, x1, level: c.level, count: c.count, topId: c.topId });
      }
    }
    if (collapsed) return;
    // Marks whose extent (a point is a disc of `radius`) touches the bounds; the extent is the
    // lane item `assignLanes` stacks.
    const placed: { event: TimelineEvent; geometry: MarkGeometry; extent: { id: string; x0: number; x1: number } }[] = [];
    for (const p of eventsByLane.get(lane.key) ?? []) {
      const geometry = geometryOf(p, x, 3);
      const x0 = geometry.kind === "point" ? geometry.x - radius : geometry.x0;
      const x1 = geometry.kind === "point" ? geometry.x + radius : geometry.x1;
      if (visible(x0, x1)) placed.push({ event: p.event, geometry, extent: { id: p.event.id, x0, x1 } });
    }
    const firstMarkRow = rows.length;
    if (view.mode === "events") {
      // Events starting in the window take the first rows; longer ones reaching in from before
      // it (a month, a year) stack below them, so they never hide the window's own events.
      const inside = placed.filter((m) => m.event.start >= view.from);
      const reaching = placed.filter((m) => m.event.start < view.from);
      const first = assignLanes(inside.map((m) => m.extent));
      const second = assignLanes(reaching.map((m) => m.extent));
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
  const measure = options.measure;
  const measureBold = options.measureBold ?? measure;
  const measureQuick = options.measureQuick ?? measure;
  const widthOf = (m: SceneMark) => (m.id === options.selected ? measureBold : measureQuick)(m.event.title);
  const labelRows = options.labelRows;
  // Candidates go in about the order the layout sorts them (priority first), so that its sort
  // finds them already in order: ranked once per view, placed by rank here without a sort.
  const byRank: (SceneMark | undefined)[] = new Array(rank.size);
  for (const m of marks) {
    if (labelRows && (m.row < labelRows.from || m.row >= labelRows.to)) continue;
    const r = rank.get(m.event);
    if (r !== undefined) byRank[r] = m;
  }
  const labelled = byRank.filter((m): m is SceneMark => m !== undefined);
  const layout = layoutLabels(
    labelled.map((m) => ({
      id: m.id,
      lane: m.row,
      anchor: markExtent(m.geometry, radius),
      width: Math.min(widthOf(m), maxLabel),
      minWidth: minLabel,
      priority: m.id === options.emphasize ? Infinity : m.event.importance,
      extra: m.hiddenInCell,
    })),
    bounds,
    {
      // Room for "+1234" after labels that stand for a whole bucket; a wider "+N" takes text width.
      badgePx: view.mode === "buckets" ? 44 : 28,
      badgeWidth: (count) => BADGE_GAP_PX + measureBold(badgeText(count)),
    },
  );
  // Only placed labels are cut to fit: with a thousand marks, truncating every title on every
  // frame would dominate.
  const titles = new Map(labelled.map((m) => [m.id, m.event.title]));
  const truncate =
    options.truncate ??
    ((text: string, maxPx: number, bold: boolean): Fitted => {
      const m = bold ? measureBold : measure;
      const cut = truncateToWidth(text, maxPx, m);
      const width = m(cut);
      return width <= maxPx ? { text: cut, width } : { text: "", width: 0 };
    });
  const placedLabels = layout.placed.map((label) => {
    const bold = label.id === options.selected;
    const fitted = truncate(titles.get(label.id) ?? "", label.width, bold);
    return { id: label.id, lane: label.lane, x: label.x, width: label.width, align: label.align, more: label.more, text: fitted.text, textWidth: fitted.width, bold };
  });
  return { rows, groups, bars, marks, labels: { placed: placedLabels, badges: layout.badges }, total: view.total };
}
