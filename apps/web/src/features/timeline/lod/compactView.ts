/**
 * The first view's data as the server page hands it to the browser: cells and events as columns
 * (one array per field) instead of one object per row. A server component's props travel twice
 * in the page (as HTML-escaped JavaScript strings holding JSON), and at 1M events the first view
 * is 2,880 cells and 500 events: as objects their field names alone are a third of that JSON.
 * Columns need no names per row, and bucket indices (ascending) are sent as differences.
 */
import type { TimelineCell, TimelineEvent, TimelineView } from "@dateline/schema/timeline";

/** `TimelineView.cells` as columns; `bucketStep[i]` is cell i's bucket minus cell i − 1's. */
export interface CompactCells {
  readonly bucketStep: readonly number[];
  readonly lane: readonly number[];
  readonly count: readonly number[];
  readonly topId: readonly string[];
}

/** `TimelineView.events` as columns; `lane[i]` indexes `laneKeys` (event lanes repeat a few keys). */
export interface CompactEvents {
  readonly id: readonly string[];
  readonly title: readonly string[];
  readonly value: readonly string[];
  readonly precision: readonly TimelineEvent["precision"][];
  readonly mod: readonly TimelineEvent["mod"][];
  readonly start: readonly number[];
  readonly end: readonly number[];
  readonly importance: readonly number[];
  readonly lane: readonly number[];
  readonly laneKeys: readonly string[];
}

export type CompactView = Omit<TimelineView, "cells" | "events"> & { readonly cells: CompactCells; readonly events: CompactEvents };

/** The view with its cells and events as columns (see `expandView`). */
export function compactView(view: TimelineView): CompactView {
  const { cells, events, ...rest } = view;
  const laneKeys = [...new Set(events.map((e) => e.lane))];
  const laneAt = new Map(laneKeys.map((key, i) => [key, i]));
  return {
    ...rest,
    cells: {
      bucketStep: cells.map((c, i) => c.bucket - (i === 0 ? 0 : (cells[i - 1]?.bucket ?? 0))),
      lane: cells.map((c) => c.lane),
      count: cells.map((c) => c.count),
      topId: cells.map((c) => c.topId),
    },
    events: {
      id: events.map((e) => e.id),
      title: events.map((e) => e.title),
      value: events.map((e) => e.value),
      precision: events.map((e) => e.precision),
      mod: events.map((e) => e.mod),
      start: events.map((e) => e.start),
      end: events.map((e) => e.end),
      importance: events.map((e) => e.importance),
      lane: events.map((e) => laneAt.get(e.lane) ?? 0),
      laneKeys,
    },
  };
}

function sameLength(what: string, columns: Record<string, readonly unknown[]>): number {
  const lengths = Object.entries(columns).map(([name, column]) => `${name} ${column.length}`);
  const n = Object.values(columns)[0]?.length ?? 0;
  if (Object.values(columns).some((column) => column.length !== n)) throw new Error(`compact ${what}: columns of unequal length (${lengths.join(", ")})`);
  return n;
}

function expandCells(cells: CompactCells): TimelineCell[] {
  const n = sameLength("cells", { ...cells });
  const out: TimelineCell[] = new Array<TimelineCell>(n);
  let bucket = 0;
  for (let i = 0; i < n; i++) {
    bucket += cells.bucketStep[i] ?? 0;
    out[i] = { bucket, lane: cells.lane[i] ?? 0, count: cells.count[i] ?? 0, topId: cells.topId[i] ?? "" };
  }
  return out;
}

function expandEvents(events: CompactEvents): TimelineEvent[] {
  const { laneKeys, ...columns } = events;
  const n = sameLength("events", columns);
  const out: TimelineEvent[] = new Array<TimelineEvent>(n);
  for (let i = 0; i < n; i++) {
    const lane = laneKeys[events.lane[i] ?? -1];
    if (lane === undefined) throw new Error(`compact events: event ${i} has lane ${events.lane[i]}, beyond the ${laneKeys.length} lane keys`);
    out[i] = {
      id: events.id[i] ?? "",
      title: events.title[i] ?? "",
      value: events.value[i] ?? "",
      precision: events.precision[i] ?? "day",
      mod: events.mod[i] ?? null,
      start: events.start[i] ?? 0,
      end: events.end[i] ?? 0,
      importance: events.importance[i] ?? 0,
      lane,
    };
  }
  return out;
}

/** The view `compactView` encoded. Throws on columns of unequal length or an unknown lane index. */
export function expandView(view: CompactView): TimelineView {
  const { cells, events, ...rest } = view;
  return { ...rest, cells: expandCells(cells), events: expandEvents(events) };
}
