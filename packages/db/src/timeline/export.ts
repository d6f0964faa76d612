/**
 * `exportTimelineEvents(query)`: the events a view selects (window and filters), for CSV, JSON
 * and TimelineJS exports, each with its tags and evidence (the cited documents' publisher and URL,
 * the quoted sentence). Bounded: at most `limit` events, earliest first.
 */
import { TimelineQuery, type TimelineExportEvent, type TimelineExportSource, type TimelineQueryInput } from "@dateline/schema/timeline";
import { prismaOf, type DbOption } from "../client.ts";
import { Prisma } from "../generated/sqlite/client.ts";
import { parseInput } from "../validate.ts";
import { dialectFor, overlappingSql, published, TAG_SET_SEPARATOR } from "./sql.ts";
import { eventColumns, filterListsIds, filterSql, laneSql, toTimelineEvent, type EventRow } from "./view.ts";

/** Most events one export returns. */
export const MAX_EXPORT_EVENTS = 50_000;
/** Events whose evidence one query reads (bound parameters stay far below either store's limit). */
const SOURCE_BATCH = 1000;

interface ExportRow extends EventRow {
  tagSet: string;
  sourceUrl: string | null;
}
interface SourceRow extends TimelineExportSource {
  eventId: string;
}

/** Events overlapping [from, to) that match the filters (the width is irrelevant here). */
export async function exportTimelineEvents(
  input: Omit<TimelineQueryInput, "width">,
  options: DbOption & { limit?: number } = {},
): Promise<TimelineExportEvent[]> {
  const query = parseInput(TimelineQuery, { ...input, width: 1000 }, "export query");
  const limit = Math.min(options.limit ?? MAX_EXPORT_EVENTS, MAX_EXPORT_EVENTS);
  const dialect = dialectFor(options);
  const prisma = await prismaOf(options.db);
  const where = Prisma.sql`${published} ${filterSql(query, dialect)}`;
  const columns = Prisma.sql`${eventColumns(laneSql(query))}, e."tagSet" AS "tagSet", e."sourceUrl" AS "sourceUrl"`;
  const rows = await prisma.$queryRaw<ExportRow[]>`SELECT c.* FROM (${overlappingSql(dialect, columns, query.to, query.from, where, { byId: filterListsIds(query) })}) c
    ORDER BY c."start", c."end", c."id" LIMIT ${limit}`;
  const sources = new Map<string, TimelineExportSource[]>();
  for (let i = 0; i < rows.length; i += SOURCE_BATCH) {
    const ids = rows.slice(i, i + SOURCE_BATCH).map((r) => r.id);
    const found = await prisma.$queryRaw<SourceRow[]>`SELECT es."eventId" AS "eventId", d."publisher" AS "publisher", d."url" AS "url", es."quote" AS "quote"
      FROM "EventSource" es JOIN "Document" d ON d."id" = es."documentId"
      WHERE es."eventId" IN (${Prisma.join(ids)}) ORDER BY es."eventId", es."createdAt", es."spanStart"`;
    for (const { eventId, ...source } of found) {
      const list = sources.get(eventId);
      if (list) list.push(source);
      else sources.set(eventId, [source]);
    }
  }
  return rows.map((row) => ({
    ...toTimelineEvent(row),
    // tagSet holds the names in byte order, each between two separators ('' when untagged).
    tags: row.tagSet.split(TAG_SET_SEPARATOR).filter((name) => name !== ""),
    sources: sources.get(row.id) ?? [],
    sourceUrl: row.sourceUrl,
  }));
}
