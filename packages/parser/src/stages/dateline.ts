/**
 * Press datelines as the story's date. A wire story opens with where and when it was filed
 * ("KYIV, Ukraine, Feb. 24 (Reuters) — ", "WASHINGTON (AP) — Sept. 3, 2022 — ", "LONDON, March 3 —"):
 * its "today", "Thursday" and "yesterday" were written on that day. This module reads the
 * dateline's date and decides whether relative dates count from it (see `datelineReference`).
 */
import { type CalendarDay, MS_PER_DAY, addDays, fmtDay, fmtYear, isValidDay, utcMs } from "../date/calendar.js";
import { type ReferenceDate, parseReferenceDate } from "../date/iso.js";
import { comparePrecision } from "../date/value.js";
import { monthValue } from "../timex/lexicon.js";
import { yearNotAfter } from "../timex/resolve.js";
import { tenseAt } from "../timex/tense.js";
import type { DatelineInfo, DateValue } from "../types.js";
import type { LineInfo } from "./metadata.js";
import type { Sentence, Span } from "./segment.js";

/** The date a press dateline states, before its year is known. */
export interface DatelineDate {
  /** The whole dateline (city, agency, date, dash) in the normalised text. */
  span: Span;
  /** The date words ("Feb. 24", "Sept. 3, 2022") in the normalised text. */
  dateSpan: Span;
  month: number;
  day: number;
  /** Null when the dateline gives none (most wire datelines). */
  year: number | null;
}

const MONTH_WORD = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Febr|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?`;
/** "Feb. 24", "Sept. 3, 2022", "24 February 2022" inside a dateline. */
const DATELINE_DATE = new RegExp(
  String.raw`\b(?:(${MONTH_WORD})\s+(\d{1,2})(?!\d)(?:,?\s+(\d{4})(?!\d))?|(\d{1,2})\s+(${MONTH_WORD})(?:,?\s+(\d{4})(?!\d))?)`,
);

/** Lines searched for a dateline: a story's first lines, before its first plain body line. */
const DATELINE_LINES = 40;

/**
 * The dated press dateline opening the story: the first line before the first body line without
 * a dateline that is a dateline (`kind: "dateline"`) or opens with one (`datelinePrefix`), when
 * its date words give a valid month and day. Null otherwise.
 */
export function findDatelineDate(text: string, lines: readonly LineInfo[]): DatelineDate | null {
  for (const line of lines.slice(0, DATELINE_LINES)) {
    const length = line.kind === "dateline" ? line.end - line.start : line.kind === "body" ? line.datelinePrefix : 0;
    if (length > 0) {
      const prefix = text.slice(line.start, line.start + length);
      const m = DATELINE_DATE.exec(prefix);
      if (!m) return null;
      const month = monthValue((m[1] ?? m[5]) as string);
      const day = Number(m[2] ?? m[4]);
      const yearText = m[3] ?? m[6];
      const year = yearText === undefined ? null : Number(yearText);
      if (month === null || !isValidDay(year ?? 2000, month, day)) return null;
      const dateStart = line.start + m.index;
      return { span: { start: line.start, end: line.start + length }, dateSpan: { start: dateStart, end: dateStart + m[0].length }, month, day, year };
    }
    if (line.kind === "body") return null;
  }
  return null;
}

/** Days from `a` to `b` (positive when `b` is later). */
const daysBetween = (a: CalendarDay, b: CalendarDay): number => Math.round((utcMs(b.year, b.month, b.day) - utcMs(a.year, a.month, a.day)) / MS_PER_DAY);

/** How many days a dateline may precede the publication date and still be the story's "today". */
export const DATELINE_MAX_DAYS_BEFORE = 7;
/** …and follow it (a dateline in a zone east of the publication date's). */
export const DATELINE_MAX_DAYS_AFTER = 1;

/** A year in digits ("2021", "'21"). */
const WRITTEN_YEAR = /\d{4}|['’]\d{2}\b/;
/** Words that make a sentence's dates plans rather than reports ("Elections will be held in May 2030"). */
const FUTURE_CUE = /\b(?:will|shall|'ll|going to|plans? to|planned|expected to|scheduled|due to|set to|next)\b/i;

/**
 * The year a text suggests for a dateline without one: a story is filed after what it reports, so
 * the dateline's day falls on or after the latest month or day the body states in full (its year
 * not implied) outside a future clause — the first such year. Null when the text states none
 * (a bare year, `since 1945`, says too little).
 */
export function statedYear(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly { start: number; end: number; sentence: number; date: DateValue | null; precision: string | null; resolution: { implied: string[]; anchor: string | null } }[],
  dateline: DatelineDate,
): { year: number; text: string } | null {
  let latest: { start: string; text: string } | null = null;
  for (const m of mentions) {
    if (!m.date || (m.start < dateline.span.end && m.end > dateline.span.start)) continue;
    if (m.resolution.anchor !== null || m.resolution.implied.length > 0) continue;
    // The year must be written: "early October this year" is no statement of one.
    if (!WRITTEN_YEAR.test(text.slice(m.start, m.end))) continue;
    if (m.precision === null || comparePrecision(m.precision as DateValue["precision"], "month") < 0) continue;
    if (latest && m.date.start <= latest.start) continue;
    const sentence = sentences[m.sentence];
    const body = sentence ? text.slice(sentence.start, sentence.end) : "";
    if (FUTURE_CUE.test(body) || tenseAt(body, m.start - (sentence?.start ?? 0)) === "future") continue;
    latest = { start: m.date.start, text: text.slice(m.start, m.end) };
  }
  if (!latest) return null;
  const day = new Date(latest.start);
  const first: CalendarDay = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
  const onOrAfter = dateline.month > first.month || (dateline.month === first.month && dateline.day >= first.day);
  return { year: onOrAfter ? first.year : first.year + 1, text: latest.text };
}

/** What `datelineReference` decided. */
export interface DatelineDecision {
  info: DatelineInfo;
  /** The reference relative dates count from, when the dateline is it; null to keep the publication date. */
  reference: ReferenceDate | null;
}

/**
 * Whether the dateline is the story's reference date.
 * - With a publication date (given or read from a header): a dateline without a year takes the
 *   year that puts it on or before the day after publication. A dateline from
 *   `DATELINE_MAX_DAYS_BEFORE` days before to `DATELINE_MAX_DAYS_AFTER` after publication is the
 *   reference (wire copy republished a day later still means the wire day by "today"); the same day
 *   keeps the publication date (it may have a time); farther away, publication stays the reference.
 * - Without one: the dateline is the reference, its year stated, else `inferred` from the text
 *   (flagged implied); without any year it cannot be placed and `null` is returned.
 */
export function datelineReference(
  found: DatelineDate,
  dateText: string,
  publication: ReferenceDate | null,
  inferred: { year: number; text: string } | null,
  timeZone: string,
): DatelineDecision | null {
  const implied: string[] = [];
  let year = found.year;
  let why: string;
  if (year === null && publication) {
    year = yearNotAfter(addDays(publication.day, DATELINE_MAX_DAYS_AFTER), found.month, found.day);
    implied.push("year");
    why = `year ${fmtYear(year)} implied by published ${publication.date.value}`;
  } else if (year === null && inferred) {
    year = inferred.year;
    implied.push("year");
    why = `year ${fmtYear(year)} implied: the first on or after the latest date the text states, "${inferred.text}"`;
  } else if (year === null) {
    return null;
  } else {
    why = "year stated";
  }
  if (!isValidDay(year, found.month, found.day)) return null;
  const day: CalendarDay = { year, month: found.month, day: found.day };
  // A copy: parsed references are shared, and this one is the dateline's.
  const reference: ReferenceDate = { ...parseReferenceDate(fmtDay(day), timeZone), source: "dateline" };
  const base = { text: dateText, span: found.span, date: reference.date };
  const rule = "press-dateline";
  if (!publication) {
    return {
      info: { ...base, reference: true, resolution: { rule, anchor: null, implied, explanation: `dateline "${dateText}" → ${fmtDay(day)} (${why}); no publication date: relative dates count from it` } },
      reference,
    };
  }
  const before = daysBetween(day, publication.day);
  const anchor = publication.date.value;
  if (before === 0) {
    return {
      info: { ...base, reference: false, resolution: { rule, anchor, implied, explanation: `dateline "${dateText}" → ${fmtDay(day)} (${why}): the publication day` } },
      reference: null,
    };
  }
  if (before <= DATELINE_MAX_DAYS_BEFORE && before >= -DATELINE_MAX_DAYS_AFTER) {
    const when = before > 0 ? `${before} day${before === 1 ? "" : "s"} before` : `${-before} day after`;
    return {
      info: {
        ...base,
        reference: true,
        resolution: { rule, anchor, implied, explanation: `dateline "${dateText}" → ${fmtDay(day)} (${why}), ${when} published ${anchor}: relative dates count from the dateline` },
      },
      reference,
    };
  }
  return {
    info: {
      ...base,
      reference: false,
      resolution: { rule, anchor, implied, explanation: `dateline "${dateText}" → ${fmtDay(day)} (${why}) is ${Math.abs(before)} days from published ${anchor}: relative dates count from publication` },
    },
    reference: null,
  };
}
