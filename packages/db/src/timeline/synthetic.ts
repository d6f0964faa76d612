/**
 * Synthetic events for load tests and benchmarks: realistic-looking stories over 30 years
 * (1996–2025), clustered in bursts, a fifth of them ranges, mixed precision and TIMEX mods,
 * one or two tags each (the lane is the alphabetically first; lane and tag set are written with
 * the event, as the triggers would compute them), importance skewed so that few
 * events matter a lot. Deterministic for a seed. Written with multi-row INSERTs in one
 * transaction per batch; the timeline triggers keep the rollups in step. Works on SQLite and
 * PostgreSQL (then vacuumed and analyzed).
 */
import type { Precision, TimexMod } from "@dateline/schema";
import { getDb, prismaOf, type DbOption } from "../client.ts";
import { Prisma } from "../generated/sqlite/client.ts";
import { TAG_SET_SEPARATOR } from "./sql.ts";

const DAY = 86_400_000;
/** The synthetic archive covers [1996-01-01, 2026-01-01) UTC. */
export const SYNTHETIC_FROM = Date.UTC(1996, 0, 1);
export const SYNTHETIC_TO = Date.UTC(2026, 0, 1);

export const SYNTHETIC_TAGS = ["conflict", "culture", "economy", "health", "politics", "science", "sport", "technology"] as const;

const ACTORS = ["The government", "Parliament", "The central bank", "Rebels", "Researchers", "The court", "Voters", "The ministry", "A consortium", "The union", "City council", "The navy", "Regulators", "The league", "Doctors"];
const VERBS = ["announced", "rejected", "launched", "signed", "postponed", "approved", "unveiled", "suspended", "won", "lost", "proposed", "ended", "opened", "banned", "reported"];
const OBJECTS = ["a new budget", "the ceasefire", "a trade deal", "the vaccine trial", "a merger", "the election results", "a reform package", "the final", "a rescue plan", "the treaty", "a new satellite", "the strike", "an inquiry", "the pipeline", "a festival"];
const PLACES = ["Kyiv", "Berlin", "Lagos", "Lima", "Jakarta", "Oslo", "Nairobi", "Seoul", "Quito", "Tunis", "Hanoi", "Madrid", "Ottawa", "Dhaka", "Perth"];

/** One synthetic event row. Instants are epoch ms; `tags` are names from SYNTHETIC_TAGS. */
export interface SyntheticEvent {
  id: string;
  title: string;
  value: string;
  precision: Precision;
  mod: TimexMod | null;
  start: number;
  end: number;
  importance: number;
  tags: string[];
}

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** The interval and TIMEX value of a date of `precision` containing `ms`. */
function dateAt(precision: Precision, ms: number): { value: string; start: number; end: number } {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (precision) {
    case "year":
      return { value: String(y), start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
    case "quarter": {
      const q = Math.floor(m / 3);
      return { value: `${y}-Q${q + 1}`, start: Date.UTC(y, q * 3, 1), end: Date.UTC(y, q * 3 + 3, 1) };
    }
    case "month":
      return { value: `${y}-${pad(m + 1)}`, start: Date.UTC(y, m, 1), end: Date.UTC(y, m + 1, 1) };
    case "minute": {
      const start = ms - (ms % 60_000);
      return { value: new Date(start).toISOString().slice(0, 16), start, end: start + 60_000 };
    }
    default: {
      const start = ms - (ms % DAY);
      return { value: isoDay(start), start, end: start + DAY };
    }
  }
}

const MODS: readonly TimexMod[] = ["APPROX", "BEFORE", "AFTER", "START", "MID", "END"];

/**
 * Event number `i` of the synthetic archive for `seed`: the same (seed, i) always gives the same
 * event, so batches can be generated independently.
 */
export function syntheticEvent(seed: number, i: number, bursts: readonly number[]): SyntheticEvent {
  const rand = prng(seed * 1_000_003 + i);
  const span = SYNTHETIC_TO - SYNTHETIC_FROM;
  // 60% of events cluster around story bursts (± a few weeks), the rest spread evenly.
  const burst = rand() < 0.6 ? pick(rand, bursts) : null;
  const raw =
    burst === null ? SYNTHETIC_FROM + rand() * span : burst + (rand() + rand() + rand() - 1.5) * 40 * DAY;
  const ms = Math.min(SYNTHETIC_TO - DAY, Math.max(SYNTHETIC_FROM, Math.floor(raw)));
  const r = rand();
  let date: { value: string; start: number; end: number };
  let precision: Precision;
  let mod: TimexMod | null = null;
  if (r < 0.2) {
    // A range of days: 2 days to 4 months.
    const start = ms - (ms % DAY);
    const days = 2 + Math.floor(rand() ** 2 * 120);
    const end = Math.min(SYNTHETIC_TO, start + days * DAY);
    precision = "day";
    date = { value: `${isoDay(start)}/${isoDay(end - DAY)}`, start, end };
  } else {
    precision = r < 0.65 ? "day" : r < 0.8 ? "month" : r < 0.87 ? "year" : r < 0.92 ? "quarter" : "minute";
    date = dateAt(precision, ms);
    if ((precision === "month" || precision === "year") && rand() < 0.3) mod = pick(rand, MODS);
  }
  const tags = [pick(rand, SYNTHETIC_TAGS)];
  if (rand() < 0.4) {
    const second = pick(rand, SYNTHETIC_TAGS);
    if (second !== tags[0]) tags.push(second);
  }
  const title = `${pick(rand, ACTORS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)} in ${pick(rand, PLACES)}`;
  return {
    id: `syn${seed.toString(36)}_${i.toString(36).padStart(5, "0")}`,
    title,
    ...date,
    precision,
    mod,
    importance: Math.round(rand() ** 4 * 1e6) / 1e6,
    tags: tags.sort(),
  };
}

/** Centres of the story bursts of the archive for `seed`. */
export function syntheticBursts(seed: number, count = 400): number[] {
  const rand = prng(seed);
  return Array.from({ length: count }, () => SYNTHETIC_FROM + Math.floor(rand() * (SYNTHETIC_TO - SYNTHETIC_FROM)));
}

export interface InsertSyntheticOptions extends DbOption {
  /** PRNG seed (default 1); ids embed it, so different seeds never collide. */
  seed?: number;
  /** Events per transaction (default 10 000). */
  batchSize?: number;
  /** Called after each committed batch with the number of events written so far. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * `Event."tagSet"` of sorted tag names, as the triggers compute it (written up front so that
 * inserting the links does not move every event's facet cells; ASCII names sort alike in JS and SQL).
 */
const tagSetOf = (tags: readonly string[]) => (tags.length ? `${TAG_SET_SEPARATOR}${tags.join(TAG_SET_SEPARATOR)}${TAG_SET_SEPARATOR}` : "");

/** Rows per INSERT statement (SQLite allows 32 766 bound parameters per statement). */
const ROWS_PER_STATEMENT = 400;

/**
 * Writes `count` synthetic published events (and their tags) to the database in batches, one
 * transaction per batch. Returns the number written.
 */
export async function insertSyntheticEvents(count: number, options: InsertSyntheticOptions = {}): Promise<number> {
  if (!Number.isInteger(count) || count < 0) throw new Error(`invalid event count: ${count}`);
  const seed = options.seed ?? 1;
  const batchSize = options.batchSize ?? 10_000;
  const prisma = await prismaOf(options.db);
  const bursts = syntheticBursts(seed);
  const now = new Date(Date.UTC(2026, 0, 1)).toISOString();

  await prisma.$executeRaw`INSERT INTO "Tag" ("id", "name")
    VALUES ${Prisma.join(SYNTHETIC_TAGS.map((t) => Prisma.sql`(${`tag_${t}`}, ${t})`))}
    ON CONFLICT ("name") DO NOTHING`;
  const tagRows = await prisma.$queryRaw<{ id: string; name: string }[]>`SELECT "id", "name" FROM "Tag"
    WHERE "name" IN (${Prisma.join([...SYNTHETIC_TAGS])})`;
  const tagId = new Map(tagRows.map((t) => [t.name, t.id]));

  for (let done = 0; done < count; ) {
    const n = Math.min(batchSize, count - done);
    const batch = Array.from({ length: n }, (_, k) => syntheticEvent(seed, done + k, bursts));
    await prisma.$transaction(async (tx) => {
      for (let k = 0; k < batch.length; k += ROWS_PER_STATEMENT) {
        const rows = batch.slice(k, k + ROWS_PER_STATEMENT);
        await tx.$executeRaw`INSERT INTO "Event" ("id", "title", "dateValue", "datePrecision", "dateStart", "dateEnd",
            "dateMod", "confidence", "importance", "status", "createdAt", "updatedAt", "lane", "tagSet")
          VALUES ${Prisma.join(
            rows.map(
              (e) => Prisma.sql`(${e.id}, ${e.title}, ${e.value}, ${e.precision}, ${e.start}, ${e.end}, ${e.mod},
                1, ${e.importance}, 'published', ${now}, ${now}, ${e.tags[0] ?? ""}, ${tagSetOf(e.tags)})`,
            ),
          )}`;
        const links = rows.flatMap((e) => e.tags.map((t) => Prisma.sql`(${e.id}, ${tagId.get(t) ?? ""})`));
        await tx.$executeRaw`INSERT INTO "EventTag" ("eventId", "tagId") VALUES ${Prisma.join(links)}`;
      }
    }, { timeout: 600_000, maxWait: 60_000 });
    done += n;
    options.onProgress?.(done, count);
  }
  // What autovacuum would do some time after a bulk load (and never where it is off): planner
  // statistics (ANALYZE), and the visibility map (VACUUM) without which the covering index cannot
  // answer the timeline's aggregations alone (every row would be read from the table as well).
  if ((options.db ?? getDb()).provider === "postgresql") {
    await prisma.$executeRaw`VACUUM ANALYZE "Event", "EventTag", "Tag", "TimelineRollup", "TimelineFacet", "TimelineSourceRollup", "TimelineSourceFacet", "TimelineLongEvent"`;
  }
  return count;
}
