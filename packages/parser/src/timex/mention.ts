/**
 * From TIMEX3 annotations to the pipeline's candidate mentions: the calendar parts and precision
 * a value names, the covered interval (via `date/`), provenance and confidence.
 */
import { type DateParts, isValidParts, toDateValue } from "../date/value.js";
import type { Candidate } from "../stages/refine.js";
import type { Precision, Resolution, TimexMod } from "../types.js";
import type { TimexAnnotation } from "./types.js";

const SEASON = /^(SP|SU|FA|WI)$/;

/**
 * The calendar parts and precision a TIMEX3 date value names, or null for values that name no
 * interval (`PRESENT_REF`, `XXXX-WXX-1`, `BC0753`, durations). A part-of-day suffix (`TMO`) or a
 * weekend (`-WE`) keeps the day or week it qualifies.
 */
export function partsOfValue(value: string): { parts: DateParts; precision: Precision } | null {
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

/** How sure the parser is of a value, by how much of it the text left implicit. */
function confidenceOf(a: TimexAnnotation): number {
  if (a.rule === "weekday") return 0.8;
  if (a.anchor === null) return 0.95;
  if (a.rule === "month-day" || a.rule === "month") return 0.75;
  return 0.85;
}

/**
 * The candidate mention for one annotation (offsets unchanged). `offsetMinutes` (east of UTC)
 * places wall-clock times; calendar dates cover whole UTC days.
 */
export function annotationToCandidate(a: TimexAnnotation, text: string, offsetMinutes: number): Candidate {
  const quoted = `"${text.slice(a.start, a.end)}"`;
  const resolution: Resolution = {
    rule: a.anchor === null ? a.rule : `${a.rule}-relative`,
    anchor: a.anchor,
    implied: a.anchor === null ? [] : ["anchor"],
    explanation: a.anchor === null ? `${quoted} → ${a.value}` : `${quoted} relative to ${a.anchor} → ${a.value}`,
  };
  const timex: Candidate["timex"] = { type: a.type, value: a.value };
  if (a.mod) timex.mod = a.mod;
  const calendar = a.type === "DATE" || a.type === "TIME" ? partsOfValue(a.value) : null;
  if (!calendar || !isValidParts(calendar.parts, calendar.precision)) {
    return { start: a.start, end: a.end, timex, precision: null, date: null, resolution, confidence: confidenceOf(a) };
  }
  const mod: TimexMod | undefined = a.mod;
  const date = toDateValue(calendar.parts, calendar.precision, offsetMinutes, mod);
  return { start: a.start, end: a.end, timex, precision: calendar.precision, date, resolution, confidence: confidenceOf(a) };
}
