/**
 * `timelineExtent()`: the span of the published events, for the chart's home view. Reads the two
 * ends of the (status, deletedAt, dateStart, …) index, the latest end among the events starting
 * within the lookback before the last start, and the long events (TimelineLongEvent); never scans
 * the table. Every page view of the timeline asks for it.
 */
import { prismaOf, type DbOption } from "../client.ts";
import type { PrismaClient } from "../generated/sqlite/client.ts";
import { dialectFor, ms, OVERLAP_LOOKBACK_MS, published } from "./sql.ts";

export interface TimelineExtent {
  /** Earliest start (epoch ms, inclusive). */
  from: number;
  /** Latest end (epoch ms, exclusive). */
  to: number;
}

type Num = number | bigint | null;

/** The published events' extent, or null when there are none. */
export async function timelineExtent(options: DbOption = {}): Promise<TimelineExtent | null> {
  const dialect = dialectFor(options);
  const prisma = await prismaOf(options.db);
  const [ends] = await prisma.$queryRaw<{ lo: Num; hi: Num }[]>`
    SELECT (SELECT MIN(e."dateStart") FROM "Event" e WHERE ${published}) AS "lo",
           (SELECT MAX(e."dateStart") FROM "Event" e WHERE ${published}) AS "hi"`;
  if (!ends || ends.lo === null || ends.hi === null) return null;
  const lastStart = Number(ends.hi);
  // An event ending after the last start either started within the lookback before it or is a
  // long event.
  const since = lastStart - OVERLAP_LOOKBACK_MS;
  const [tail] = await prisma.$queryRaw<{ any: Num; long: Num }[]>`
    SELECT (SELECT MAX(e."dateEnd") FROM "Event" e WHERE e."dateStart" >= ${ms(since)}) AS "any",
           (SELECT MAX(e."dateEnd") FROM ${dialect.longEvents}
            WHERE ${published} AND l."dateEnd" > ${ms(lastStart)}) AS "long"`;
  const end = await publishedEndSince(prisma, since, tail?.any ?? null);
  return { from: Number(ends.lo), to: Math.max(end ?? lastStart, Number(tail?.long ?? lastStart), lastStart + 1) };
}

/**
 * The latest end of the published events starting at or after `since`, given `anyEnd`, the latest
 * end of all events starting then (read from the (dateStart, dateEnd) index alone). Reading the
 * status of every event of the lookback (40,000 rows at 1M events) took 85–250 ms; usually the
 * event ending last is published and is found among the latest starts, and only otherwise are they
 * all read.
 */
async function publishedEndSince(prisma: PrismaClient, since: number, anyEnd: Num): Promise<number | null> {
  if (anyEnd === null) return null;
  const [last] = await prisma.$queryRaw<{ end: Num }[]>`SELECT e."dateEnd" AS "end" FROM "Event" e
    WHERE ${published} AND e."dateStart" >= ${ms(since)} AND e."dateEnd" = ${ms(Number(anyEnd))}
    ORDER BY e."dateStart" DESC LIMIT 1`;
  if (last) return Number(last.end);
  const [all] = await prisma.$queryRaw<{ end: Num }[]>`SELECT MAX(e."dateEnd") AS "end" FROM "Event" e
    WHERE ${published} AND e."dateStart" >= ${ms(since)}`;
  return all?.end === null || all?.end === undefined ? null : Number(all.end);
}
