/**
 * Event reads: `listEvents` for the timeline and the API, `getEvent` for the detail panel.
 * Both return `EventDTO`s (plain data, ISO strings), never Prisma rows.
 */
import { EventQuery, EventStatus, type EventDTO } from "@dateline/schema";
import { z } from "zod";
import { getDb, prismaOf, type Db, type DbOption } from "./client.ts";
import { eventInclude, isoToMs, toEventDTO, type EventRow } from "./dto.ts";
import type { Prisma } from "./generated/sqlite/client.ts";
import { parseInput } from "./validate.ts";

/** Most events one `listEvents` call returns. */
export const MAX_LIST_LIMIT = 10_000;

const ListEventsQuery = z.intersection(
  EventQuery,
  z.object({
    status: z.union([EventStatus, z.literal("any")]).default("published"),
    limit: z.number().int().min(1).max(MAX_LIST_LIMIT).default(1000),
  }),
);

/** Query of `listEvents`. */
export interface ListEventsQuery {
  /** Window start (UTC ISO instant), inclusive. */
  from?: string;
  /** Window end (UTC ISO instant), exclusive. */
  to?: string;
  /** Case-insensitive (ASCII) substring searched in title, summary and source quotes. */
  q?: string;
  /** Which events: `published` (default, the public view), `draft`, or `any`. */
  status?: EventStatus | "any";
  /** At most this many events (default 1000, max 10 000), earliest first. */
  limit?: number;
}

function searchFilter(q: string, provider: Db["provider"]): Prisma.EventWhereInput {
  // SQLite's LIKE ignores ASCII case already; PostgreSQL needs ILIKE (`mode`, absent from the
  // SQLite client's types the queries are written against).
  const contains: Prisma.StringFilter = { contains: q, ...(provider === "postgresql" ? { mode: "insensitive" } : {}) };
  return {
    OR: [{ title: contains }, { summary: contains }, { sources: { some: { quote: contains } } }],
  };
}

const LIKE_WILDCARDS = /[%_]/;

/**
 * `contains` becomes SQL LIKE, where `%` and `_` are wildcards and no escape character is set:
 * such a query matches a superset, so the literal match is checked here.
 */
function literallyContains(row: EventRow, q: string): boolean {
  const needle = q.toLowerCase();
  const texts = [row.title, row.summary ?? "", ...row.sources.map((s) => s.quote)];
  return texts.some((text) => text.toLowerCase().includes(needle));
}

/**
 * Events whose interval overlaps the window [from, to): `dateStart < to` and `dateEnd > from`,
 * so "February 2022" is listed for a window that starts on 15 February. Soft-deleted events are
 * never listed. Ordered by start, then end, then id (stable).
 * Throws AppError INVALID_INPUT for a malformed query (from ≥ to, non-ISO instants).
 */
export async function listEvents(query: ListEventsQuery = {}, options: DbOption = {}): Promise<EventDTO[]> {
  const { from, to, q, status, limit } = parseInput(ListEventsQuery, query, "event query");
  const where: Prisma.EventWhereInput[] = [{ deletedAt: null }];
  if (status !== "any") where.push({ status });
  if (to !== undefined) where.push({ dateStart: { lt: isoToMs(to) } });
  if (from !== undefined) where.push({ dateEnd: { gt: isoToMs(from) } });
  const db = options.db ?? getDb();
  if (q) where.push(searchFilter(q, db.provider));
  const wildcards = q !== undefined && LIKE_WILDCARDS.test(q);
  const prisma = await prismaOf(db);
  const rows = await prisma.event.findMany({
    where: { AND: where },
    include: eventInclude,
    orderBy: [{ dateStart: "asc" }, { dateEnd: "asc" }, { id: "asc" }],
    ...(wildcards ? {} : { take: limit }),
  });
  const matching = wildcards ? rows.filter((row) => literallyContains(row, q)).slice(0, limit) : rows;
  return matching.map(toEventDTO);
}

export interface GetEventOptions extends DbOption {
  /** Also return drafts (admin views). Default false: published only. */
  includeUnpublished?: boolean;
}

/**
 * One event with its sources and their documents, or null when it does not exist, is deleted,
 * or is a draft and `includeUnpublished` is not set.
 */
export async function getEvent(id: string, options: GetEventOptions = {}): Promise<EventDTO | null> {
  const prisma = await prismaOf(options.db);
  const row = await prisma.event.findFirst({
    where: { id, deletedAt: null, ...(options.includeUnpublished ? {} : { status: "published" }) },
    include: eventInclude,
  });
  return row ? toEventDTO(row) : null;
}
