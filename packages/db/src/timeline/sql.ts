/**
 * The SQL the timeline reads share, for both stores. The queries are one set of typed `$queryRaw`
 * templates; this module holds the few fragments where SQLite and PostgreSQL differ, and the
 * overlap read (window + lookback + long events) that views, exports and the extent use.
 *
 * Portability rules the templates follow: epoch-millisecond parameters are cast to BIGINT where
 * nothing else gives them a type (PostgreSQL receives untyped parameters); counts and sums come
 * back as BigInt on PostgreSQL and are read with Number(); no integer division or modulo of
 * negative numbers happens in a query (buckets are computed in TypeScript, rollup cells by the
 * triggers).
 */
import { getDb, type Db, type DbOption } from "../client.ts";
import { Prisma, type PrismaClient } from "../generated/sqlite/client.ts";
import { bucketIndexSql, postgresTitleContains, sqliteSearchIndexPays, sqliteTitleContains } from "./search.ts";

/**
 * Events starting up to this long before the window are drawn when they reach into it (a month
 * or year started before the window still covers it); the (dateStart, dateEnd) index finds them.
 * Longer events are listed in `TimelineLongEvent` (migration `timeline_long_events`, whose
 * triggers use this value, 34 560 000 000 ms: keep them equal).
 */
export const OVERLAP_LOOKBACK_MS = 400 * 86_400_000;

/** Published and not deleted (alias `e` for "Event"). */
export const published = Prisma.sql`e."status" = 'published' AND e."deletedAt" IS NULL`;

/**
 * Separator of the names in `Event."tagSet"` and `TimelineFacet."tagSet"` (each name is followed
 * by it and the first preceded by it; migration `timeline_facets`).
 */
export const TAG_SET_SEPARATOR = "\u001f";

/** An epoch-millisecond parameter, typed for both stores. */
export const ms = (value: number): Prisma.Sql => Prisma.sql`CAST(${value} AS BIGINT)`;

/** What `TimelineDialect.cells` aggregates per bucket: rows of `from`, bucketed by `start`. */
export interface CellSource {
  /** FROM item, with its alias (`"Event" e`). */
  from: Prisma.Sql;
  /** Condition on its rows (no bucket test). */
  where: Prisma.Sql;
  /** Instant that places a row in a bucket (epoch ms). */
  start: Prisma.Sql;
  lane: Prisma.Sql;
  /** Aggregate giving the cell's event count (`COUNT(*)`, `SUM(r."count")`). */
  count: Prisma.Sql;
  importance: Prisma.Sql;
  id: Prisma.Sql;
}

/** The fragments where the two dialects differ. */
export interface TimelineDialect {
  /**
   * Per bucket of `buckets` (a CTE `b(i, s, e)`) and lane: `"i"`, `"lane"`, `"count"`, `"top"`
   * (highest importance) and `"topId"` (the id of a row with that importance).
   * SQLite: one GROUP BY over a CROSS JOIN, which keeps the buckets as the outer loop, and the
   * bare column of the row holding MAX() as the top. PostgreSQL: a LATERAL aggregation per
   * bucket, so every bucket is an index range read whatever the planner's statistics say (right
   * after a bulk import they are wrong, and a join of all rows against all buckets takes seconds).
   */
  cells(buckets: Prisma.Sql, source: CellSource): Prisma.Sql;
  /**
   * As `cells`, for the few events a search or source filter selects: one pass over the matching
   * rows, each placed in its bucket of `bounds` (ascending boundaries) by binary search, so that
   * the index finding them (./search.ts, EventSource) is read once rather than once per bucket.
   */
  cellsInOnePass(bounds: readonly number[], source: CellSource): Prisma.Sql;
  /** `haystack` contains `needle` (case-sensitive, no pattern characters). */
  contains(haystack: Prisma.Sql, needle: string): Prisma.Sql;
  /**
   * `e."title"` contains `text`, ASCII-case-insensitively, read through the search index
   * (./search.ts) when `indexed` (PostgreSQL: always; its planner chooses).
   */
  titleContains(text: string, indexed: boolean): Prisma.Sql;
  /** Whether a search of [from, to) should read the title index (SQLite: ./search.ts; PostgreSQL: the planner chooses). */
  searchIndexPays(prisma: PrismaClient, text: string, from: number, to: number): Promise<boolean>;
  /** The (dateStart, dateEnd) index for the lookback scan (SQLite needs the hint). */
  readonly byStartEnd: Prisma.Sql;
  /**
   * The primary-key index, for reads of events a filter lists by id (`e."id" IN (…)`: a search's
   * trigram matches, a source's citations). SQLite needs the hint: it cannot size such a list and
   * otherwise reads the whole date range, testing every event against it.
   */
  readonly byId: Prisma.Sql;
  /**
   * FROM items for the long events: `TimelineLongEvent l` and their rows as `Event e`, read from
   * the (small) long-event table outwards (SQLite: a CROSS JOIN, which keeps that order).
   * PostgreSQL gets a LATERAL primary-key lookup (OFFSET 0
   * keeps the planner from flattening it), so it cannot choose to scan Event when its
   * statistics are stale.
   */
  readonly longEvents: Prisma.Sql;
}

const SQLITE: TimelineDialect = {
  cells: (buckets, c) => Prisma.sql`${buckets}
    SELECT b."i" AS "i", ${c.lane} AS "lane", ${c.count} AS "count", MAX(${c.importance}) AS "top", ${c.id} AS "topId"
    FROM b CROSS JOIN ${c.from} ON ${c.start} >= b."s" AND ${c.start} < b."e" AND ${c.where}
    GROUP BY b."i", 2`,
  // The bare id next to MAX() is the id of a row holding the maximum (as in `cells`).
  cellsInOnePass: (bounds, c) => Prisma.sql`SELECT ${bucketIndexSql(c.start, bounds)} AS "i",
      ${c.lane} AS "lane", ${c.count} AS "count", MAX(${c.importance}) AS "top", ${c.id} AS "topId"
    FROM ${c.from} WHERE ${c.start} >= ${ms(bounds[0] ?? 0)} AND ${c.start} < ${ms(bounds.at(-1) ?? 0)} AND ${c.where}
    GROUP BY 1, 2`,
  contains: (haystack, needle) => Prisma.sql`instr(${haystack}, ${needle}) > 0`,
  titleContains: sqliteTitleContains,
  searchIndexPays: sqliteSearchIndexPays,
  byStartEnd: Prisma.sql`INDEXED BY "Event_dateStart_dateEnd_idx"`,
  // SQLite's name for the index of Event's (TEXT) primary key.
  byId: Prisma.sql`INDEXED BY "sqlite_autoindex_Event_1"`,
  // CROSS JOIN fixes SQLite's join order: with a filter on e it otherwise read every published
  // event through the covering index and probed TimelineLongEvent for each (40 ms at 100k events).
  longEvents: Prisma.sql`"TimelineLongEvent" l CROSS JOIN "Event" e ON e."id" = l."eventId"`,
};

const POSTGRES: TimelineDialect = {
  cells: (buckets, c) => Prisma.sql`${buckets}
    SELECT b."i" AS "i", x."lane" AS "lane", x."count" AS "count", x."top" AS "top", x."topId" AS "topId"
    FROM b CROSS JOIN LATERAL (
      SELECT ${c.lane} AS "lane", ${c.count} AS "count", MAX(${c.importance}) AS "top",
        (array_agg(${c.id} ORDER BY ${c.importance} DESC NULLS LAST, ${c.id}))[1] AS "topId"
      FROM ${c.from} WHERE ${c.start} >= b."s" AND ${c.start} < b."e" AND ${c.where}
      GROUP BY 1) x`,
  cellsInOnePass: (bounds, c) => Prisma.sql`SELECT width_bucket(${c.start}, ARRAY[${Prisma.join(bounds.map(ms))}]) - 1 AS "i",
      ${c.lane} AS "lane", ${c.count} AS "count", MAX(${c.importance}) AS "top",
      (array_agg(${c.id} ORDER BY ${c.importance} DESC NULLS LAST, ${c.id}))[1] AS "topId"
    FROM ${c.from} WHERE ${c.start} >= ${ms(bounds[0] ?? 0)} AND ${c.start} < ${ms(bounds.at(-1) ?? 0)} AND ${c.where}
    GROUP BY 1, 2`,
  contains: (haystack, needle) => Prisma.sql`strpos(${haystack}, ${needle}) > 0`,
  titleContains: postgresTitleContains,
  searchIndexPays: async () => true,
  byStartEnd: Prisma.empty,
  byId: Prisma.empty,
  longEvents: Prisma.sql`"TimelineLongEvent" l CROSS JOIN LATERAL (SELECT * FROM "Event" x WHERE x."id" = l."eventId" OFFSET 0) e`,
};

export function dialectOf(provider: Db["provider"]): TimelineDialect {
  return provider === "postgresql" ? POSTGRES : SQLITE;
}

/** The dialect of the store a query runs on (`options.db`, else the default database). */
export function dialectFor(options: DbOption): TimelineDialect {
  return dialectOf((options.db ?? getDb()).provider);
}

/**
 * `SELECT ${columns}` of the events (alias `e`) with dateStart < `startsBefore` and
 * dateEnd > `endsAfter` that match `where`, without reading every event that started earlier:
 * a UNION ALL of the (dateStart, dateEnd) index range [endsAfter - OVERLAP_LOOKBACK_MS,
 * startsBefore) and the long events starting before that range. The two parts never share a row.
 * `byId`: `where` lists the events by id (see `TimelineDialect.byId`), so read that list instead
 * of the range. Wrap it (`SELECT … FROM (${…}) c ORDER BY …`) to sort or limit.
 */
export function overlappingSql(
  dialect: TimelineDialect,
  columns: Prisma.Sql,
  startsBefore: number,
  endsAfter: number,
  where: Prisma.Sql,
  { byId = false }: { byId?: boolean } = {},
): Prisma.Sql {
  const lookback = endsAfter - OVERLAP_LOOKBACK_MS;
  return Prisma.sql`SELECT ${columns} FROM "Event" e ${byId ? dialect.byId : dialect.byStartEnd}
      WHERE e."dateStart" >= ${ms(lookback)} AND e."dateStart" < ${ms(startsBefore)} AND e."dateEnd" > ${ms(endsAfter)} AND ${where}
    UNION ALL
    SELECT ${columns} FROM ${dialect.longEvents}
      WHERE l."dateEnd" > ${ms(endsAfter)} AND l."dateStart" < ${ms(Math.min(lookback, startsBefore))} AND ${where}`;
}
