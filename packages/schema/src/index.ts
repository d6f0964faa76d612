/**
 * zod schemas at Dateline's boundaries: what the database layer returns (DTOs), what the HTTP API
 * accepts and answers, and what admin forms submit. Plain data only: ISO strings, no Date objects.
 */
import { comparePrecision, intervalMs, partsOfDateValue, PRECISIONS, TIMEX_MODS } from "@dateline/parser/date";
import { z } from "zod";

// The precision and mod lists live with the date model in the parser; the schema validates against them.
export { PRECISIONS, TIMEX_MODS };

export const Precision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof Precision>;

export const TimexMod = z.enum(TIMEX_MODS);
export type TimexMod = z.infer<typeof TimexMod>;

export const EVENT_STATUSES = ["draft", "published"] as const;
export const EventStatus = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatus>;

/**
 * A UTC ISO-8601 instant, e.g. `2022-02-01T00:00:00.000Z`; years before 0000 or after 9999 in the
 * expanded form `Date#toISOString` writes (`-000043-01-01T00:00:00.000Z`, 44 BCE).
 */
export const IsoInstant = z.union([
  z.iso.datetime({ offset: true }),
  z
    .string()
    .regex(/^[+-]\d{6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/)
    .refine((s) => Number.isFinite(Date.parse(s)), "invalid instant"),
]);

/**
 * A date at its precision: TIMEX3 value plus the covered interval [start, end).
 * `2022-02` / month / 2022-02-01T00:00Z / 2022-03-01T00:00Z.
 */
export const DateValue = z
  .object({
    value: z.string().min(1).max(64),
    precision: Precision,
    start: IsoInstant,
    end: IsoInstant,
    mod: TimexMod.optional(),
  })
  .refine((d) => Date.parse(d.start) < Date.parse(d.end), { message: "date start must be before end", path: ["end"] });
export type DateValue = z.infer<typeof DateValue>;

const MAX_ZONE_SHIFT_MS = 18 * 3_600_000;

/**
 * A date someone submits (the event editor, a reviewed import): besides `DateValue`'s checks, its
 * value must be a real date at its precision and its interval that value's. The start is the
 * value's start (a clock time may sit up to 18 hours off it, its zone's offset, in whole minutes);
 * the end is no earlier than the value's end (a range such as `March 3-5` ends with its last day).
 */
export const DateInput = DateValue.superRefine((d, ctx) => {
  const parts = partsOfDateValue(d.value, d.precision);
  if (!parts) {
    ctx.addIssue({ code: "custom", path: ["value"], message: `"${d.value}" is not a date at ${d.precision} precision` });
    return;
  }
  const [start, end] = intervalMs(parts, d.precision);
  const shift = Date.parse(d.start) - start;
  const clock = comparePrecision(d.precision, "hour") >= 0; // hour, minute, second
  if (clock ? Math.abs(shift) > MAX_ZONE_SHIFT_MS || shift % 60_000 !== 0 : shift !== 0) {
    ctx.addIssue({ code: "custom", path: ["start"], message: `date start does not match "${d.value}"` });
  }
  if (Date.parse(d.end) - shift < end) {
    ctx.addIssue({ code: "custom", path: ["end"], message: `date end is before the end of "${d.value}"` });
  }
});

/** The article an event was found in (or cited from). */
export const DocumentRef = z.object({
  id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedAt: IsoInstant.nullable(),
  publishedPrecision: Precision.nullable(),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

/** Evidence for an event: the quoted sentence and where its date expression sits in it. */
export const EventSourceDTO = z.object({
  document: DocumentRef,
  /** The quoted sentence, as in the document. */
  quote: z.string(),
  /** Offsets of the quote in the document text. */
  span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  /** Offsets of the date expression inside `quote` (for highlighting), when known. */
  highlight: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).nullable(),
  /** The date expression as written ("in February 2022"). */
  dateText: z.string().nullable(),
  /** How the parser resolved the date ("Friday" before published … → …). */
  resolution: z.string().nullable(),
});
export type EventSourceDTO = z.infer<typeof EventSourceDTO>;

/** An event as the web app sees it. */
export const EventDTO = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  date: DateValue,
  confidence: z.number().min(0).max(1),
  status: EventStatus,
  tags: z.array(z.string()),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  version: z.number().int().positive(),
  sources: z.array(EventSourceDTO),
});
export type EventDTO = z.infer<typeof EventDTO>;

/** A stored document (article). */
export const DocumentDTO = DocumentRef.extend({
  language: z.string().nullable(),
  contentHash: z.string(),
  createdAt: IsoInstant,
  eventCount: z.number().int().nonnegative(),
});
export type DocumentDTO = z.infer<typeof DocumentDTO>;

/** Query of `GET /api/events` and `listEvents`: an optional window and a text search. */
export const EventQuery = z
  .object({
    from: IsoInstant.optional(),
    to: IsoInstant.optional(),
    q: z.string().trim().max(200).optional(),
  })
  .refine((v) => !v.from || !v.to || Date.parse(v.from) < Date.parse(v.to), {
    message: "`from` must be before `to`",
    path: ["to"],
  });
export type EventQuery = z.infer<typeof EventQuery>;

const httpUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(2048);

/**
 * A tag's name: 1–50 characters after trimming, no control characters (they cannot be typed, and
 * U+001F separates the names in the store's `Event.tagSet`).
 */
export const TagName = z
  .string()
  .trim()
  .min(1, "Tag is empty")
  .max(50)
  .regex(/^[^\p{Cc}]*$/u, "Tag names cannot contain control characters");

/** What an editor submits to create or update an event. */
export const EventInput = z.object({
  title: z.string().trim().min(1, "Title is required").max(200),
  summary: z.string().trim().max(5000).nullable().optional(),
  date: DateInput,
  confidence: z.number().min(0).max(1).default(1),
  status: EventStatus.default("draft"),
  tags: z.array(TagName).max(30).default([]),
  sourceUrl: httpUrl.nullable().optional(),
});
export type EventInput = z.infer<typeof EventInput>;
