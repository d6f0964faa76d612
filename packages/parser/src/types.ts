/**
 * Public types of @dateline/parser. This file is the contract other packages build on:
 * extend it, but do not rename or remove fields without updating @dateline/db and apps/web.
 *
 * Conventions
 * - Character offsets (`start`, `end` of spans) are JavaScript string indices (UTF-16 code units)
 *   into the text passed to `parseDocument`, `end` exclusive.
 * - Instants are UTC ISO-8601 strings (`2023-04-07T00:00:00.000Z`).
 * - Months are 1-based in TIMEX3 values (`2022-02` is February), 0-based only inside JS `Date`.
 */

/** How finely a date is known. Ordered coarse → fine. */
export type Precision =
  | "millennium"
  | "century"
  | "decade"
  | "year"
  | "half"
  | "quarter"
  | "season"
  | "month"
  | "week"
  | "day"
  | "hour"
  | "minute"
  | "second";

/** TIMEX3 type of a temporal expression. */
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** TIMEX3 `mod` attribute: approximate, open-ended or part-of-period dates. */
export type TimexMod =
  | "APPROX"
  | "BEFORE"
  | "AFTER"
  | "ON_OR_BEFORE"
  | "ON_OR_AFTER"
  | "LESS_THAN"
  | "MORE_THAN"
  | "EQUAL_OR_LESS"
  | "EQUAL_OR_MORE"
  | "START"
  | "MID"
  | "END";

/**
 * A calendar date at its own precision.
 * `value` is a TIMEX3/ISO-8601 value at that precision (`2022`, `2022-Q1`, `2022-02`, `2022-W07`,
 * `2023-04-07`, `2023-04-07T06:05`). `start` (inclusive) and `end` (exclusive) bound the interval
 * the value covers, as UTC ISO instants: "February 2022" → 2022-02-01T00:00Z .. 2022-03-01T00:00Z.
 */
export interface DateValue {
  value: string;
  precision: Precision;
  /** Earliest instant covered, inclusive (UTC ISO string). */
  start: string;
  /** Latest instant covered, exclusive (UTC ISO string). */
  end: string;
  /** Approximate / open / part-of-period modifier, when the text says so. */
  mod?: TimexMod;
}

/** A TIMEX3 annotation of one expression. */
export interface Timex {
  type: TimexType;
  /** TIMEX3 value: a date (`2022-02`), duration (`P3Y`), set (`XXXX-WXX-1`) or reference (`PRESENT_REF`). */
  value: string;
  mod?: TimexMod;
}

/** How a mention's value was obtained: enough for an editor to see *why* a date is what it is. */
export interface Resolution {
  /** Machine-readable rule name, e.g. `absolute`, `weekday-past-tense`, `relative-to-published`, `anchored-to-previous`. */
  rule: string;
  /** The reference the expression was resolved against (ISO value), when relative. */
  anchor: string | null;
  /** Components the text did not state and the parser implied (`year`, `month`, `day-month-order`, …). */
  implied: string[];
  /**
   * Human-readable explanation, e.g. `"Friday" before published Sat 2023-04-08 → 2023-04-07`; when a
   * press dateline is the reference it is named instead (`before the dateline's day Thu 2022-02-24`).
   */
  explanation: string;
}

/** One temporal expression found in the text. */
export interface Mention {
  /** Stable within one result: `m0`, `m1`, … in text order. */
  id: string;
  /** Start offset into the input text (inclusive). */
  start: number;
  /** End offset into the input text (exclusive). */
  end: number;
  /** The expression as written: `input.slice(start, end)`. */
  text: string;
  timex: Timex;
  /** Precision of a DATE/TIME value; null for durations, sets and references such as PRESENT_REF. */
  precision: Precision | null;
  /** The calendar date it denotes, when it denotes one (DATE/TIME with a resolvable value). */
  date: DateValue | null;
  resolution: Resolution;
}

/** Something that happened at a date, with its evidence. */
export interface ParsedEvent {
  /** Stable within one result: `e0`, `e1`, … in text order. */
  id: string;
  date: DateValue;
  /** A readable clause naming who did what, at most 90 characters. */
  title: string;
  /** The sentence the event was found in, as it appears in the input. */
  sentence: string;
  /** Offsets of `sentence` in the input. */
  span: { start: number; end: number };
  /** Mentions (by id) that date this event; the first is the anchoring one. */
  mentionIds: string[];
  /** 0..1: lower when parts of the date were implied or ambiguous. */
  confidence: number;
}

/**
 * Where the publication instant came from: the caller (`option`), a header line (`date 2023-04-08`),
 * a timestamp line (`dateline`: `06:05 GMT 08.04.2023`) or, when none of these, the story's press
 * dateline (`press-dateline`: `KYIV, Feb. 24 (Reuters) —`).
 */
export type PublishedSource = "option" | "header" | "dateline" | "press-dateline" | null;

/** The dated press dateline opening a story ("KYIV, Ukraine, Feb. 24 (Reuters) — "). */
export interface DatelineInfo {
  /** The dateline's date words as written (`Feb. 24`). */
  text: string;
  /** Offsets of the whole dateline (city, agency, date, dash) in the input. */
  span: { start: number; end: number };
  /** Its day (precision day); the year implied when not stated, see `resolution.implied`. */
  date: DateValue;
  /** Whether relative dates (`Thursday`, `yesterday`) were resolved against this day. */
  reference: boolean;
  /** How the day was read and why it is, or is not, the reference (rule `press-dateline`). */
  resolution: Resolution;
}

/** Document-level metadata the parser found or was given. */
export interface DocumentInfo {
  /** Publication instant (the reference for relative dates), or null when neither given nor found. */
  published: DateValue | null;
  publishedSource: PublishedSource;
  /** Offsets of the header/dateline the publication date was read from, when detected. */
  publishedSpan: { start: number; end: number } | null;
  /** The story's dated press dateline, when it opens with one. */
  dateline: DatelineInfo | null;
  /** Title line, when the text has one (first non-metadata line). */
  title: string | null;
  /** IANA zone used to interpret wall-clock times. */
  timezone: string;
  /** BCP-47 locale used (`en`, `en-GB`, …). */
  locale: string;
  /** Length of the input text in UTF-16 code units. */
  length: number;
}

/** A problem with the input that did not stop parsing. */
export interface ParseWarning {
  /** Machine-readable code, e.g. `no-published-date`, `text-truncated`, `year-out-of-range`, `events-capped`. */
  code: string;
  message: string;
  start?: number;
  end?: number;
}

/** Options of `parseDocument`. */
export interface ParseOptions {
  /**
   * Reference instant: the publication date/time of the text, as an ISO-8601 string
   * (`2023-04-08`, `2023-04-08T06:05Z`) or a `Date`. When absent it is detected in the text.
   */
  published?: string | Date;
  /** IANA time zone for wall-clock times without an explicit zone. Default `UTC`. */
  timezone?: string;
  /** Locale hint (`en`, `en-US`, `en-GB`). Default `en`. */
  locale?: string;
  /** Upper bound on events returned for one document. Default 500. */
  maxEvents?: number;
}

/** Result of `parseDocument`. */
export interface ParseResult {
  document: DocumentInfo;
  events: ParsedEvent[];
  mentions: Mention[];
  warnings: ParseWarning[];
}
