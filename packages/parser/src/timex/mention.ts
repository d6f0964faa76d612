/**
 * From TIMEX3 annotations to the pipeline's candidate mentions: the calendar parts and precision
 * a value names, the covered interval (via `date/`), provenance and confidence.
 */
import { type DateParts, isValidParts, toDateValue } from "../date/value.js";
import type { Candidate } from "../stages/refine.js";
import type { DateValue, Precision, Resolution, TimexMod } from "../types.js";
import { Memo } from "../memo.js";
import { isoWeekday, parseTimexReference } from "../date/calendar.js";
import type { ReferenceDate } from "../date/iso.js";
import type { TimexAnnotation } from "./types.js";
import { zoneOffsetAt } from "./zones.js";

const SEASON = /^(SP|SU|FA|WI)$/;

/**
 * The calendar parts and precision a TIMEX3 date value names, or null for values that name no
 * interval (`PRESENT_REF`, `XXXX-WXX-1`, `BC0753`, durations). A part-of-day suffix (`TMO`) or a
 * weekend (`-WE`) keeps the day or week it qualifies.
 */
export function partsOfValue(value: string): { parts: DateParts; precision: Precision } | null {
  // `BC0753`: 753 BCE is astronomical year −752.
  const bc = /^BC(\d{4})$/.exec(value);
  if (bc?.[1]) return Number(bc[1]) >= 1 ? { parts: { year: 1 - Number(bc[1]) }, precision: "year" } : null;
  const m = /^(\d{2,4})(?:-(.+))?$/.exec(value);
  if (!m?.[1]) return null;
  const head = m[1];
  const rest = m[2];
  if (head.length < 4) {
    if (rest) return null;
    const year = Number(head) * (head.length === 3 ? 10 : 100);
    return year >= 1 ? { parts: { year }, precision: head.length === 3 ? "decade" : "century" } : null;
  }
  const year = Number(head);
  if (rest === undefined) return { parts: { year }, precision: "year" };
  let r: RegExpExecArray | null;
  if ((r = /^Q([1-4])$/.exec(rest))) return { parts: { year, quarter: Number(r[1]) }, precision: "quarter" };
  if ((r = /^H([12])$/.exec(rest))) return { parts: { year, half: Number(r[1]) }, precision: "half" };
  if (SEASON.test(rest)) return { parts: { year, season: rest as DateParts["season"] & string }, precision: "season" };
  if ((r = /^W(\d{2})(?:-WE)?$/.exec(rest))) return { parts: { year, week: Number(r[1]) }, precision: "week" };
  if ((r = /^(\d{2})$/.exec(rest))) return { parts: { year, month: Number(r[1]) }, precision: "month" };
  if ((r = /^(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2}))?|T(?:MO|AF|EV|NI|DT))?$/.exec(rest))) {
    const parts: DateParts = { year, month: Number(r[1]), day: Number(r[2]) };
    if (r[3] === undefined) return { parts, precision: "day" };
    parts.hour = Number(r[3]);
    parts.minute = Number(r[4] ?? 0);
    return { parts, precision: "minute" };
  }
  return null;
}

const WEEKDAY_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** Rules whose only relative part is the year of a stated month or day. */
const IMPLIED_YEAR_RULES = new Set(["month-day", "month-day-range", "day-month", "date-time", "month", "holiday", "week-of"]);

/**
 * How explanations name the reference date `value` of a document: `published 2023-04-08`, or
 * `the dateline's day 2022-02-24` when relative dates count from a press dateline; `asDay` for a
 * clock time placed on it (`the published day 2023-04-08`).
 */
export function referenceName(source: ReferenceDate["source"], value: string, asDay = false): string {
  if (source === "dateline") return `the dateline's day ${value}`;
  return asDay ? `the published day ${value}` : `published ${value}`;
}

/**
 * How the value was obtained, in the pipeline's resolution vocabulary: `absolute`, `bare-year`,
 * `weekday-past-tense` / `weekday-future-tense` / `weekday-relative`, `implied-year`,
 * `time-on-published-day`, `relative-to-published` or `anchored-to-previous` (narrative), plus the
 * components the text left implicit and a confidence that drops with each of them.
 */
export function resolutionOf(
  a: TimexAnnotation,
  text: string,
  reference: Pick<ReferenceDate, "date" | "source"> | null = null,
): { resolution: Resolution; confidence: number } {
  const quoted = `"${text.slice(a.start, a.end)}"`;
  // The document's reference as given (`2023-04-08T06:05`) names the DCT anchor.
  const anchor = a.anchorKind === "dct" && reference ? reference.date.value : a.anchor;
  const source = reference?.source;
  const implied: string[] = [];
  let rule: string;
  let confidence: number;
  let how: string;
  if (a.anchor === null) {
    rule = a.rule === "year" ? "bare-year" : "absolute";
    confidence = a.rule === "year" ? 0.85 : 0.95;
    how = "stated in full";
  } else if (a.rule === "range-start") {
    rule = "from-range-end";
    implied.push(a.type === "TIME" ? "day" : "year");
    confidence = 0.8;
    how = `completed from ${a.anchor}, the end of its range`;
  } else if (a.anchorKind === "narrative") {
    rule = "anchored-to-previous";
    confidence = 0.7;
    how = `relative to ${a.anchor}, the date the story last established`;
  } else if (a.rule === "weekday" && a.lead === null) {
    rule = `weekday-${a.tense ?? "past"}-tense`;
    implied.push("week");
    confidence = 0.8;
    const day = parseTimexReference(a.anchor).day;
    how = `${a.tense === "future" ? "after" : "before"} ${referenceName(source, `${WEEKDAY_SHORT[isoWeekday(day) - 1]} ${a.anchor}`)}`;
  } else if (a.rule === "weekday") {
    rule = "weekday-relative";
    confidence = 0.85;
    how = `"${a.lead}" relative to ${referenceName(source, a.anchor)}`;
  } else if (IMPLIED_YEAR_RULES.has(a.rule)) {
    rule = "implied-year";
    implied.push("year");
    confidence = 0.75;
    how = `year implied from ${referenceName(source, a.anchor)}${a.tense ? ` (${a.tense} tense)` : ""}`;
  } else if (a.rule === "clock" && a.lead === null && a.anchorKind === "dct") {
    rule = "time-on-published-day";
    implied.push("day");
    confidence = 0.7;
    how = `on ${referenceName(source, a.anchor, true)}`;
  } else {
    rule = "relative-to-published";
    confidence = 0.85;
    how = `relative to ${referenceName(source, a.anchor)}`;
  }
  // Joined into one flat string: it is kept with every mention, and a string built with `+` or a
  // template is a tree of its pieces (about twice the memory, copied by every collection it survives).
  const explanation = [quoted, " ", how, " → ", a.value, a.zone ? ` ${a.zone}` : "", a.mod ? ` (${a.mod})` : ""].join("");
  return { resolution: { rule, anchor, implied, explanation }, confidence };
}

/**
 * The candidate mention for one annotation (offsets unchanged). `zone` (the document zone: an IANA
 * name, or a fixed offset in minutes east of UTC) places wall-clock times at the offset in force at
 * that time; calendar dates cover whole UTC days.
 */
export function annotationToCandidate(
  a: TimexAnnotation,
  text: string,
  zone: string | number,
  reference: Pick<ReferenceDate, "date" | "source"> | null = null,
): Candidate {
  const { resolution, confidence } = resolutionOf(a, text, reference);
  const timex: Candidate["timex"] = { type: a.type, value: a.value };
  if (a.mod) timex.mod = a.mod;
  // A clock time given in a named zone (`5 a.m. Kyiv time`) is placed with that zone's offset.
  const placeIn = a.zone ?? zone;
  const calendar =
    a.type === "DATE" || a.type === "TIME"
      ? calendars.get(`${a.value}|${a.endValue ?? ""}|${typeof placeIn === "number" ? `#${placeIn}` : placeIn}|${a.mod ?? ""}`, () =>
          calendarOf(a.value, a.endValue, placeIn, a.mod),
        )
      : null;
  if (!calendar) return { start: a.start, end: a.end, timex, precision: null, date: null, resolution, confidence };
  return { start: a.start, end: a.end, timex, precision: calendar.precision, date: { ...calendar.date }, resolution, confidence };
}

/** The precision and interval of a value (to the end of `endValue`, for a range), placed in `zone`; null when it names none. */
function calendarOf(value: string, endValue: string | undefined, zone: string | number, mod: TimexMod | undefined): { precision: Precision; date: DateValue } | null {
  const calendar = partsOfValue(value);
  if (!calendar || !isValidParts(calendar.parts, calendar.precision)) return null;
  const { year, month = 1, day = 1, hour = 0, minute = 0 } = calendar.parts;
  const offset = zoneOffsetAt(zone, Date.UTC(year, month - 1, day, hour, minute));
  const date = toDateValue(calendar.parts, calendar.precision, offset, mod);
  // A range (`March 3-5`) covers up to the end of its last part.
  const last = endValue ? partsOfValue(endValue) : null;
  if (last && isValidParts(last.parts, last.precision)) {
    const end = toDateValue(last.parts, last.precision, offset).end;
    if (end > date.end) date.end = end;
  }
  return { precision: calendar.precision, date };
}

/** Intervals by value, range end, zone and mod: a pure function of them, and documents repeat their dates. */
const calendars = new Memo<{ precision: Precision; date: DateValue } | null>();
