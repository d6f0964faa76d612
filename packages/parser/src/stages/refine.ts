/**
 * Stage 5: turn chrono results into mentions. Precision comes from the components chrono KNOWS
 * (`isCertain`) and from our parsers' tags — never from `.date()`, which implies noon. Weekdays and
 * implied years are resolved against the publication date using the tense of the sentence.
 */
import type { ParsedComponents, ParsedResult } from "chrono-node";
import { TAG } from "../chrono/index.js";
import { type CalendarDay, addDays, addMonths, isoWeekOf, weekdayOf } from "../date/calendar.js";
import type { ReferenceDate } from "../date/iso.js";
import { type DateParts, type DurationUnit, comparePrecision, formatDuration, intervalMs, isValidParts, toDateValue } from "../date/value.js";
import type { DateValue, Precision, Resolution, Timex, TimexMod } from "../types.js";
import type { Span } from "./segment.js";
import { type Tense, tenseAt } from "../timex/tense.js";
import { zoneOffsetAt } from "../timex/zones.js";
import { referenceName } from "../timex/mention.js";

/** Years outside this range are treated as parsing noise (chrono returns year −97975 on fuzz input). */
export const PLAUSIBLE_YEARS = { min: 1000, max: 2999 } as const;

/** A mention before ids and input offsets are assigned (offsets in the normalised text). */
export interface Candidate extends Span {
  timex: Timex;
  precision: Precision | null;
  date: DateValue | null;
  resolution: Resolution;
  /** 0..1, lower for implied or ambiguous parts. */
  confidence: number;
}

/** Everything refine needs besides the chrono result. */
export interface RefineContext {
  /** Normalised document text. */
  text: string;
  /** The sentence the result starts in (normalised offsets). */
  sentence: Span;
  reference: ReferenceDate | null;
  /** The document zone (IANA name, or a fixed offset in minutes east of UTC); its offset is taken at each target time. */
  timeZone: string | number;
}

/** Why a result was dropped (becomes a warning). */
export interface Rejection {
  code: "year-out-of-range" | "unresolved-relative";
  message: string;
  span: Span;
}

const LEADING_WORDS = /^(?:(?:on|in|at|since|by|during|from|of|until|till|for|before|after|through|throughout|to|within|over)\s+)+/i;
const TRAILING = /[\s,;:.!?)"'”’-]+$/;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const SHORT_WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const RELATIVE_PERIOD = /^(?:the\s+)?(this|last|next|past|previous|coming|current)\s+(week|month|year)$/i;
const WEEKDAY_MODIFIER = /\b(?:last|next|this|past|coming|previous)\b/i;
const PRESENT = /^(?:right\s+)?now$/i;
const NUMBER_WORDS: Record<string, number | null> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, "a couple of": 2, several: null, few: null, "a few": null,
};
/** "for two years", "within 5 days", "over the past five days": a length of time, not a date. */
const DURATION_LEAD = /^(?:for|within|over|during|(?:the\s+)?(?:past|last|next|coming|previous))\s/i;
const DURATION_AMOUNT = new RegExp(
  `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join("|")})\\s+(second|minute|hour|day|week|month|quarter|year|decade|centur)(?:y|ies|s)?\\b`,
  "i",
);

function durationOf(raw: string): string | null {
  if (!DURATION_LEAD.test(raw)) return null;
  const m = DURATION_AMOUNT.exec(raw);
  if (!m?.[1] || !m[2]) return null;
  const word = m[1].toLowerCase();
  const amount = /\d/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? null);
  const unit = (m[2].toLowerCase() === "centur" ? "century" : m[2].toLowerCase()) as DurationUnit;
  return formatDuration(amount, unit);
}

/** "early 2022", "mid-March", "late 1998": TIMEX3 mod START/MID/END (the interval stays the whole period). */
const PART_OF_PERIOD_PREFIX = /^(early|mid|late)[-\s]/i;
const PART_OF_PERIOD: Record<string, TimexMod | undefined> = { early: "START", mid: "MID", late: "END" };

function trimSpan(text: string, start: number, end: number): Span {
  const raw = text.slice(start, end);
  const lead = LEADING_WORDS.exec(raw)?.[0].length ?? 0;
  const trail = TRAILING.exec(raw.slice(lead))?.[0].length ?? 0;
  const s = start + lead;
  const e = Math.max(s, end - trail);
  // Keep a closing "." of an abbreviation such as "p.m." or "a.m.".
  if (e < end && text[e] === "." && /\b[ap]\.m$/i.test(text.slice(s, e))) return { start: s, end: e + 1 };
  return e > s ? { start: s, end: e } : { start, end };
}

function partsOf(c: ParsedComponents): DateParts {
  const get = (k: "year" | "month" | "day" | "hour" | "minute" | "second"): number | undefined => c.get(k) ?? undefined;
  const parts: DateParts = { year: get("year") ?? 0 };
  const month = get("month");
  const day = get("day");
  const hour = get("hour");
  const minute = get("minute");
  const second = get("second");
  if (month !== undefined) parts.month = month;
  if (day !== undefined) parts.day = day;
  if (hour !== undefined) parts.hour = hour;
  if (minute !== undefined) parts.minute = minute;
  if (second !== undefined) parts.second = second;
  return parts;
}

function precisionOf(c: ParsedComponents, text: string): Precision | null {
  const period = RELATIVE_PERIOD.exec(text);
  if (period) return (period[2] ?? "").toLowerCase() as Precision;
  if (c.isCertain("hour")) return c.isCertain("second") && (c.get("second") ?? 0) !== 0 ? "second" : "minute";
  if (c.isCertain("day") || c.isCertain("weekday")) return "day";
  if (c.isCertain("month")) return "month";
  if (c.isCertain("year")) return "year";
  return null;
}

const fmtDay = (d: CalendarDay): string =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

/** The `weekday` (0 = Sunday) on or before/after `from`, by tense. */
function resolveWeekday(from: CalendarDay, weekday: number, tense: Tense): CalendarDay {
  const diff = weekday - weekdayOf(from);
  if (tense === "past") return addDays(from, diff > 0 ? diff - 7 : diff);
  if (tense === "future") return addDays(from, diff < 0 ? diff + 7 : diff);
  const back = diff > 0 ? diff - 7 : diff;
  const forward = diff < 0 ? diff + 7 : diff;
  return addDays(from, -back <= forward ? back : forward);
}

/** Picks the year for a month/day whose year the text left out, by tense, around the reference. */
function resolveYear(parts: DateParts, precision: Precision, ref: CalendarDay, tense: Tense, chronoYear: number): number {
  const refMs = Date.UTC(ref.year, ref.month - 1, ref.day);
  const fits = (year: number): boolean => isValidParts({ ...parts, year }, precision);
  if (tense === "past") {
    for (const year of [ref.year, ref.year - 1]) {
      if (fits(year) && intervalMs({ ...parts, year }, precision)[0] <= refMs) return year;
    }
  } else if (tense === "future") {
    for (const year of [ref.year, ref.year + 1]) {
      if (fits(year) && intervalMs({ ...parts, year }, precision)[1] > refMs) return year;
    }
  }
  return chronoYear;
}

/** Converts one chrono result (offsets relative to `chunkStart`) into a candidate mention. */
export function refineResult(
  result: ParsedResult,
  chunkStart: number,
  ctx: RefineContext,
): Candidate | Rejection | null {
  const span = trimSpan(ctx.text, chunkStart + result.index, chunkStart + result.index + result.text.length);
  const text = ctx.text.slice(span.start, span.end);
  const quoted = `"${text}"`;
  const c = result.start;
  const tags = result.tags();
  const implied: string[] = [];
  const ref = ctx.reference;
  const refValue = ref?.date.value ?? null;

  if (PRESENT.test(text)) {
    return {
      start: span.start,
      end: span.end,
      timex: { type: "DATE", value: "PRESENT_REF" },
      precision: null,
      date: null,
      resolution: { rule: "present-reference", anchor: refValue, implied, explanation: `${quoted} → PRESENT_REF` },
      confidence: 0.8,
    };
  }
  const duration = durationOf(result.text);
  if (duration) {
    // TimeML spans keep the determiner: "the past five days".
    const the = /^(?:past|last|next|coming|previous)\s/i.test(text) && /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, span.start - 4), span.start));
    return {
      start: the ? span.start - 4 : span.start,
      end: span.end,
      timex: { type: "DURATION", value: duration },
      precision: null,
      date: null,
      resolution: { rule: "duration", anchor: null, implied, explanation: `${quoted} is a length of time → ${duration}` },
      confidence: 0.8,
    };
  }
  const precision = precisionOf(c, text);
  if (!precision) return null;

  const parts = partsOf(c);
  const yearStated = c.isCertain("year");
  const relative = tags.has("result/relativeDate") || [...tags].some((t) => t.startsWith("casualReference/")) || RELATIVE_PERIOD.test(text);
  if (!ref && (!yearStated || relative || (c.isCertain("weekday") && !c.isCertain("day")))) {
    return { code: "unresolved-relative", message: `no publication date to resolve ${quoted}`, span };
  }
  // Only weekdays and implied years need the tense; most mentions never compute it.
  const tenseOfSentence = (): Tense => tenseAt(ctx.text.slice(ctx.sentence.start, ctx.sentence.end), span.start - ctx.sentence.start);
  let rule = "absolute";
  let explanation: string;
  let confidence = 0.95;

  if (ref && c.isCertain("weekday") && !c.isCertain("day")) {
    const weekday = c.get("weekday") ?? 0;
    const name = WEEKDAYS[weekday] ?? "";
    if (WEEKDAY_MODIFIER.test(text)) {
      rule = "weekday-relative";
      confidence = 0.85;
      explanation = `${quoted} relative to ${referenceName(ref.source, `${SHORT_WEEKDAYS[weekdayOf(ref.day)]} ${fmtDay(ref.day)}`)}`;
    } else {
      const tense = tenseOfSentence();
      const day = resolveWeekday(ref.day, weekday, tense);
      Object.assign(parts, day);
      rule = tense === "past" ? "weekday-past-tense" : tense === "future" ? "weekday-future-tense" : "weekday-nearest";
      implied.push("week");
      confidence = tense === "none" ? 0.6 : 0.8;
      const dir = tense === "past" ? "before" : tense === "future" ? "after" : "nearest to";
      explanation = `"${name}" ${dir} ${referenceName(ref.source, `${SHORT_WEEKDAYS[weekdayOf(ref.day)]} ${fmtDay(ref.day)}`)}`;
    }
  } else if (relative && ref) {
    const period = RELATIVE_PERIOD.exec(text);
    if (period) {
      // "this/last/next week|month|year": counted from the publication day, not chrono's week start.
      const shift = /^(?:last|past|previous)$/i.test(period[1] ?? "") ? -1 : /^(?:next|coming)$/i.test(period[1] ?? "") ? 1 : 0;
      const day = precision === "week" ? addDays(ref.day, 7 * shift) : precision === "month" ? addMonths(ref.day, shift) : { ...ref.day, year: ref.day.year + shift };
      Object.assign(parts, day);
    }
    rule = "relative-to-published";
    confidence = 0.85;
    explanation = `${quoted} relative to ${referenceName(ref.source, ref.date.value)}`;
  } else if (ref && comparePrecision(precision, "hour") >= 0 && !c.isCertain("day")) {
    rule = "time-on-published-day";
    implied.push("day");
    confidence = 0.7;
    explanation = `${quoted} on ${referenceName(ref.source, fmtDay(ref.day), true)}`;
  } else if (!yearStated && ref && comparePrecision(precision, "month") >= 0) {
    const tense = tenseOfSentence();
    parts.year = resolveYear(parts, precision === "week" ? "day" : precision, ref.day, tense, parts.year);
    implied.push("year");
    rule = "implied-year";
    confidence = 0.75;
    explanation = `${quoted} year implied from ${referenceName(ref.source, fmtDay(ref.day))} (${tense === "none" ? "closest" : `${tense} tense`})`;
  } else {
    explanation = `${quoted} stated in full`;
  }
  if (tags.has(TAG.dayFirstDotted)) {
    rule = rule === "absolute" ? "dotted-day-first" : rule;
    explanation = `${quoted} read day-first (dotted numeric date)`;
  }
  if (tags.has(TAG.ambiguousOrder)) {
    implied.push("day-month-order");
    confidence -= 0.2;
  }
  if (tags.has(TAG.bareYear)) {
    rule = "bare-year";
    confidence = 0.85;
  }

  if (parts.year < PLAUSIBLE_YEARS.min || parts.year > PLAUSIBLE_YEARS.max) {
    return { code: "year-out-of-range", message: `year ${parts.year} of ${quoted} is out of range`, span };
  }
  let valueParts = parts;
  if (precision === "week") {
    const week = isoWeekOf({ year: parts.year, month: parts.month ?? 1, day: parts.day ?? 1 });
    valueParts = { year: week.year, week: week.week };
  }
  if (!isValidParts(valueParts, precision)) return null;
  const stated = c.isCertain("timezoneOffset") ? c.get("timezoneOffset") : null;
  const wall = Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0);
  const offset = stated ?? zoneOffsetAt(ctx.timeZone, wall);
  const mod = PART_OF_PERIOD[(PART_OF_PERIOD_PREFIX.exec(text)?.[1] ?? "").toLowerCase()];
  const date = toDateValue(valueParts, precision, offset, mod);
  const type = comparePrecision(precision, "hour") >= 0 ? "TIME" : "DATE";

  // A range ("March 3-5"): the value is its start; the interval runs to the end of its end.
  if (result.end) {
    const endParts = { ...partsOf(result.end), year: result.end.isCertain("year") ? (result.end.get("year") ?? parts.year) : parts.year };
    if (isValidParts(endParts, precision) && precision !== "week") {
      const endMs = intervalMs(endParts, precision, offset)[1];
      if (endMs > Date.parse(date.start)) {
        date.end = new Date(endMs).toISOString();
        rule = `${rule}+range`;
      }
    }
  }
  return {
    start: span.start,
    end: span.end,
    timex: mod ? { type, value: date.value, mod } : { type, value: date.value },
    precision,
    date,
    resolution: { rule, anchor: rule === "absolute" || rule === "dotted-day-first" ? null : refValue, implied, explanation: `${explanation} → ${date.value}` },
    confidence: Math.max(0.1, Math.round(confidence * 100) / 100),
  };
}
