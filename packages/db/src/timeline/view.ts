/**
 * `timelineView(query)`: what a timeline chart of `width` pixels needs for the window [from, to):
 * every event when they fit, else per-bucket, per-lane counts with each cell's most important
 * event. All aggregation happens in SQL on indexed columns (typed `$queryRaw` templates); Node
 * only ever holds a bounded number of rows, whatever the number of events.
 *
 * Where counts come from:
 * - `TimelineRollup` (maintained by triggers: SQLite's in the `timeline_lod` migration,
 *   PostgreSQL's in `timeline_rollup_triggers`; weeks since `timeline_week_cells`) holds day,
 *   week and month cells per lane by tag; unfiltered views with day buckets or coarser read it
 *   (summed over lanes for one lane).
 * - `TimelineSourceRollup` (migration `timeline_source_lanes`) holds the same cells per lane by
 *   source (`Event.sourceLane`); unfiltered views with lanes by source read it.
 * - `TimelineFacet` (migration `timeline_facets`) holds the same cells split by precision and
 *   tag set; views filtered by precision or tag read it.
 * - `TimelineSourceFacet` (migration `timeline_source_facets`) holds the cells of `TimelineFacet`
 *   per lane by source; views with lanes by source filtered by precision or tag read it.
 * - A search or a source filter reads the matching events in one pass (a trigram index finds the
 *   titles, ./search.ts; EventSource the cited events) and buckets them as it goes.
 * - Otherwise (hour buckets, years outside 0000–9999) the events are grouped directly with the
 *   covering (status, deletedAt, dateStart, lane, importance, id) index.
 * Events belong to the bucket holding their start; a view's total counts events starting in it.
 * The same templates run on SQLite and PostgreSQL (dialect differences: ./sql.ts).
 */
import {
  TimelineQuery,
  type BucketUnit,
  type TimelineCell,
  type TimelineEvent,
  type TimelineQueryInput,
  type TimelineView,
} from "@dateline/schema/timeline";
import type { Precision, TimexMod } from "@dateline/schema";
import { prismaOf, type DbOption } from "../client.ts";
import { Prisma } from "../generated/sqlite/client.ts";
import { parseInput } from "../validate.ts";
import { bucketBoundaries, chooseBucketUnit } from "./buckets.ts";
import { ftsSearchable } from "./search.ts";
import { dialectFor, ms, overlappingSql, published, TAG_SET_SEPARATOR, type CellSource, type TimelineDialect } from "./sql.ts";

/** A window with at most this many events is answered with the events themselves. */
export const MAX_VIEW_EVENTS = 1000;
/** In bucket mode, at most this many cell tops are sent as events (the most important first). */
export const MAX_TOP_EVENTS = 500;
/** In events mode, at most this many of the events reaching into the window from before it are sent. */
export const MAX_COVERING_EVENTS = 50;

/** Month rollups exist for years 0000–9999 (SQLite's date functions' range; PostgreSQL's triggers follow). */
const MONTH_ROLLUP_MIN = -62_167_219_200_000;
const MONTH_ROLLUP_MAX = 253_402_300_800_000;

const ROLLUP_UNIT: Partial<Record<BucketUnit, "day" | "week" | "month">> = {
  day: "day",
  week: "week",
  month: "month",
  year: "month",
  decade: "month",
  century: "month",
  millennium: "month",
};

type Num = number | bigint;
interface CellRow {
  i: Num;
  lane: string;
  count: Num;
  topId: string;
}
export interface EventRow {
  id: string;
  title: string;
  value: string;
  precision: string;
  mod: string | null;
  start: Num;
  end: Num;
  importance: number;
  lane: string;
}

/** `tagSet` (a column of Event, TimelineFacet or TimelineSourceFacet) holds one of `tags`. */
function tagFilter(tags: readonly string[], tagSet: Prisma.Sql, dialect: TimelineDialect): Prisma.Sql {
  const tests = tags.map((tag) => dialect.contains(tagSet, `${TAG_SET_SEPARATOR}${tag}${TAG_SET_SEPARATOR}`));
  return Prisma.sql`(${Prisma.join(tests, " OR ")})`;
}

/**
 * SQL conditions (each prefixed with AND) for the query's filters. `titleIndex`: a search reads
 * the title index (`TimelineDialect.searchIndexPays`).
 */
export function filterSql(query: TimelineQuery, dialect: TimelineDialect, { titleIndex = true }: { titleIndex?: boolean } = {}): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (query.q) parts.push(dialect.titleContains(query.q, titleIndex));
  if (query.precision?.length) parts.push(Prisma.sql`e."datePrecision" IN (${Prisma.join(query.precision)})`);
  if (query.tag?.length) {
    parts.push(tagFilter(query.tag, Prisma.sql`e."tagSet"`, dialect));
  }
  if (query.source?.length) {
    // Read from the documents' side (a non-correlated IN, not an EXISTS per event): the events
    // citing the publishers, each looked up by primary key, rather than every event of the window.
    parts.push(Prisma.sql`e."id" IN (SELECT es."eventId" FROM "Document" d JOIN "EventSource" es ON es."documentId" = d."id"
      WHERE d."publisher" IN (${Prisma.join(query.source)}))`);
  }
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/**
 * Whether `filterSql` lists the matching events by id (a search the trigram index answers, a
 * source filter): reads then go through the primary key (`TimelineDialect.byId`).
 */
export function filterListsIds(query: TimelineQuery, { titleIndex = true }: { titleIndex?: boolean } = {}): boolean {
  return Boolean(query.source?.length || (titleIndex && query.q && ftsSearchable(query.q)));
}

export function laneSql(query: TimelineQuery): Prisma.Sql {
  switch (query.lanes) {
    case "tag":
      return Prisma.sql`e."lane"`;
    case "source":
      // The alphabetically first publisher of the documents the event cites ('' when none), kept
      // by the triggers of migration timeline_source_lanes.
      return Prisma.sql`e."sourceLane"`;
    case "none":
      return Prisma.sql`''`;
  }
}

/** `WITH b(i, s, e) AS (VALUES …)`: the buckets as a table SQL can join (as the outer loop). */
function bucketsCte(bounds: readonly number[]): Prisma.Sql {
  const rows = bounds.slice(0, -1).map((s, i) => Prisma.sql`(CAST(${i} AS INTEGER), ${ms(s)}, ${ms(bounds[i + 1] ?? s)})`);
  return Prisma.sql`WITH b("i", "s", "e") AS (VALUES ${Prisma.join(rows)})`;
}

/**
 * Where the cells of an unfiltered or precision/tag-filtered view with day buckets or coarser
 * come from: `TimelineRollup` (no filter, lanes by tag or none), `TimelineSourceRollup` (no
 * filter, lanes by source), `TimelineFacet` (its cells split by precision and tag set) or
 * `TimelineSourceFacet` (the same per lane by source). Null when the view must aggregate events
 * (search, source filter, hour buckets, months outside years 0000–9999).
 */
function rollupSource(query: TimelineQuery, unit: BucketUnit, from: number, to: number, dialect: TimelineDialect): CellSource | null {
  const rollup = ROLLUP_UNIT[unit];
  if (!rollup || query.q || query.source?.length) return null;
  if (rollup === "month" && (from < MONTH_ROLLUP_MIN || to > MONTH_ROLLUP_MAX)) return null;
  const filtered = Boolean(query.precision?.length || query.tag?.length);
  const cells = {
    start: Prisma.sql`r."start"`,
    lane: query.lanes === "none" ? Prisma.sql`''` : Prisma.sql`r."lane"`,
    count: Prisma.sql`SUM(r."count")`,
    importance: Prisma.sql`r."topImportance"`,
    id: Prisma.sql`r."topId"`,
  };
  if (!filtered) {
    const table = query.lanes === "source" ? Prisma.sql`"TimelineSourceRollup" r` : Prisma.sql`"TimelineRollup" r`;
    return { ...cells, from: table, where: Prisma.sql`r."unit" = ${rollup}` };
  }
  const where = [Prisma.sql`r."unit" = ${rollup}`];
  if (query.precision?.length) where.push(Prisma.sql`r."precision" IN (${Prisma.join(query.precision)})`);
  if (query.tag?.length) {
    where.push(tagFilter(query.tag, Prisma.sql`r."tagSet"`, dialect));
  }
  const table = query.lanes === "source" ? Prisma.sql`"TimelineSourceFacet" r` : Prisma.sql`"TimelineFacet" r`;
  return { ...cells, from: table, where: Prisma.join(where, " AND ") };
}

export const eventColumns = (lane: Prisma.Sql) => Prisma.sql`e."id" AS "id", e."title" AS "title", e."dateValue" AS "value",
  e."datePrecision" AS "precision", e."dateMod" AS "mod", e."dateStart" AS "start", e."dateEnd" AS "end",
  e."importance" AS "importance", ${lane} AS "lane"`;

export function toTimelineEvent(row: EventRow): TimelineEvent {
  return {
    id: row.id,
    title: row.title,
    value: row.value,
    // Validated by @dateline/schema when written.
    precision: row.precision as Precision,
    mod: row.mod as TimexMod | null,
    start: Number(row.start),
    end: Number(row.end),
    importance: row.importance,
    lane: row.lane,
  };
}

function compareLanes(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "") return 1;
  if (b === "") return -1;
  return a < b ? -1 : 1;
}

/**
 * The level-of-detail view of [from, to) for a chart `width` pixels wide.
 * Throws AppError INVALID_INPUT for a malformed query.
 */
export async function timelineView(input: TimelineQueryInput, options: DbOption = {}): Promise<TimelineView> {
  const query = parseInput(TimelineQuery, input, "timeline query");
  const dialect = dialectFor(options);
  const unit = chooseBucketUnit(query.to - query.from, query.width);
  const bounds = bucketBoundaries(unit, query.from, query.to);
  const from = bounds[0] ?? query.from;
  const to = bounds[bounds.length - 1] ?? query.to;
  const prisma = await prismaOf(options.db);
  const lane = laneSql(query);
  const titleIndex = query.q ? await dialect.searchIndexPays(prisma, query.q, from, to) : false;
  const filters = filterSql(query, dialect, { titleIndex });
  const rollup = rollupSource(query, unit, from, to, dialect);
  const byId = filterListsIds(query, { titleIndex });
  const eventTable = Prisma.sql`"Event" e ${byId ? dialect.byId : Prisma.empty}`;

  const eventCells: CellSource = {
    from: eventTable,
    where: Prisma.sql`${published} ${filters}`,
    start: Prisma.sql`e."dateStart"`,
    lane,
    count: Prisma.sql`COUNT(*)`,
    importance: Prisma.sql`e."importance"`,
    id: Prisma.sql`e."id"`,
  };
  const cellRows = await prisma.$queryRaw<CellRow[]>(
    rollup
      ? dialect.cells(bucketsCte(bounds), rollup)
      : query.q || query.source?.length
        ? dialect.cellsInOnePass(bounds, eventCells)
        : dialect.cells(bucketsCte(bounds), eventCells),
  );

  const total = cellRows.reduce((n, r) => n + Number(r.count), 0);
  const mode = total <= MAX_VIEW_EVENTS ? "events" : "buckets";

  let eventRows: EventRow[];
  let covering = 0;
  if (mode === "events") {
    const starting = await prisma.$queryRaw<EventRow[]>`SELECT ${eventColumns(lane)} FROM ${eventTable}
      WHERE ${published} AND e."dateStart" >= ${ms(from)} AND e."dateStart" < ${ms(to)} ${filters}
      ORDER BY e."dateStart", e."id"`;
    // Events that started earlier and reach into the window (a month, a year, a decade-long
    // range): counted, and the most important drawn. The (dateStart, dateEnd) index answers the
    // lookback range and the end test before any row is read; longer events come from
    // TimelineLongEvent (./sql.ts).
    const reaching = await prisma.$queryRaw<(EventRow & { n: Num })[]>`SELECT c.*, COUNT(*) OVER () AS "n"
      FROM (${overlappingSql(dialect, eventColumns(lane), from, from, Prisma.sql`${published} ${filters}`, { byId })}) c
      ORDER BY c."importance" DESC, c."id" LIMIT ${MAX_COVERING_EVENTS}`;
    covering = Number(reaching[0]?.n ?? 0);
    eventRows = [...reaching, ...starting];
  } else {
    // The heaviest cells' tops first: they are the ones a reader sees labelled.
    const tops = [...cellRows]
      .sort((a, b) => Number(b.count) - Number(a.count))
      .slice(0, MAX_TOP_EVENTS)
      .map((c) => c.topId);
    eventRows = await prisma.$queryRaw<EventRow[]>`SELECT ${eventColumns(lane)} FROM "Event" e
      WHERE e."id" IN (${Prisma.join(tops)}) ORDER BY e."dateStart", e."id"`;
  }
  const events = eventRows.map(toTimelineEvent).sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const laneKeys = [...new Set([...cellRows.map((r) => r.lane), ...events.map((e) => e.lane)])].sort(compareLanes);
  const laneIndex = new Map(laneKeys.map((key, i) => [key, i]));
  const laneCounts = laneKeys.map(() => 0);
  const cells: TimelineCell[] = cellRows.map((r) => {
    const laneAt = laneIndex.get(r.lane) ?? 0;
    const count = Number(r.count);
    laneCounts[laneAt] = (laneCounts[laneAt] ?? 0) + count;
    return { bucket: Number(r.i), lane: laneAt, count, topId: r.topId };
  });
  cells.sort((a, b) => a.bucket - b.bucket || a.lane - b.lane);
  return {
    from,
    to,
    unit,
    mode,
    total,
    covering,
    lanes: laneKeys.map((key, i) => ({ key, count: laneCounts[i] ?? 0 })),
    buckets: bounds,
    cells,
    events,
  };
}
