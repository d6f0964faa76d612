/**
 * Calendar maths on plain numbers. Months are 1-based (1 = January), weekdays 0-based from Sunday
 * (0 = Sunday … 6 = Saturday, as in JS `Date#getUTCDay`). All computation goes through `Date.UTC`,
 * so results never depend on the host's time zone.
 */

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/** A calendar day. `month` 1..12, `day` 1..31. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/**
 * Years `Date.UTC` reads as written: it maps 0..99 to 1900..1999, and far from the ends of the
 * `Date` range no intermediate step can leave it (the setter path below clips the day first).
 */
const isPlainYear = (year: number): boolean => year >= 100 && year <= 200_000;

/** Milliseconds since the epoch of a UTC wall-clock time. Handles years 0..99 literally. */
export function utcMs(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  if (isPlainYear(year)) return Date.UTC(year, month - 1, day, hour, minute, second);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Number of days in `month` (1-based) of `year` (proleptic Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (Number.isInteger(year) && Math.abs(year) <= 200_000 && Number.isInteger(month) && month >= 1 && month <= 12) {
    return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] as number);
  }
  return new Date(utcMs(year, month + 1, 1) - MS_PER_DAY).getUTCDate();
}

/** True when year/month/day name a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The calendar day `n` days after `d` (negative `n` goes back). */
export function addDays(d: CalendarDay, n: number): CalendarDay {
  return dayOfMs(utcMs(d.year, d.month, d.day) + n * MS_PER_DAY);
}

/** The calendar day `n` months after `d`, clamping the day to the target month's length. */
export function addMonths(d: CalendarDay, n: number): CalendarDay {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Instants whose day is counted in plain arithmetic (whole milliseconds well inside the `Date` range). */
const isPlainInstant = (ms: number): boolean => Number.isInteger(ms) && Math.abs(ms) <= 8e15;

/** Weekday of a calendar day, 0 = Sunday. */
export function weekdayOf(d: CalendarDay): number {
  const ms = utcMs(d.year, d.month, d.day);
  // 1 January 1970 was a Thursday (4).
  if (isPlainInstant(ms)) return (((Math.floor(ms / MS_PER_DAY) + 4) % 7) + 7) % 7;
  return new Date(ms).getUTCDay();
}

/** The UTC calendar day containing the instant `ms`. */
export function dayOfMs(ms: number): CalendarDay {
  if (isPlainInstant(ms)) return civilDay(Math.floor(ms / MS_PER_DAY));
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The proleptic Gregorian day `days` days after 1 January 1970 (H. Hinnant's `civil_from_days`). */
function civilDay(days: number): CalendarDay {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO-8601 week (Monday start, week 1 holds the year's first Thursday) of a calendar day. */
export function isoWeekOf(d: CalendarDay): { year: number; week: number } {
  const isoWeekday = (weekdayOf(d) + 6) % 7; // 0 = Monday
  const thursday = addDays(d, 3 - isoWeekday);
  const jan1 = utcMs(thursday.year, 1, 1);
  const week = Math.floor((utcMs(thursday.year, thursday.month, thursday.day) - jan1) / MS_PER_DAY / 7) + 1;
  return { year: thursday.year, week };
}

/** Monday of ISO week `week` of ISO year `year`. */
export function isoWeekStart(year: number, week: number): CalendarDay {
  const jan4 = { year, month: 1, day: 4 };
  const monday = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
  return addDays(monday, (week - 1) * 7);
}

/** Number of ISO weeks (52 or 53) in ISO year `year`. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf({ year, month: 12, day: 28 }).week;
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday (TIMEX3 `XXXX-WXX-1` is Monday). */
export function isoWeekday(d: CalendarDay): number {
  return weekdayOf(d) || 7;
}

/** Quarter (1..4) of a 1-based month. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** Zero-padded decimal; a negative number keeps its sign in front (`-0043` for 44 BCE). */
export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${s}` : s;
}

/** TIMEX3 year `YYYY` (astronomical numbering: year 0 is 1 BCE). */
export function fmtYear(year: number): string {
  return pad(year, 4);
}

/** TIMEX3 month `YYYY-MM`. */
export function fmtMonth(year: number, month: number): string {
  return `${fmtYear(year)}-${pad(month)}`;
}

/** TIMEX3 day `YYYY-MM-DD`. */
export function fmtDay(d: CalendarDay): string {
  return `${fmtMonth(d.year, d.month)}-${pad(d.day)}`;
}

/** TIMEX3 ISO week `YYYY-Www` of the week containing `d`. */
export function fmtWeek(d: CalendarDay): string {
  const { year, week } = isoWeekOf(d);
  return `${fmtYear(year)}-W${pad(week)}`;
}

/**
 * Reads a TIMEX3/ISO reference value (`1998-08-07`, `1998-08-07T14:30`, `19980807`) into a day and
 * an optional `HH:MM` wall-clock time. Throws on anything else: the reference is a programmer-supplied value.
 */
export function parseTimexReference(value: string): { day: CalendarDay; time: string | null } {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2})(?::?\d{2}(?:\.\d+)?)?)?/.exec(value.trim());
  if (!m) throw new Error(`invalid reference date: "${value}"`);
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!isValidDay(day.year, day.month, day.day)) throw new Error(`invalid reference date: "${value}"`);
  return { day, time: m[4] !== undefined && m[5] !== undefined ? `${m[4]}:${m[5]}` : null };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone (or `UTC`) this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== "string" || timeZone.length === 0) return false;
  if (formatters.has(timeZone)) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Offset of `timeZone` from UTC at instant `ms`, in minutes east of UTC
 * (Kathmandu +345, Los Angeles −420 in summer). Throws RangeError for an unknown zone.
 */
export function zoneOffsetMinutes(timeZone: string, ms: number): number {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return 0;
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? "0");
  const era = parts.find((p) => p.type === "era");
  const year = era ? 1 - get("year") : get("year");
  const wall = utcMs(year, get("month"), get("day"), get("hour") % 24, get("minute"), get("second"));
  return Math.round((wall - (ms - (ms % 1000 + 1000) % 1000)) / MS_PER_MINUTE);
}

/** The UTC instant of a wall-clock time in `timeZone` (the later reading wins in a DST overlap). */
export function wallClockToMs(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const wall = utcMs(year, month, day, hour, minute, second);
  return wall - wallClockOffsetMinutes(timeZone, wall) * MS_PER_MINUTE;
}

/**
 * Offset of `timeZone` (minutes east of UTC) that applies to the wall-clock reading `wallMs`
 * (the wall time read as if it were UTC) — the offset at the target instant, not at any reference.
 * Deterministic at transitions (as Temporal's "compatible"): in an overlap the earlier instant
 * (the larger offset) wins; in a gap the offset from before the change applies, so the time moves
 * forward by the gap (02:30 on a spring-forward night in Los Angeles → 03:30 PDT).
 */
export function wallClockOffsetMinutes(timeZone: string, wallMs: number): number {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return 0;
  // The offsets in force a day either side of the wall time bracket any single transition near it.
  const candidates = [...new Set([zoneOffsetMinutes(timeZone, wallMs - MS_PER_DAY), zoneOffsetMinutes(timeZone, wallMs + MS_PER_DAY)])];
  const valid = candidates.filter((o) => zoneOffsetMinutes(timeZone, wallMs - o * MS_PER_MINUTE) === o);
  return valid.length > 0 ? Math.max(...valid) : Math.min(...candidates);
}

export { MS_PER_DAY, MS_PER_MINUTE };
