/**
 * Calendar arithmetic on plain year/month/day triples (months 1-based), in the proleptic
 * Gregorian calendar, with no time zone: TIMEX3 values are wall-calendar values.
 * `Date.UTC` is used only as a day counter, never for "now".
 */

/** A calendar day; `m` is 1-based (1 = January). */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

function toMs(y: number, m: number, d: number): number {
  const ms = Date.UTC(2000, m - 1, d);
  // Date.UTC maps years 0..99 to 1900..1999: set the year separately.
  const date = new Date(ms);
  date.setUTCFullYear(y + date.getUTCFullYear() - 2000);
  return date.getTime();
}

function fromMs(ms: number): Ymd {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** `day` shifted by `n` days (negative to go back). */
export function addDays(day: Ymd, n: number): Ymd {
  return fromMs(toMs(day.y, day.m, day.d) + n * DAY_MS);
}

/** Year and month `n` months after `y`-`m` (negative to go back). */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (((index % 12) + 12) % 12) + 1 };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: Ymd): number {
  const js = new Date(toMs(day.y, day.m, day.d)).getUTCDay();
  return js === 0 ? 7 : js;
}

/** ISO-8601 week-numbering year and week (1..53) of a day. */
export function isoWeek(day: Ymd): { y: number; w: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = toMs(thursday.y, 1, 1);
  const w = Math.floor((toMs(thursday.y, thursday.m, thursday.d) - jan1) / DAY_MS / 7) + 1;
  return { y: thursday.y, w };
}

/** Number of days in month `m` of year `y`. */
export function daysInMonth(y: number, m: number): number {
  const next = addMonths(y, m, 1);
  return Math.round((toMs(next.y, next.m, 1) - toMs(y, m, 1)) / DAY_MS);
}

/** Quarter (1..4) of a 1-based month. */
export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** Zero-padded decimal. */
export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${s}` : s;
}

/** `YYYY`. */
export function fmtYear(y: number): string {
  return pad(y, 4);
}

/** `YYYY-MM`. */
export function fmtMonth(y: number, m: number): string {
  return `${fmtYear(y)}-${pad(m)}`;
}

/** `YYYY-MM-DD`. */
export function fmtDay(day: Ymd): string {
  return `${fmtMonth(day.y, day.m)}-${pad(day.d)}`;
}

/** ISO week value `YYYY-Www` of the week containing `day`. */
export function fmtWeek(day: Ymd): string {
  const { y, w } = isoWeek(day);
  return `${fmtYear(y)}-W${pad(w)}`;
}

/** Whether y-m-d names a real calendar day. */
export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * Reads a TIMEX3/ISO reference value (`1998-08-07`, `1998-08-07T14:30`, `19980807`) into a day and
 * an optional `HH:MM` time. Throws on anything else: the reference is a programmer-supplied value.
 */
export function parseReference(value: string): { day: Ymd; time: string | null } {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2})(?::?\d{2}(?:\.\d+)?)?)?/.exec(value.trim());
  if (!m) throw new Error(`invalid reference date: "${value}"`);
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (!isValidDay(day.y, day.m, day.d)) throw new Error(`invalid reference date: "${value}"`);
  return { day, time: m[4] !== undefined && m[5] !== undefined ? `${m[4]}:${m[5]}` : null };
}
