// Independent readings of a timeline store for the tests: the published events read with plain SQL
// (not through the code under test), and the trigger-kept tables (TimelineRollup, TimelineFacet,
// TimelineSourceRollup, TimelineSourceFacet, TimelineLongEvent, Event.lane, Event.tagSet and
// Event.sourceLane) checked
// against a recomputation from scratch.
import { expect } from "vitest";
import { floorTo, nextBucket } from "../../src/timeline/buckets.ts";
import { OVERLAP_LOOKBACK_MS } from "../../src/timeline/sql.ts";
import type { TimelineStore } from "./store.ts";

export const DAY = 86_400_000;
export const YEAR = 365 * DAY;
export const at = (s: string) => Date.parse(s);
/** Tests that rewrite thousands of rows and re-read the whole archive to check the triggers. */
export const HEAVY = 180_000;

/** Month rollups exist for starts in years 0000–9999. */
export const MONTH_MIN = -62_167_219_200_000;
export const MONTH_MAX = 253_402_300_800_000;

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
  /**
   * Lane by source: the byte-order first publisher of the documents the event cites ('' when
   * none), read from EventSource and Document (not from the trigger-kept Event.sourceLane).
   */
  source: string;
}

const PUBLISHED_ROWS = `SELECT "id", "title", "dateStart" AS "start", "dateEnd" AS "end", "importance",
  "datePrecision" AS "precision", "lane" FROM "Event" WHERE "status" = 'published' AND "deletedAt" IS NULL`;

/** What the checks below need of a store: reading rows. */
export type Reader = Pick<TimelineStore, "all">;

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Per event id, the lane by source recomputed in JS from EventSource and Document. */
async function sourceLanes(store: Reader): Promise<Map<string, string>> {
  const cited = await store.all<{ eventId: string; publisher: string | null }>(
    `SELECT es."eventId", d."publisher" FROM "EventSource" es JOIN "Document" d ON d."id" = es."documentId"`,
  );
  const lanes = new Map<string, string>();
  for (const c of cited) {
    const lane = lanes.get(c.eventId) ?? "";
    if (c.publisher !== null && (lane === "" || byteOrder(c.publisher, lane) < 0)) lanes.set(c.eventId, c.publisher);
    else lanes.set(c.eventId, lane);
  }
  return lanes;
}

export async function readRows(store: Reader): Promise<Row[]> {
  const links = await store.all<{ eventId: string; name: string }>(`SELECT et."eventId", t."name" FROM "EventTag" et JOIN "Tag" t ON t."id" = et."tagId"`);
  const tagsOf = new Map<string, string[]>();
  for (const l of links) tagsOf.set(l.eventId, [...(tagsOf.get(l.eventId) ?? []), l.name]);
  const sources = await sourceLanes(store);
  const rows = await store.all<Omit<Row, "tags" | "source">>(PUBLISHED_ROWS);
  return rows.map((r) => ({ ...r, tags: (tagsOf.get(r.id) ?? []).sort(byteOrder), source: sources.get(r.id) ?? "" }));
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
  const week = floorTo("week", start);
  const cells = [
    { unit: "day", start: day, end: day + DAY },
    { unit: "week", start: week, end: week + 7 * DAY },
  ];
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
 * TimelineRollup (per lane), TimelineFacet (per lane, precision and tag set),
 * TimelineSourceRollup (per lane by source) and TimelineSourceFacet (per lane by source, precision
 * and tag set) equal their recomputation from the published events, their tags and the publishers
 * of the documents they cite.
 */
export async function expectRollupMatchesEvents(store: Reader): Promise<void> {
  const rows = await readRows(store);
  await expectCellsMatchEvents(store, rows, "TimelineRollup", ["lane"], (r) => [r.lane]);
  await expectCellsMatchEvents(store, rows, "TimelineFacet", ["lane", "precision", "tagSet"], (r) => [r.lane, r.precision, tagSetOf(r.tags)]);
  await expectCellsMatchEvents(store, rows, "TimelineSourceRollup", ["lane"], (r) => [r.source]);
  await expectCellsMatchEvents(store, rows, "TimelineSourceFacet", ["lane", "precision", "tagSet"], (r) => [r.source, r.precision, tagSetOf(r.tags)]);
}

/** Every event's (any status) Event.sourceLane equals its lane by source recomputed from EventSource and Document. */
export async function expectSourceLanesMatchSources(store: Reader): Promise<void> {
  const sources = await sourceLanes(store);
  const events = await store.all<{ id: string; sourceLane: string }>(`SELECT "id", "sourceLane" FROM "Event"`);
  expect(events.filter((e) => e.sourceLane !== (sources.get(e.id) ?? "")).slice(0, 5)).toEqual([]);
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
