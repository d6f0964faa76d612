// What a view must contain, computed from the rows of ./checks.ts (plain SQL, binned in JS)
// independently of the SQL under test.
import type { TimelineView } from "@dateline/schema/timeline";
import { expect } from "vitest";
import { MAX_COVERING_EVENTS } from "../../src/timeline/view.ts";
import type { Row } from "./checks.ts";

/** What the view should count, binned independently of the SQL under test. */
export function expectConsistent(view: TimelineView, rows: readonly Row[], matches: (r: Row) => boolean) {
  const inWindow = rows.filter((r) => matches(r) && r.start >= view.from && r.start < view.to);
  expect(view.total).toBe(inWindow.length);
  expect(view.cells.reduce((n, c) => n + c.count, 0)).toBe(inWindow.length);
  const perBucket = new Map<number, Row[]>();
  for (const r of inWindow) {
    let lo = 0;
    let hi = view.buckets.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((view.buckets[mid] ?? 0) <= r.start) lo = mid;
      else hi = mid;
    }
    const list = perBucket.get(lo);
    if (list) list.push(r);
    else perBucket.set(lo, [r]);
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  const cellsOfBucket = new Map<number, TimelineView["cells"]>();
  for (const c of view.cells) cellsOfBucket.set(c.bucket, [...(cellsOfBucket.get(c.bucket) ?? []), c]);
  expect([...cellsOfBucket.keys()].sort((x, y) => x - y)).toEqual([...perBucket.keys()].sort((x, y) => x - y));
  for (const [bucket, members] of perBucket) {
    const cells = cellsOfBucket.get(bucket) ?? [];
    expect(cells.reduce((n, c) => n + c.count, 0)).toBe(members.length);
    const best = Math.max(...members.map((m) => m.importance));
    for (const cell of cells) {
      const top = byId.get(cell.topId);
      const laneKey = view.lanes[cell.lane]?.key;
      const laneBest = Math.max(...members.filter((m) => laneKey === undefined || view.lanes.length === 1 || m.lane === laneKey).map((m) => m.importance));
      expect(top?.importance).toBe(laneBest);
      expect(top?.importance ?? 0).toBeLessThanOrEqual(best);
    }
  }
  return inWindow;
}

/** The events a view of [from, to) must draw in events mode: those starting in it and the top reaching into it. */
export function expectedEvents(view: TimelineView, rows: readonly Row[]) {
  const starting = rows.filter((r) => r.start >= view.from && r.start < view.to).map((r) => r.id);
  const reaching = rows
    .filter((r) => r.start < view.from && r.end > view.from)
    .sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : 1));
  return { starting, reaching, ids: [...starting, ...reaching.slice(0, MAX_COVERING_EVENTS).map((r) => r.id)].sort() };
}
