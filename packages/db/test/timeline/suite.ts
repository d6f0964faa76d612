// The timeline expectations, run against each store (view.test.ts: SQLite, view.postgres.test.ts:
// PostgreSQL): timelineView, timelineExtent and exportTimelineEvents on 100 000 synthetic events,
// checked against an independent reading of the same database (plain SQL rows binned in JS), and
// the trigger-maintained tables (TimelineRollup, TimelineLongEvent, Event.lane) checked against a
// recomputation from scratch after every kind of write.
import type { TimelineQueryInput, TimelineView } from "@dateline/schema/timeline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEvent, restoreEvent, softDeleteEvent, updateEvent } from "../../src/admin/index.ts";
import { floorTo, nextBucket } from "../../src/timeline/buckets.ts";
import { exportTimelineEvents } from "../../src/timeline/export.ts";
import { timelineExtent } from "../../src/timeline/extent.ts";
import { OVERLAP_LOOKBACK_MS } from "../../src/timeline/sql.ts";
import { SYNTHETIC_FROM, SYNTHETIC_TO } from "../../src/timeline/synthetic.ts";
import { MAX_COVERING_EVENTS, MAX_VIEW_EVENTS, timelineView } from "../../src/timeline/view.ts";
import { openStore, openSyntheticStore, type Provider, type TimelineStore } from "./store.ts";

const EVENTS = 100_000;
const DAY = 86_400_000;
const YEAR = 365 * DAY;
const at = (s: string) => Date.parse(s);
const actor = { id: "timeline-test", email: "timeline@example.org" };
/** Tests that rewrite thousands of rows and re-read the whole archive to check the triggers. */
const HEAVY = 180_000;

/** Month rollups exist for starts in years 0000–9999. */
const MONTH_MIN = -62_167_219_200_000;
const MONTH_MAX = 253_402_300_800_000;

export interface Row {
  id: string;
  title: string;
  start: number;
  end: number;
  importance: number;
  precision: string;
  lane: string;
  /** Tag names (byte order), read from EventTag and Tag (not from the trigger-kept columns). */
  tags: string[];
}

const PUBLISHED_ROWS = `SELECT "id", "title", "dateStart" AS "start", "dateEnd" AS "end", "importance",
  "datePrecision" AS "precision", "lane" FROM "Event" WHERE "status" = 'published' AND "deletedAt" IS NULL`;

/** What the checks below need of a store: reading rows. */
export type Reader = Pick<TimelineStore, "all">;

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

export async function readRows(store: Reader): Promise<Row[]> {
  const links = await store.all<{ eventId: string; name: string }>(`SELECT et."eventId", t."name" FROM "EventTag" et JOIN "Tag" t ON t."id" = et."tagId"`);
  const tagsOf = new Map<string, string[]>();
  for (const l of links) tagsOf.set(l.eventId, [...(tagsOf.get(l.eventId) ?? []), l.name]);
  const rows = await store.all<Omit<Row, "tags">>(PUBLISHED_ROWS);
  return rows.map((r) => ({ ...r, tags: (tagsOf.get(r.id) ?? []).sort(byteOrder) }));
}

/** Event."tagSet" of sorted tag names (migration timeline_facets). */
const tagSetOf = (tags: readonly string[]) => (tags.length ? `\u001f${tags.join("\u001f")}\u001f` : "");

interface CellRow {
  unit: string;
  start: number;
  end: number;
  count: number;
  topId: string | null;
  topImportance: number | null;
}

/** The rollup cells of an event starting at `start`, computed in JS (d3-time style buckets). */
function cellsOf(start: number): { unit: string; start: number; end: number }[] {
  const day = floorTo("day", start);
  const cells = [{ unit: "day", start: day, end: day + DAY }];
  if (start >= MONTH_MIN && start < MONTH_MAX) {
    const month = floorTo("month", start);
    cells.push({ unit: "month", start: month, end: nextBucket("month", month) });
  }
  return cells;
}

/**
 * `table`'s cells equal their recomputation from the published events: per (unit, start) and the
 * values of `dimensions` (columns of the table, computed from a row by `valuesOf`), the count,
 * the best importance and a top event that belongs to the cell.
 */
async function expectCellsMatchEvents(store: Reader, rows: readonly Row[], table: string, dimensions: readonly string[], valuesOf: (r: Row) => string[]): Promise<void> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const expected = new Map<string, { end: number; count: number; best: number }>();
  for (const r of rows) {
    for (const cell of cellsOf(r.start)) {
      const key = [cell.unit, cell.start, ...valuesOf(r)].join("|");
      const e = expected.get(key) ?? { end: cell.end, count: 0, best: -Infinity };
      e.count += 1;
      e.best = Math.max(e.best, r.importance);
      expected.set(key, e);
    }
  }
  const columns = dimensions.map((d) => `"${d}"`).join(", ");
  const actual = await store.all<CellRow & Record<string, string>>(`SELECT "unit", "start", "end", "count", "topId", "topImportance", ${columns} FROM "${table}"`);
  const wrong: unknown[] = [];
  for (const cell of actual) {
    const values = dimensions.map((d) => cell[d] ?? "");
    const key = [cell.unit, cell.start, ...values].join("|");
    const e = expected.get(key);
    const top = cell.topId === null ? undefined : byId.get(cell.topId);
    const topFits = top !== undefined && valuesOf(top).join("|") === values.join("|") && top.start >= cell.start && top.start < cell.end;
    if (!e || e.end !== cell.end || e.count !== cell.count || e.best !== cell.topImportance || !topFits || top.importance !== e.best) {
      wrong.push({ table, cell, expected: e, top });
    }
    expected.delete(key);
  }
  expect(wrong.slice(0, 5)).toEqual([]);
  expect([...expected.keys()].slice(0, 5)).toEqual([]);
  expect(actual.length).toBeGreaterThan(0);
}

/**
 * TimelineRollup (per lane) and TimelineFacet (per lane, precision and tag set) equal their
 * recomputation from the published events and their tags.
 */
export async function expectRollupMatchesEvents(store: Reader): Promise<void> {
  const rows = await readRows(store);
  await expectCellsMatchEvents(store, rows, "TimelineRollup", ["lane"], (r) => [r.lane]);
  await expectCellsMatchEvents(store, rows, "TimelineFacet", ["lane", "precision", "tagSet"], (r) => [r.lane, r.precision, tagSetOf(r.tags)]);
}

/**
 * Every event's lane is its alphabetically first tag ('' when untagged), and its tag set lists
 * its tags (any status).
 */
export async function expectLanesMatchTags(store: Reader): Promise<void> {
  const wrong = await store.all<{ id: string }>(`SELECT e."id" FROM "Event" e
    WHERE e."lane" <> COALESCE((SELECT MIN(t."name") FROM "EventTag" et JOIN "Tag" t ON t."id" = et."tagId" WHERE et."eventId" = e."id"), '')`);
  expect(wrong).toEqual([]);
  const links = await store.all<{ eventId: string; name: string }>(`SELECT et."eventId", t."name" FROM "EventTag" et JOIN "Tag" t ON t."id" = et."tagId"`);
  const tagsOf = new Map<string, string[]>();
  for (const l of links) tagsOf.set(l.eventId, [...(tagsOf.get(l.eventId) ?? []), l.name]);
  const events = await store.all<{ id: string; tagSet: string }>(`SELECT "id", "tagSet" FROM "Event"`);
  expect(events.filter((e) => e.tagSet !== tagSetOf((tagsOf.get(e.id) ?? []).sort(byteOrder))).slice(0, 5)).toEqual([]);
}

/** TimelineLongEvent lists exactly the events (any status) longer than OVERLAP_LOOKBACK_MS. */
export async function expectLongEventsListed(store: Reader): Promise<void> {
  const events = await store.all<{ id: string; start: number; end: number }>(`SELECT "id", "dateStart" AS "start", "dateEnd" AS "end" FROM "Event"`);
  const listed = await store.all<{ id: string; start: number; end: number }>(
    `SELECT "eventId" AS "id", "dateStart" AS "start", "dateEnd" AS "end" FROM "TimelineLongEvent"`,
  );
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  expect(listed.sort(byId)).toEqual(events.filter((e) => e.end - e.start > OVERLAP_LOOKBACK_MS).sort(byId));
}

/** What the view should count, binned independently of the SQL under test. */
function expectConsistent(view: TimelineView, rows: readonly Row[], matches: (r: Row) => boolean) {
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
function expectedEvents(view: TimelineView, rows: readonly Row[]) {
  const starting = rows.filter((r) => r.start >= view.from && r.start < view.to).map((r) => r.id);
  const reaching = rows
    .filter((r) => r.start < view.from && r.end > view.from)
    .sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : 1));
  return { starting, reaching, ids: [...starting, ...reaching.slice(0, MAX_COVERING_EVENTS).map((r) => r.id)].sort() };
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
  { name: "tag 'science'", query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 1200, tag: "science" }, matches: (r) => r.tags.includes("science") },
  {
    name: "two tags and a precision",
    query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 1200, tag: ["sport", "health"], precision: "day" },
    matches: (r) => (r.tags.includes("sport") || r.tags.includes("health")) && r.precision === "day",
  },
  {
    name: "tag, one lane",
    query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 600, tag: "economy", lanes: "none" },
    matches: (r) => r.tags.includes("economy"),
  },
  {
    name: "precisions over one year (day buckets)",
    query: { from: "2012-01-01T00:00:00Z", to: "2013-01-01T00:00:00Z", width: 1200, precision: "year,quarter,month" },
    matches: (r) => ["year", "quarter", "month"].includes(r.precision),
  },
  {
    name: "tag over one week (events mode)",
    query: { from: "2019-09-01T00:00:00Z", to: "2019-09-08T00:00:00Z", width: 1200, tag: "culture" },
    matches: (r) => r.tags.includes("culture"),
  },
  {
    name: "search and tag",
    query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 1200, q: "treaty", tag: "politics" },
    matches: (r) => r.title.toLowerCase().includes("treaty") && r.tags.includes("politics"),
  },
  {
    name: "search over one year (day buckets)",
    query: { from: "2012-01-01T00:00:00Z", to: "2013-01-01T00:00:00Z", width: 1200, q: "in oslo" },
    matches: (r) => r.title.toLowerCase().includes("in oslo"),
  },
  { name: "an unknown tag", query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 1200, tag: "scien" }, matches: () => false },
];

/** The timeline tests on 100 000 synthetic events in a fresh `provider` database. */
export function describeTimeline(provider: Provider): void {
  let t: TimelineStore;
  let rows: Row[];
  const refresh = async () => {
    rows = await readRows(t);
  };

  beforeAll(async () => {
    t = await openSyntheticStore(provider, EVENTS);
    await refresh();
  }, 300_000);
  afterAll(async () => {
    await t?.dispose();
  });

  describe(`timelineView (${provider})`, () => {
    it("rollups and lanes equal their recomputation from the synthetic events", async () => {
      expect(rows.length).toBe(EVENTS);
      await expectRollupMatchesEvents(t);
      await expectLanesMatchTags(t);
      await expectLongEventsListed(t);
    }, HEAVY);

    it.each(windows)("bucket counts add up to the events in range: $name", async ({ query, matches }) => {
      const view = await timelineView(query, { db: t.db });
      const from = typeof query.from === "number" ? query.from : Date.parse(String(query.from));
      expect(view.from).toBeLessThanOrEqual(from);
      const inWindow = expectConsistent(view, rows, matches);
      expect(view.mode).toBe(inWindow.length <= MAX_VIEW_EVENTS ? "events" : "buckets");
    });

    it.each([
      { name: "one day", from: "2012-05-07T00:00:00Z", to: "2012-05-08T00:00:00Z" },
      { name: "one week", from: "2019-09-01T00:00:00Z", to: "2019-09-08T00:00:00Z" },
    ])("returns every event starting in a small window ($name) and the top ones reaching into it", async ({ from, to }) => {
      const view = await timelineView({ from, to, width: 1000 }, { db: t.db });
      expect(view.mode).toBe("events");
      const { starting, reaching, ids } = expectedEvents(view, rows);
      expect(view.covering).toBe(reaching.length);
      expect(view.events.map((e) => e.id).sort()).toEqual(ids);
      expect(starting.length).toBeGreaterThan(0);
      expect(reaching.length).toBeGreaterThan(MAX_COVERING_EVENTS);
    });

    it("rollups stay in step with updates, soft deletes, hard deletes and retags", async () => {
      const sample = await t.all<{ id: string }>(`SELECT "id" FROM "Event" WHERE "dateStart" >= ? AND "dateStart" < ? ORDER BY "id" LIMIT 40`, [
        at("2012-01-01T00:00:00Z"),
        at("2013-01-01T00:00:00Z"),
      ]);
      const ids = sample.map((s) => s.id);
      const [a, b, c, d, ...rest] = ids;
      await t.run(`UPDATE "Event" SET "status" = 'draft' WHERE "id" = ?`, [a]);
      await t.run(`UPDATE "Event" SET "deletedAt" = '2026-01-01T00:00:00.000Z' WHERE "id" = ?`, [b]);
      await t.run(`DELETE FROM "Event" WHERE "id" = ?`, [c]);
      await t.run(`UPDATE "Event" SET "dateStart" = "dateStart" + ?, "dateEnd" = "dateEnd" + ? WHERE "id" = ?`, [40 * DAY, 40 * DAY, d]);
      await t.run(`UPDATE "Event" SET "importance" = 2 WHERE "id" IN (${rest.map(() => "?").join(",")})`, rest);
      await t.run(`DELETE FROM "EventTag" WHERE "eventId" = ?`, [rest[0]]);
      await refresh();
      expect(rows.find((r) => r.id === rest[0])?.lane).toBe("");
      expect(rows.some((r) => r.id === a || r.id === b || r.id === c)).toBe(false);
      for (const width of [1200, 300]) {
        const view = await timelineView({ from: "2011-06-01T00:00:00Z", to: "2013-06-01T00:00:00Z", width }, { db: t.db });
        expectConsistent(view, rows, () => true);
      }
      await expectRollupMatchesEvents(t);
      await expectLanesMatchTags(t);
    }, HEAVY);

    it("rollups and lanes follow tag inserts, tag renames, tag deletes, restores and multi-row updates", async () => {
      const sample = await t.all<{ id: string; lane: string }>(
        `SELECT "id", "lane" FROM "Event" WHERE "dateStart" >= ? AND "dateStart" < ? AND "status" = 'published' ORDER BY "id" LIMIT 30`,
        [at("2015-03-01T00:00:00Z"), at("2015-06-01T00:00:00Z")],
      );
      const ids = sample.map((s) => s.id);
      // A tag sorting first takes over the lane of the events it is added to.
      await t.run(`INSERT INTO "Tag" ("id", "name") VALUES ('tag_aaa', 'aaa first')`);
      await t.run(`INSERT INTO "EventTag" ("eventId", "tagId") SELECT "id", 'tag_aaa' FROM "Event" WHERE "id" IN (${ids.slice(0, 10).map(() => "?").join(",")})`, ids.slice(0, 10));
      await expectLanesMatchTags(t);
      expect((await readRows(t)).filter((r) => r.lane === "aaa first").length).toBe(10);
      // Renaming it to sort last gives them back their other tag's lane; renaming a synthetic tag
      // moves every event of that lane.
      await t.run(`UPDATE "Tag" SET "name" = 'zzz last' WHERE "id" = 'tag_aaa'`);
      await t.run(`UPDATE "Tag" SET "name" = 'economics' WHERE "name" = 'economy'`);
      await expectLanesMatchTags(t);
      await expectRollupMatchesEvents(t);
      // A link moved to another tag (UPDATE of EventTag): the lane follows.
      const moved = ids.slice(20, 25);
      const lanesBefore = await t.all<{ id: string; lane: string }>(`SELECT "id", "lane" FROM "Event" WHERE "id" IN (?, ?, ?, ?, ?) ORDER BY "id"`, moved);
      for (const id of moved) {
        await t.run(`UPDATE "EventTag" SET "tagId" = 'tag_aaa' WHERE "eventId" = ?
          AND "tagId" = (SELECT et."tagId" FROM "EventTag" et JOIN "Tag" g ON g."id" = et."tagId" WHERE et."eventId" = ? ORDER BY g."name" LIMIT 1)`, [id, id]);
      }
      const lanesAfter = await t.all<{ id: string; lane: string }>(`SELECT "id", "lane" FROM "Event" WHERE "id" IN (?, ?, ?, ?, ?) ORDER BY "id"`, moved);
      expect(lanesAfter.filter((r, i) => r.lane === lanesBefore[i]?.lane)).toEqual([]);
      await expectLanesMatchTags(t);
      await expectRollupMatchesEvents(t);
      // Deleting a tag (its links cascade) and a multi-row update moving many events at once.
      await t.run(`DELETE FROM "Tag" WHERE "id" = 'tag_aaa'`);
      await t.run(`UPDATE "Event" SET "dateStart" = "dateStart" - ?, "dateEnd" = "dateEnd" - ?, "importance" = "importance" / 2
        WHERE "dateStart" >= ? AND "dateStart" < ?`, [3 * DAY, 3 * DAY, at("2015-04-01T00:00:00Z"), at("2015-04-20T00:00:00Z")]);
      await t.run(`UPDATE "Event" SET "deletedAt" = '2026-01-02T00:00:00.000Z' WHERE "id" IN (${ids.slice(10, 20).map(() => "?").join(",")})`, ids.slice(10, 20));
      await t.run(`UPDATE "Event" SET "deletedAt" = NULL WHERE "id" IN (${ids.slice(10, 15).map(() => "?").join(",")})`, ids.slice(10, 15));
      await expectLanesMatchTags(t);
      await expectRollupMatchesEvents(t);
      await refresh();
      const view = await timelineView({ from: "2015-01-01T00:00:00Z", to: "2016-01-01T00:00:00Z", width: 1200 }, { db: t.db });
      expectConsistent(view, rows, () => true);
    }, HEAVY);

    it("admin edits keep the rollups in step (create, date change, status change, soft delete, restore)", async () => {
      const date = { value: "2014-07-04", precision: "day", start: "2014-07-04T00:00:00.000Z", end: "2014-07-05T00:00:00.000Z" };
      const created = await createEvent({ title: "Admin-made event", date, status: "published", tags: ["politics", "aardvark"] }, { db: t.db, actor });
      await expectRollupMatchesEvents(t);
      const moved = { value: "2014-09", precision: "month", start: "2014-09-01T00:00:00.000Z", end: "2014-10-01T00:00:00.000Z" };
      const edited = await updateEvent({ id: created.id, version: created.version, title: "Moved", date: moved, status: "published", tags: ["sport"] }, { db: t.db, actor });
      await expectRollupMatchesEvents(t);
      const drafted = await updateEvent({ id: edited.id, version: edited.version, title: "Moved", date: moved, status: "draft", tags: ["sport"] }, { db: t.db, actor });
      await expectRollupMatchesEvents(t);
      const republished = await updateEvent({ id: drafted.id, version: drafted.version, title: "Moved", date: moved, status: "published", tags: [] }, { db: t.db, actor });
      const deleted = await softDeleteEvent({ id: republished.id, version: republished.version }, { db: t.db, actor });
      await expectRollupMatchesEvents(t);
      await restoreEvent({ id: deleted.id, version: deleted.version }, { db: t.db, actor });
      await expectRollupMatchesEvents(t);
      await expectLanesMatchTags(t);
      await refresh();
      expect(rows.find((r) => r.id === created.id)).toMatchObject({ lane: "", start: at(moved.start) });
    }, HEAVY);

    it.each([
      { name: "from after to", query: { from: "2020-01-02T00:00:00Z", to: "2020-01-01T00:00:00Z", width: 100 }, error: /from/ },
      { name: "width 0", query: { from: 0, to: DAY, width: 0 }, error: /width/ },
      { name: "unknown precision", query: { from: 0, to: DAY, width: 100, precision: "fortnight" }, error: /precision/ },
      { name: "year 20000", query: { from: 0, to: "20000-01-01T00:00:00Z", width: 100 }, error: /out of range|to/ },
    ])("rejects a malformed query: $name", async ({ query, error }) => {
      await expect(timelineView(query, { db: t.db })).rejects.toThrow(error);
    });

    it("timelineExtent spans the published events", async () => {
      await refresh();
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

  describe(`long events (${provider})`, () => {
    // A 20-year range starting long before a narrow window, a range ending decades after the
    // archive, and ranges on either side of the lookback.
    const long = [
      { id: "long_20y", start: at("1998-01-01T00:00:00Z"), end: at("2018-01-01T00:00:00Z"), importance: 5, status: "published" },
      { id: "long_future", start: at("2020-01-01T00:00:00Z"), end: at("2060-01-01T00:00:00Z"), importance: 0, status: "published" },
      { id: "long_draft", start: at("1999-01-01T00:00:00Z"), end: at("2019-01-01T00:00:00Z"), importance: 9, status: "draft" },
      { id: "long_at_lookback", start: at("2010-01-01T00:00:00Z"), end: at("2010-01-01T00:00:00Z") + OVERLAP_LOOKBACK_MS, importance: 4, status: "published" },
      { id: "long_past_lookback", start: at("2010-01-01T00:00:00Z"), end: at("2010-01-01T00:00:00Z") + OVERLAP_LOOKBACK_MS + 1, importance: 4, status: "published" },
    ];
    const narrow = { from: "2016-03-10T00:00:00Z", to: "2016-03-11T00:00:00Z", width: 1200 };

    beforeAll(async () => {
      for (const e of long) {
        await t.run(
          `INSERT INTO "Event" ("id", "title", "dateValue", "datePrecision", "dateStart", "dateEnd", "importance", "status", "updatedAt")
           VALUES (?, ?, ?, 'day', ?, ?, ?, ?, '2026-01-01T00:00:00.000Z')`,
          [e.id, `Long range ${e.id}`, `${new Date(e.start).toISOString().slice(0, 10)}/${new Date(e.end - DAY).toISOString().slice(0, 10)}`, e.start, e.end, e.importance, e.status],
        );
      }
      await refresh();
    }, HEAVY);

    it("lists exactly the events longer than the lookback", async () => {
      await expectLongEventsListed(t);
      const listed = await t.all<{ eventId: string }>(`SELECT "eventId" FROM "TimelineLongEvent" WHERE "eventId" LIKE 'long%' ORDER BY "eventId"`);
      expect(listed.map((l) => l.eventId)).toEqual(["long_20y", "long_draft", "long_future", "long_past_lookback"]);
    });

    it("a 20-year range starting long before a narrow window appears in events mode", async () => {
      const view = await timelineView(narrow, { db: t.db });
      expect(view.mode).toBe("events");
      const { reaching, ids } = expectedEvents(view, rows);
      expect(reaching.map((r) => r.id)).toContain("long_20y");
      expect(view.events.map((e) => e.id)).toContain("long_20y");
      expect(view.events.map((e) => e.id)).not.toContain("long_draft");
      expect(view.covering).toBe(reaching.length);
      expect(view.events.map((e) => e.id).sort()).toEqual(ids);
      const inWindow = expectConsistent(view, rows, () => true);
      expect(view.total).toBe(inWindow.length);
    });

    it.each([
      { name: "a day the 20-year range covers", from: "2004-02-03T00:00:00Z", to: "2004-02-04T00:00:00Z" },
      { name: "the day after the lookback edge", from: "2011-02-05T00:00:00Z", to: "2011-02-06T00:00:00Z" },
      { name: "a window in the far future", from: "2050-01-01T00:00:00Z", to: "2050-02-01T00:00:00Z" },
    ])("finds every event covering a window: $name", async ({ from, to }) => {
      const view = await timelineView({ from, to, width: 1200 }, { db: t.db });
      expect(view.mode).toBe("events");
      const { reaching, ids } = expectedEvents(view, rows);
      expect(view.covering).toBe(reaching.length);
      expect(view.events.map((e) => e.id).sort()).toEqual(ids);
      const exported = await exportTimelineEvents({ from, to }, { db: t.db });
      expect(exported.map((e) => e.id).sort()).toEqual(rows.filter((r) => r.start < at(to) && r.end > at(from)).map((r) => r.id).sort());
      expect(reaching.length).toBeGreaterThan(0);
    });

    it("the extent reaches the end of the longest range", async () => {
      expect(await timelineExtent({ db: t.db })).toEqual({ from: Math.min(...rows.map((r) => r.start)), to: at("2060-01-01T00:00:00Z") });
    });

    it("follows date changes, soft deletes and hard deletes", async () => {
      await t.run(`UPDATE "Event" SET "dateEnd" = "dateStart" + ? WHERE "id" = 'long_past_lookback'`, [YEAR]);
      await t.run(`UPDATE "Event" SET "dateEnd" = "dateStart" + ? WHERE "id" = 'long_at_lookback'`, [OVERLAP_LOOKBACK_MS + DAY]);
      await t.run(`UPDATE "Event" SET "deletedAt" = '2026-01-01T00:00:00.000Z' WHERE "id" = 'long_20y'`);
      await t.run(`DELETE FROM "Event" WHERE "id" = 'long_future'`);
      await expectLongEventsListed(t);
      await refresh();
      const view = await timelineView(narrow, { db: t.db });
      expect(view.events.map((e) => e.id)).not.toContain("long_20y");
      expect(view.events.map((e) => e.id).sort()).toEqual(expectedEvents(view, rows).ids);
      expect(await timelineExtent({ db: t.db })).toEqual({ from: Math.min(...rows.map((r) => r.start)), to: Math.max(...rows.map((r) => r.end)) });
      await expectRollupMatchesEvents(t);
    }, HEAVY);

    // timelineExtent reads the latest end of the lookback from the (dateStart, dateEnd) index, then
    // checks that the event ending there is published; when it is not, it reads them all. (After
    // the test above: no long event ends after the synthetic events any more.)
    it.each([
      { name: "a draft", id: "extent_draft", status: "draft", deletedAt: null },
      { name: "a soft-deleted event", id: "extent_deleted", status: "published", deletedAt: "2026-01-01T00:00:00.000Z" },
    ])("the extent ignores $name ending after every published event", async ({ id, status, deletedAt }) => {
      const before = await timelineExtent({ db: t.db });
      const start = Math.max(...rows.map((r) => r.start)) - DAY;
      // Not a long event (those are checked apart), and ending after everything published.
      const end = start + OVERLAP_LOOKBACK_MS;
      expect(end).toBeGreaterThan(before?.to ?? Infinity);
      await t.run(
        `INSERT INTO "Event" ("id", "title", "dateValue", "datePrecision", "dateStart", "dateEnd", "importance", "status", "deletedAt", "updatedAt")
         VALUES (?, 'Ends last, unpublished', '2025', 'year', ?, ?, 1, ?, ?, '2026-01-01T00:00:00.000Z')`,
        [id, start, end, status, deletedAt],
      );
      try {
        expect(await timelineExtent({ db: t.db })).toEqual(before);
      } finally {
        await t.run(`DELETE FROM "Event" WHERE "id" = ?`, [id]);
      }
    });
  });
}

/** A fresh, empty store for the enclosing describe block (opened before its tests, then disposed). */
function useEmptyStore(provider: Provider): () => TimelineStore {
  let t: TimelineStore | undefined;
  beforeAll(async () => {
    t = await openStore(provider);
  }, 120_000);
  afterAll(async () => {
    await t?.dispose();
  });
  return () => {
    if (!t) throw new Error("store not open");
    return t;
  };
}

/**
 * Which table a view counts from: TimelineFacet for precision and tag filters, TimelineRollup for
 * one lane. Each table's cells are shifted behind the triggers' back, and the views follow.
 */
export function describeCountSources(provider: Provider): void {
  describe(`filtered views count from the trigger-kept cells (${provider})`, () => {
    const store = useEmptyStore(provider);

    it("precision and tag filters read TimelineFacet, one lane reads TimelineRollup", async () => {
      const t = store();
      const events = [
        { id: "src_a", precision: "month", start: at("1990-03-01T00:00:00Z"), tag: "alpha" },
        { id: "src_b", precision: "month", start: at("1990-03-01T00:00:00Z"), tag: "alpha" },
        { id: "src_c", precision: "day", start: at("1990-07-04T00:00:00Z"), tag: "beta" },
      ];
      await t.run(`INSERT INTO "Tag" ("id", "name") VALUES ('tag_alpha', 'alpha'), ('tag_beta', 'beta')`);
      for (const e of events) {
        await t.run(
          `INSERT INTO "Event" ("id", "title", "dateValue", "datePrecision", "dateStart", "dateEnd", "importance", "status", "updatedAt")
           VALUES (?, ?, 'x', ?, ?, ?, 1, 'published', '2026-01-01T00:00:00.000Z')`,
          [e.id, e.id, e.precision, e.start, e.start + DAY],
        );
        await t.run(`INSERT INTO "EventTag" ("eventId", "tagId") VALUES (?, ?)`, [e.id, `tag_${e.tag}`]);
      }
      // 100 px over a year: month buckets.
      const year = { from: "1990-01-01T00:00:00Z", to: "1991-01-01T00:00:00Z", width: 100 };
      const totals = async () => [
        (await timelineView({ ...year, precision: "month" }, { db: t.db })).total,
        (await timelineView({ ...year, tag: "beta" }, { db: t.db })).total,
        (await timelineView({ ...year, lanes: "none" }, { db: t.db })).total,
      ];
      expect(await totals()).toEqual([2, 1, 3]);
      await t.run(`UPDATE "TimelineFacet" SET "count" = "count" + 10 WHERE "unit" = 'month'`);
      expect(await totals()).toEqual([12, 11, 3]);
      await t.run(`UPDATE "TimelineRollup" SET "count" = "count" + 100 WHERE "unit" = 'month'`);
      expect(await totals()).toEqual([12, 11, 203]);
    });
  });
}

/** Rollup cells at the calendar's edges: before 1970, at year 0, BCE, and beyond year 9999. */
export function describeCalendarEdges(provider: Provider): void {
  describe(`rollup cells at calendar edges (${provider})`, () => {
    const store = useEmptyStore(provider);

    const edges = [
      { id: "edge_epoch_minus_1", start: -1 },
      { id: "edge_epoch", start: 0 },
      { id: "edge_1969_month_start", start: at("1969-12-01T00:00:00Z") },
      { id: "edge_1969_month_end", start: at("1969-12-01T00:00:00Z") - 1 },
      { id: "edge_year_0", start: MONTH_MIN },
      { id: "edge_before_year_0", start: MONTH_MIN - 1 },
      { id: "edge_500_bce", start: -77_940_000_000_000 },
      { id: "edge_leap_day", start: at("2000-02-29T23:59:59.999Z") },
      { id: "edge_year_9999", start: MONTH_MAX - 1 },
      { id: "edge_year_10000", start: MONTH_MAX },
    ];

    it("day and month cells equal their JS computation", async () => {
      const t = store();
      for (const [i, e] of edges.entries()) {
        await t.run(
          `INSERT INTO "Event" ("id", "title", "dateValue", "datePrecision", "dateStart", "dateEnd", "importance", "status", "updatedAt")
           VALUES (?, ?, 'x', 'minute', ?, ?, ?, 'published', '2026-01-01T00:00:00.000Z')`,
          [e.id, e.id, e.start, e.start + 60_000, i / 10],
        );
      }
      await expectRollupMatchesEvents(t);
      const months = await t.all<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "TimelineRollup" WHERE "unit" = 'month'`);
      const inRange = edges.filter((e) => e.start >= MONTH_MIN && e.start < MONTH_MAX);
      expect(Number(months[0]?.n)).toBe(new Set(inRange.map((e) => floorTo("month", e.start))).size);
      expect(inRange.length).toBe(7);
      await t.run(`DELETE FROM "Event" WHERE "id" IN ('edge_epoch', 'edge_year_0', 'edge_year_10000')`);
      await expectRollupMatchesEvents(t);
    }, HEAVY);
  });
}
