/**
 * `exportTimelineEvents(query)`: the events a view selects (window and filters), for CSV, JSON
 * and TimelineJS exports. Bounded: at most `limit` events, earliest first.
 */
import { TimelineQuery, type TimelineEvent, type TimelineQueryInput } from "@dateline/schema/timeline";
import { prismaOf, type DbOption } from "../client.ts";
import { parseInput } from "../validate.ts";
import { assertSqlite, eventColumns, filterSql, laneSql, published, toTimelineEvent, type EventRow } from "./view.ts";

/** Most events one export returns. */
export const MAX_EXPORT_EVENTS = 50_000;

/** Events overlapping [from, to) that match the filters (the width is irrelevant here). */
export async function exportTimelineEvents(
  input: Omit<TimelineQueryInput, "width">,
  options: DbOption & { limit?: number } = {},
): Promise<TimelineEvent[]> {
  const query = parseInput(TimelineQuery, { ...input, width: 1000 }, "export query");
  const limit = Math.min(options.limit ?? MAX_EXPORT_EVENTS, MAX_EXPORT_EVENTS);
  assertSqlite(options);
  const prisma = await prismaOf(options.db);
  const rows = await prisma.$queryRaw<EventRow[]>`SELECT ${eventColumns(laneSql(query))} FROM "Event" e
    WHERE ${published} AND e."dateStart" < ${query.to} AND e."dateEnd" > ${query.from} ${filterSql(query)}
    ORDER BY e."dateStart", e."dateEnd", e."id" LIMIT ${limit}`;
  return rows.map(toTimelineEvent);
}
