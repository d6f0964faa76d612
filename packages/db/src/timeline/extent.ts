/**
 * `timelineExtent()`: the span of the published events, for the chart's home view. Reads the two
 * ends of the (status, deletedAt, dateStart, …) index and the few events starting near the end;
 * never scans the table.
 */
import { prismaOf, type DbOption } from "../client.ts";
import { assertSqlite, OVERLAP_LOOKBACK_MS, published } from "./view.ts";

export interface TimelineExtent {
  /** Earliest start (epoch ms, inclusive). */
  from: number;
  /** Latest end among events starting near the last start (epoch ms, exclusive). */
  to: number;
}

/** The published events' extent, or null when there are none. */
export async function timelineExtent(options: DbOption = {}): Promise<TimelineExtent | null> {
  assertSqlite(options);
  const prisma = await prismaOf(options.db);
  const [ends] = await prisma.$queryRaw<{ lo: number | bigint | null; hi: number | bigint | null }[]>`
    SELECT (SELECT MIN(e."dateStart") FROM "Event" e WHERE ${published}) AS "lo",
           (SELECT MAX(e."dateStart") FROM "Event" e WHERE ${published}) AS "hi"`;
  if (!ends || ends.lo === null || ends.hi === null) return null;
  const lastStart = Number(ends.hi);
  const [tail] = await prisma.$queryRaw<{ end: number | bigint | null }[]>`
    SELECT MAX(e."dateEnd") AS "end" FROM "Event" e
    WHERE ${published} AND e."dateStart" >= ${lastStart - OVERLAP_LOOKBACK_MS}`;
  return { from: Number(ends.lo), to: Math.max(Number(tail?.end ?? lastStart), lastStart + 1) };
}
