/**
 * `timelineExtent()`: the span of the published events, for the chart's home view. Reads the two
 * ends of the (status, deletedAt, dateStart, …) index, the few events starting near the end and
 * the long events (TimelineLongEvent); never scans the table.
 */
import { prismaOf, type DbOption } from "../client.ts";
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
  const [tail] = await prisma.$queryRaw<{ end: Num; long: Num }[]>`
    SELECT (SELECT MAX(e."dateEnd") FROM "Event" e
            WHERE ${published} AND e."dateStart" >= ${ms(lastStart - OVERLAP_LOOKBACK_MS)}) AS "end",
           (SELECT MAX(e."dateEnd") FROM ${dialect.longEvents}
            WHERE ${published} AND l."dateEnd" > ${ms(lastStart)}) AS "long"`;
  return { from: Number(ends.lo), to: Math.max(Number(tail?.end ?? lastStart), Number(tail?.long ?? lastStart), lastStart + 1) };
}
