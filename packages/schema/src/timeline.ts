/**
 * The level-of-detail timeline API (`GET /api/timeline`): what the chart asks for (a window, its
 * width in pixels, filters) and what it gets back (individual events where they fit, per-bucket
 * counts per lane with each cell's most important event where they do not).
 */
import { z } from "zod";
import { LANE_KEYS, TIMELINE_MAX_MS, TIMELINE_MIN_MS } from "./constants.ts";
import { Precision, TagName, TimexMod } from "./index.ts";

export { LANE_KEYS, TIMELINE_MAX_MS, TIMELINE_MIN_MS };

/** Bucket units, finest first; the server picks one from the window's span and pixel width. */
export const BUCKET_UNITS = ["hour", "day", "week", "month", "year", "decade", "century", "millennium"] as const;
export const BucketUnit = z.enum(BUCKET_UNITS);
export type BucketUnit = z.infer<typeof BucketUnit>;

export const LaneKey = z.enum(LANE_KEYS);
export type LaneKey = z.infer<typeof LaneKey>;

/** An instant as epoch milliseconds or an ISO string (BCE years as `-000044-03-15T00:00:00Z`). */
const Instant = z.union([
  z.coerce.number().int(),
  z
    .string()
    .regex(/^[+-]?\d{4,6}-\d{2}-\d{2}T/)
    .transform((s) => Date.parse(s)),
]).refine((ms) => Number.isFinite(ms) && ms >= TIMELINE_MIN_MS && ms <= TIMELINE_MAX_MS, {
  message: "instant out of range (years −9999 … 9999)",
});

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter((s) => s.length > 0))
    .pipe(z.array(item).max(20));

/** Query of `GET /api/timeline` (strings from the URL are coerced). */
export const TimelineQuery = z
  .object({
    /** Window start, inclusive (epoch ms or ISO). */
    from: Instant,
    /** Window end, exclusive (epoch ms or ISO). */
    to: Instant,
    /** Chart width in CSS pixels: decides the bucket size. */
    width: z.coerce.number().int().min(50).max(10_000),
    /** Text searched in titles (case-insensitive substring). */
    q: z.string().trim().max(200).optional().transform((v) => (v ? v : undefined)),
    /** Only these precisions. */
    precision: csv(Precision).optional(),
    /** Only events carrying one of these tags. */
    tag: csv(TagName).optional(),
    /** Only events cited from one of these publishers. */
    source: csv(z.string().max(200)).optional(),
    /** What lanes group by. */
    lanes: LaneKey.default("tag"),
  })
  .refine((v) => v.from < v.to, { message: "`from` must be before `to`", path: ["to"] });
export type TimelineQueryInput = z.input<typeof TimelineQuery>;
export type TimelineQuery = z.output<typeof TimelineQuery>;

/** An event as the chart draws it (no sources: the detail panel fetches those). */
export const TimelineEvent = z.object({
  id: z.string(),
  title: z.string(),
  /** TIMEX3 value as stored (`2022-02`), its precision and mod. */
  value: z.string(),
  precision: Precision,
  mod: TimexMod.nullable(),
  /** Covered interval [start, end) in epoch milliseconds. */
  start: z.number(),
  end: z.number(),
  importance: z.number(),
  /** Lane key ('' when the event has none). */
  lane: z.string(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** Evidence of an exported event: the cited document's publisher and URL, and the quoted sentence. */
export const TimelineExportSource = z.object({
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  quote: z.string(),
});
export type TimelineExportSource = z.infer<typeof TimelineExportSource>;

/** An event as the CSV and JSON exports carry it: the chart's fields plus tags and evidence. */
export const TimelineExportEvent = TimelineEvent.extend({
  /** Tag names in byte order. */
  tags: z.array(z.string()),
  /** The documents the event cites, in the order they were linked. */
  sources: z.array(TimelineExportSource),
  /** Source URL an editor gave for an event not found in an imported document. */
  sourceUrl: z.string().nullable(),
});
export type TimelineExportEvent = z.infer<typeof TimelineExportEvent>;

/** One aggregate: the events of one lane starting in one bucket. */
export const TimelineCell = z.object({
  /** Index into `buckets`. */
  bucket: z.number().int().nonnegative(),
  /** Index into `lanes`. */
  lane: z.number().int().nonnegative(),
  count: z.number().int().positive(),
  /** The cell's most important event (in `events` when it was sent). */
  topId: z.string(),
});
export type TimelineCell = z.infer<typeof TimelineCell>;

/** Answer of `GET /api/timeline`. */
export const TimelineView = z.object({
  /** The window actually covered: the query's window widened to whole buckets. */
  from: z.number(),
  to: z.number(),
  unit: BucketUnit,
  /** `events`: every event of the window is in `events`; `buckets`: `cells` aggregate them. */
  mode: z.enum(["events", "buckets"]),
  /** Events starting in [from, to) that match the filters. */
  total: z.number().int().nonnegative(),
  /**
   * Events mode: how many events started before `from` (within 400 days) and reach into the
   * window; the most important of them are in `events`. 0 in buckets mode.
   */
  covering: z.number().int().nonnegative(),
  lanes: z.array(z.object({ key: z.string(), count: z.number().int().nonnegative() })),
  /** Bucket boundaries: bucket i covers [buckets[i], buckets[i + 1]). One more entry than buckets. */
  buckets: z.array(z.number()),
  cells: z.array(TimelineCell),
  /** Events mode: every event starting in the window and the top covering ones; else the most important cell tops. */
  events: z.array(TimelineEvent),
});
export type TimelineView = z.infer<typeof TimelineView>;
