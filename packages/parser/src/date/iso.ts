import type { DateValue, Precision } from "../types.js";
import { type CalendarDay, MS_PER_MINUTE, isValidDay, utcMs, wallClockToMs, zoneOffsetMinutes } from "./calendar.js";
import { type DateParts, toDateValue } from "./value.js";
import { Memo } from "../memo.js";

/** A resolved reference instant (publication date) with the precision it was given at. */
export interface ReferenceDate {
  /** The value as a DateValue in the document zone (`2023-04-08`, or `2023-04-08T06:05`). */
  date: DateValue;
  /** The instant relative expressions are computed from (epoch ms): the given time, or noon of the first day. */
  instantMs: number;
  /** Offset of the document zone at `instantMs`, minutes east of UTC. */
  offsetMinutes: number;
  /** The calendar day of the reference in the document zone. */
  day: CalendarDay;
  /**
   * What the reference is, for explanations: the publication date (`published`, the default) or
   * the day of a press dateline (`dateline`) that relative dates count from.
   */
  source?: "published" | "dateline";
}

const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

function zoneOffsetFromText(zone: string): number {
  if (zone === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0"));
}

/** Wall-clock parts of instant `ms` in a zone at `offsetMinutes` east of UTC. */
function wallParts(ms: number, offsetMinutes: number): Required<Pick<DateParts, "year" | "month" | "day" | "hour" | "minute" | "second">> {
  const d = new Date(ms + offsetMinutes * MS_PER_MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

function fromInstant(ms: number, timeZone: string, precision: Precision): ReferenceDate {
  const offsetMinutes = zoneOffsetMinutes(timeZone, ms);
  const parts = wallParts(ms, offsetMinutes);
  return {
    date: toDateValue(parts, precision, offsetMinutes),
    instantMs: ms,
    offsetMinutes,
    day: { year: parts.year, month: parts.month, day: parts.day },
  };
}

/**
 * Parses a reference date given as an ISO-8601 string (`2023`, `2023-04`, `2023-04-08`,
 * `2023-04-08T06:05`, `2023-04-08T06:05:00Z`, `…+02:00`) or a `Date`, interpreting wall-clock
 * times without a zone in `timeZone` (IANA). Throws `invalid reference date: "…"` otherwise.
 * Never reads the clock.
 */
export function parseReferenceDate(input: string | Date, timeZone = "UTC"): ReferenceDate {
  if (typeof input !== "string") return parseReference(input, timeZone);
  // Documents of one batch share their publication dates; callers get their own copy.
  const r = parsed.get(`${timeZone}|${input}`, () => parseReference(input, timeZone));
  return { date: { ...r.date }, instantMs: r.instantMs, offsetMinutes: r.offsetMinutes, day: { ...r.day } };
}

/** Parsed references by zone and input (a failed parse throws and is not kept). */
const parsed = new Memo<ReferenceDate>(1024);

function parseReference(input: string | Date, timeZone: string): ReferenceDate {
  if (input instanceof Date) {
    const ms = input.getTime();
    if (!Number.isFinite(ms)) throw new Error(`invalid reference date: "${String(input)}"`);
    return fromInstant(ms, timeZone, input.getUTCSeconds() === 0 ? "minute" : "second");
  }
  const text = typeof input === "string" ? input.trim() : "";
  const m = ISO.exec(text);
  if (!m) throw new Error(`invalid reference date: "${String(input)}"`);
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (!isValidDay(year, month ?? 1, day ?? 1) || year < 1) {
    throw new Error(`invalid reference date: "${text}"`);
  }
  if (m[4] === undefined) {
    const precision: Precision = day !== undefined ? "day" : month !== undefined ? "month" : "year";
    const first = { year, month: month ?? 1, day: day ?? 1 };
    const instantMs = wallClockToMs(timeZone, first.year, first.month, first.day, 12);
    const parts: DateParts = { year, month: first.month, day: first.day };
    return { date: toDateValue(parts, precision), instantMs, offsetMinutes: zoneOffsetMinutes(timeZone, instantMs), day: first };
  }
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 23 || minute > 59 || second > 59) throw new Error(`invalid reference date: "${text}"`);
  const precision: Precision = m[6] === undefined || second === 0 ? "minute" : "second";
  const ms =
    m[7] === undefined
      ? wallClockToMs(timeZone, year, month ?? 1, day ?? 1, hour, minute, second)
      : utcMs(year, month ?? 1, day ?? 1, hour, minute, second) - zoneOffsetFromText(m[7]) * MS_PER_MINUTE;
  return fromInstant(ms, timeZone, precision);
}
