/**
 * `exportTimelineEvents(query)`: the events a view selects (window and filters), for CSV, JSON
 * and TimelineJS exports. Bounded: at most `limit` events, earliest first.
 */
import { TimelineQuery, type TimelineEvent, type TimelineQueryInput } from "@dateline/schema/timeline";
import { prismaOf, type DbOption } from "../client.ts";
import { Prisma } from "../generated/sqlite/client.ts";
import { parseInput } from "../validate.ts";
import { dialectFor, overlappingSql, published } from "./sql.ts";
import { eventColumns, filterListsIds, filterSql, laneSql, toTimelineEvent, type EventRow } from "./view.ts";

/** Most events one export returns. */
export const MAX_EXPORT_EVENTS = 50_000;

/** Events overlapping [from, to) that match the filters (the width is irrelevant here). */
export async function exportTimelineEvents(
  input: Omit<TimelineQueryInput, "width">,
  options: DbOption & { limit?: number } = {},
): Promise<TimelineEvent[]> {
  const query = parseInput(TimelineQuery, { ...input, width: 1000 }, "export query");
  const limit = Math.min(options.limit ?? MAX_EXPORT_EVENTS, MAX_EXPORT_EVENTS);
  const dialect = dialectFor(options);
  const prisma = await prismaOf(options.db);
  const where = Prisma.sql`${published} ${filterSql(query, dialect)}`;
  const rows = await prisma.$queryRaw<EventRow[]>`SELECT c.* FROM (${overlappingSql(dialect, eventColumns(laneSql(query)), query.to, query.from, where, { byId: filterListsIds(query) })}) c
    ORDER BY c."start", c."end", c."id" LIMIT ${limit}`;
  return rows.map(toTimelineEvent);
}
