/**
 * Title search for the timeline (`q`): the events whose title contains the query text, compared
 * ASCII-case-insensitively (LIKE '%text%' on SQLite, ILIKE on PostgreSQL), with no pattern
 * characters in the text. Both stores read the candidates from a trigram index and keep the LIKE
 * test as the definition of a match:
 * - PostgreSQL: the GIN trigram index on "Event"."title" serves ILIKE itself (migration
 *   timeline_search).
 * - SQLite: the FTS5 trigram table "EventSearch" (migration timeline_search, kept by triggers on
 *   "Event") gives candidate rowids, mapped to events by "EventSearchKey". Its matches are a
 *   superset of LIKE's (it folds case beyond ASCII), so the LIKE test on the candidates keeps the
 *   result exact. Texts of fewer than 3 characters have no trigram: they keep the LIKE scan.
 */
import { Prisma, type PrismaClient } from "../generated/sqlite/client.ts";

/** Shortest text (in Unicode code points) the trigram index can answer. */
export const MIN_INDEXED_SEARCH = 3;

/** `text` with LIKE's pattern characters escaped (escape character `\`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * `text` as one FTS5 phrase: a string in double quotes, inner quotes doubled, so that no input
 * reads as FTS5 syntax (`*`, `-`, `NEAR`, `OR`, column filters, parentheses).
 */
export function ftsPhrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * Whether SQLite's trigram table can find the events containing `text`: 3 characters or more,
 * and no NUL (which would end the FTS5 query string early).
 */
export function ftsSearchable(text: string): boolean {
  return [...text].length >= MIN_INDEXED_SEARCH && !text.includes("\u0000");
}

/**
 * SQLite: `e."title"` (alias e for "Event") contains `text`, ASCII-case-insensitively; through the
 * trigram index when `indexed` (see `sqliteSearchIndexPays`) and the text allows it.
 */
export function sqliteTitleContains(text: string, indexed: boolean): Prisma.Sql {
  const like = Prisma.sql`e."title" LIKE ${`%${escapeLike(text)}%`} ESCAPE '\\'`;
  if (!indexed || !ftsSearchable(text)) return like;
  // A non-correlated IN: SQLite reads the FTS matches once, then looks each event up by its
  // primary key (or probes the set while reading an index range it was told to use).
  return Prisma.sql`e."id" IN (SELECT k."eventId" FROM "EventSearch" CROSS JOIN "EventSearchKey" k ON k."key" = "EventSearch"."rowid"
      WHERE "EventSearch" MATCH ${ftsPhrase(text)}) AND ${like}`;
}

/**
 * SQLite reads an index match for about this many events of a window read in date order: a match
 * costs a trigram decode and three B-tree lookups (key, id, row), a window row one index step and
 * one row read (measured at 1M events: ~5.6 µs against ~2.2 µs).
 */
const INDEX_MATCH_COST = 2.5;

/**
 * SQLite: whether a search of [from, to) should read the trigram index (every match in the archive
 * is then looked up, wherever it starts) rather than test the title of every event of the window.
 * It pays unless the window holds few events for the matches: the window's events are estimated
 * from the month rollups and the matches counted up to the break-even point (a read of the index
 * that stops there, cheaper than the window read it may replace).
 */
export async function sqliteSearchIndexPays(prisma: PrismaClient, text: string, from: number, to: number): Promise<boolean> {
  if (!ftsSearchable(text)) return false;
  const [window] = await prisma.$queryRaw<{ n: number | bigint | null }[]>`SELECT SUM("count") AS "n" FROM "TimelineRollup"
    WHERE "unit" = 'month' AND "start" >= CAST(${from - MONTH_MS} AS BIGINT) AND "start" < CAST(${to} AS BIGINT)`;
  const breakEven = Math.max(MIN_BREAK_EVEN, Math.ceil(Number(window?.n ?? 0) / INDEX_MATCH_COST));
  const [matches] = await prisma.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "EventSearch"
    WHERE "EventSearch" MATCH ${ftsPhrase(text)} LIMIT ${breakEven}) x`;
  return Number(matches?.n ?? 0) < breakEven;
}

/** Longest month, in ms (the rollup cell holding `from` starts at most this long before it). */
const MONTH_MS = 31 * 86_400_000;
/** Below this many matches the index always pays (windows outside the month rollups count 0). */
const MIN_BREAK_EVEN = 1000;

/** PostgreSQL: `e."title"` contains `text`, ASCII-case-insensitively (the trigram index serves ILIKE). */
export function postgresTitleContains(text: string): Prisma.Sql {
  return Prisma.sql`e."title" ILIKE ${`%${escapeLike(text)}%`} ESCAPE '\\'`;
}

/**
 * The index i of the bucket [bounds[i], bounds[i + 1]) holding `start` (which must lie in
 * [bounds[0], bounds[last])), as a binary search of nested CASE expressions: ⌈log2(buckets)⌉
 * comparisons per row, one parameter per inner boundary.
 */
export function bucketIndexSql(start: Prisma.Sql, bounds: readonly number[]): Prisma.Sql {
  const search = (lo: number, hi: number): Prisma.Sql => {
    if (hi - lo <= 1) return Prisma.raw(String(lo));
    const mid = (lo + hi) >> 1;
    return Prisma.sql`CASE WHEN ${start} < CAST(${bounds[mid] ?? 0} AS BIGINT) THEN ${search(lo, mid)} ELSE ${search(mid, hi)} END`;
  };
  return search(0, bounds.length - 1);
}
