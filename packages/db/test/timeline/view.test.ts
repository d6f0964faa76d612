// timelineView against 100 000 synthetic events, checked against an independent reading of the
// same database (plain SQL rows binned in JS).
import type { TimelineQueryInput, TimelineView } from "@dateline/schema/timeline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportTimelineEvents } from "../../src/timeline/export.ts";
import { timelineExtent } from "../../src/timeline/extent.ts";
import { MAX_COVERING_EVENTS, MAX_VIEW_EVENTS, timelineView } from "../../src/timeline/view.ts";
import { SYNTHETIC_FROM, SYNTHETIC_TO } from "../../src/timeline/synthetic.ts";
import { createSyntheticDb, type TimelineTestDb } from "./db.ts";

const EVENTS = 100_000;
const DAY = 86_400_000;
const at = (s: string) => Date.parse(s);

interface Row {
  id: string;
  title: string;
  start: number;
  end: number;
  importance: number;
  precision: string;
  lane: string;
}

let t: TimelineTestDb;
let rows: Row[];

beforeAll(async () => {
  t = await createSyntheticDb(EVENTS);
  rows = t.raw
    .prepare<[], Row>(`SELECT "id", "title", "dateStart" AS "start", "dateEnd" AS "end", "importance",
      "datePrecision" AS "precision", "lane" FROM "Event" WHERE "status" = 'published' AND "deletedAt" IS NULL`)
    .all();
}, 300_000);
afterAll(async () => {
  await t.dispose();
});

/** What the view should count, binned independently of the SQL under test. */
function expectConsistent(view: TimelineView, matches: (r: Row) => boolean) {
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
  const cellsOf = new Map<number, TimelineView["cells"]>();
  for (const c of view.cells) cellsOf.set(c.bucket, [...(cellsOf.get(c.bucket) ?? []), c]);
  expect([...cellsOf.keys()].sort((x, y) => x - y)).toEqual([...perBucket.keys()].sort((x, y) => x - y));
  for (const [bucket, members] of perBucket) {
    const cells = cellsOf.get(bucket) ?? [];
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

const windows: { name: string; query: TimelineQueryInput; matches: (r: Row) => boolean }[] = [
  { name: "whole archive", query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 1200 }, matches: () => true },
  { name: "whole archive, narrow chart", query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 400 }, matches: () => true },
  { name: "five years", query: { from: at("2005-03-10T00:00:00Z"), to: at("2010-03-10T00:00:00Z"), width: 1200 }, matches: () => true },
  { name: "one year", query: { from: "2012-01-01T00:00:00Z", to: "2013-01-01T00:00:00Z", width: 1200 }, matches: () => true },
  { name: "one month", query: { from: "2012-05-01T00:00:00Z", to: "2012-06-01T00:00:00Z", width: 1200 }, matches: () => true },
  { name: "one day", query: { from: "2012-05-07T00:00:00Z", to: "2012-05-08T00:00:00Z", width: 1200 }, matches: () => true },
  {
    name: "search 'treaty'",
    query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 1200, q: "TREATY" },
    matches: (r) => r.title.toLowerCase().includes("treaty"),
  },
  {
    name: "month precision only",
    query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 800, precision: "month" },
    matches: (r) => r.precision === "month",
  },
  {
    name: "one lane",
    query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 800, lanes: "none" },
    matches: () => true,
  },
];

describe("timelineView", () => {
  it.each(windows)("bucket counts add up to the events in range: $name", async ({ query, matches }) => {
    const view = await timelineView(query, { db: t.db });
    const from = typeof query.from === "number" ? query.from : Date.parse(String(query.from));
    expect(view.from).toBeLessThanOrEqual(from);
    const inWindow = expectConsistent(view, matches);
    expect(view.mode).toBe(inWindow.length <= MAX_VIEW_EVENTS ? "events" : "buckets");
  });

  it.each([
    { name: "one day", from: "2012-05-07T00:00:00Z", to: "2012-05-08T00:00:00Z" },
    { name: "one week", from: "2019-09-01T00:00:00Z", to: "2019-09-08T00:00:00Z" },
  ])("returns every event starting in a small window ($name) and the top ones reaching into it", async ({ from, to }) => {
    const view = await timelineView({ from, to, width: 1000 }, { db: t.db });
    expect(view.mode).toBe("events");
    const starting = rows.filter((r) => r.start >= view.from && r.start < view.to).map((r) => r.id);
    const reaching = rows
      .filter((r) => r.start < view.from && r.end > view.from && r.start >= view.from - 400 * DAY)
      .sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : 1));
    expect(view.covering).toBe(reaching.length);
    const expected = [...starting, ...reaching.slice(0, MAX_COVERING_EVENTS).map((r) => r.id)].sort();
    expect(view.events.map((e) => e.id).sort()).toEqual(expected);
    expect(starting.length).toBeGreaterThan(0);
    expect(reaching.length).toBeGreaterThan(MAX_COVERING_EVENTS);
  });

  it("rollups stay in step with updates, soft deletes, hard deletes and retags", async () => {
    const sample = t.raw.prepare<[number, number], { id: string }>(`SELECT "id" FROM "Event" WHERE "dateStart" >= ? AND "dateStart" < ? LIMIT 40`).all(
      at("2012-01-01T00:00:00Z"),
      at("2013-01-01T00:00:00Z"),
    );
    const ids = sample.map((s) => s.id);
    const [a, b, c, d, ...rest] = ids;
    t.raw.prepare(`UPDATE "Event" SET "status" = 'draft' WHERE "id" = ?`).run(a);
    t.raw.prepare(`UPDATE "Event" SET "deletedAt" = '2026-01-01T00:00:00.000Z' WHERE "id" = ?`).run(b);
    t.raw.prepare(`DELETE FROM "Event" WHERE "id" = ?`).run(c);
    t.raw.prepare(`UPDATE "Event" SET "dateStart" = "dateStart" + 40 * 86400000, "dateEnd" = "dateEnd" + 40 * 86400000 WHERE "id" = ?`).run(d);
    t.raw.prepare(`UPDATE "Event" SET "importance" = 2 WHERE "id" IN (${rest.map(() => "?").join(",")})`).run(...rest);
    t.raw.prepare(`DELETE FROM "EventTag" WHERE "eventId" = ?`).run(rest[0]);
    rows = t.raw
      .prepare<[], Row>(`SELECT "id", "title", "dateStart" AS "start", "dateEnd" AS "end", "importance",
        "datePrecision" AS "precision", "lane" FROM "Event" WHERE "status" = 'published' AND "deletedAt" IS NULL`)
      .all();
    expect(rows.find((r) => r.id === rest[0])?.lane).toBe("");
    for (const width of [1200, 300]) {
      const view = await timelineView({ from: "2011-06-01T00:00:00Z", to: "2013-06-01T00:00:00Z", width }, { db: t.db });
      expectConsistent(view, () => true);
    }
  });

  it.each([
    { name: "from after to", query: { from: "2020-01-02T00:00:00Z", to: "2020-01-01T00:00:00Z", width: 100 }, error: /from/ },
    { name: "width 0", query: { from: 0, to: DAY, width: 0 }, error: /width/ },
    { name: "unknown precision", query: { from: 0, to: DAY, width: 100, precision: "fortnight" }, error: /precision/ },
    { name: "year 20000", query: { from: 0, to: "20000-01-01T00:00:00Z", width: 100 }, error: /out of range|to/ },
  ])("rejects a malformed query: $name", async ({ query, error }) => {
    await expect(timelineView(query, { db: t.db })).rejects.toThrow(error);
  });

  it("timelineExtent spans the published events", async () => {
    const extent = await timelineExtent({ db: t.db });
    expect(extent).toEqual({ from: Math.min(...rows.map((r) => r.start)), to: Math.max(...rows.map((r) => r.end)) });
  });

  it.each([
    { name: "a month", query: { from: "2012-05-01T00:00:00Z", to: "2012-06-01T00:00:00Z" }, matches: () => true },
    {
      name: "a search over everything",
      query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, q: "festival in oslo" },
      matches: (r: Row) => r.title.toLowerCase().includes("festival in oslo"),
    },
  ])("exportTimelineEvents returns the events the view selects: $name", async ({ query, matches }) => {
    const from = typeof query.from === "number" ? query.from : Date.parse(query.from);
    const to = typeof query.to === "number" ? query.to : Date.parse(query.to);
    const events = await exportTimelineEvents(query, { db: t.db });
    const expected = rows.filter((r) => matches(r) && r.start < to && r.end > from).map((r) => r.id).sort();
    expect(events.map((e) => e.id).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });
});
