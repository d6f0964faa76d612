import { isTimex3Value } from "../timex/syntax.js";
import type { DateValue, Precision, TimexMod } from "../types.js";
import {
  MS_PER_MINUTE,
  addDays,
  addMonths,
  isoWeekStart,
  isoWeeksInYear,
  utcMs,
} from "./calendar.js";

/** All precisions, coarse → fine (the one list: the schema package's zod enum reads it). */
export const PRECISIONS = [
  "millennium",
  "century",
  "decade",
  "year",
  "half",
  "quarter",
  "season",
  "month",
  "week",
  "day",
  "hour",
  "minute",
  "second",
] as const satisfies readonly Precision[];

/** Every TIMEX3 `mod` value (the schema package's zod enum reads it). */
export const TIMEX_MODS = [
  "APPROX",
  "BEFORE",
  "AFTER",
  "ON_OR_BEFORE",
  "ON_OR_AFTER",
  "LESS_THAN",
  "MORE_THAN",
  "EQUAL_OR_LESS",
  "EQUAL_OR_MORE",
  "START",
  "MID",
  "END",
] as const satisfies readonly TimexMod[];

/** Compile-time proof that the lists name every member of their unions. */
type Missing<Union, List extends readonly unknown[]> = Exclude<Union, List[number]>;
const everyPrecision: Missing<Precision, typeof PRECISIONS> extends never ? true : never = true;
const everyMod: Missing<TimexMod, typeof TIMEX_MODS> extends never ? true : never = true;
void everyPrecision;
void everyMod;

/** Negative when `a` is coarser than `b`, 0 when equal, positive when finer. */
export function comparePrecision(a: Precision, b: Precision): number {
  return PRECISIONS.indexOf(a) - PRECISIONS.indexOf(b);
}

/** TIMEX3 season codes: spring, summer, fall, winter (winter starts in December of `year`). */
export type Season = "SP" | "SU" | "FA" | "WI";

/**
 * The parts of a date that a precision needs. Months are 1-based. Only the parts up to the
 * precision are read: `{ year: 2022, month: 2 }` at precision `month` is "2022-02".
 * `week` is an ISO week of ISO year `year`; `quarter` 1..4; `half` 1..2.
 * `hour`/`minute`/`second` are wall-clock time in the zone whose offset is passed to `toDateValue`.
 */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  week?: number;
  quarter?: number;
  half?: number;
  season?: Season;
}

/**
 * Years a date value can hold, astronomically numbered: year 0 is 1 BCE, −752 is 753 BCE (written
 * `-0752`; the TIMEX3 value of a mention keeps its `BC0753` form). Decades, centuries and millennia
 * are Common Era only.
 */
export const YEAR_MIN = -9998;
export const YEAR_MAX = 9999;

// A negative number keeps its sign in front (`-0043`), as calendar.ts writes it.
const pad = (n: number, width = 2): string => (n < 0 ? "-" : "") + String(Math.abs(n)).padStart(width, "0");

function need(parts: DateParts, key: keyof DateParts, precision: Precision): number {
  const v = parts[key];
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw new Error(`date parts lack ${key} for precision ${precision}: ${JSON.stringify(parts)}`);
  }
  return v;
}

/**
 * TIMEX3 value of `parts` at `precision`: `2022` (year), `2022-H1`, `2022-Q1`, `2022-SU`, `2022-02`,
 * `2022-W07`, `2023-04-07`, `2023-04-07T06`, `2023-04-07T06:05`, `2023-04-07T06:05:09`; decades,
 * centuries and millennia are the leading digits (`199`, `19`, `1`).
 */
export function formatValue(parts: DateParts, precision: Precision): string {
  const { year } = parts;
  if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) {
    throw new Error(`year out of range: ${year}`);
  }
  if (year < 0 && (precision === "millennium" || precision === "century" || precision === "decade")) {
    throw new Error(`no ${precision} value before the Common Era: ${year}`);
  }
  const y = pad(year, 4);
  switch (precision) {
    case "millennium":
      return y.slice(0, 1);
    case "century":
      return y.slice(0, 2);
    case "decade":
      return y.slice(0, 3);
    case "year":
      return y;
    case "half":
      return `${y}-H${need(parts, "half", precision)}`;
    case "quarter":
      return `${y}-Q${need(parts, "quarter", precision)}`;
    case "season":
      if (!parts.season) throw new Error(`date parts lack season: ${JSON.stringify(parts)}`);
      return `${y}-${parts.season}`;
    case "month":
      return `${y}-${pad(need(parts, "month", precision))}`;
    case "week":
      return `${y}-W${pad(need(parts, "week", precision))}`;
    case "day":
      return `${y}-${pad(need(parts, "month", precision))}-${pad(need(parts, "day", precision))}`;
    case "hour":
      return `${formatValue(parts, "day")}T${pad(need(parts, "hour", precision))}`;
    case "minute":
      return `${formatValue(parts, "hour")}:${pad(need(parts, "minute", precision))}`;
    case "second":
      return `${formatValue(parts, "minute")}:${pad(need(parts, "second", precision))}`;
  }
}

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * The interval `[start, end)` covered by `parts` at `precision`, as epoch milliseconds.
 * Calendar precisions (day and coarser) cover whole UTC calendar days; hour/minute/second are
 * wall-clock readings shifted by `offsetMinutes` (minutes east of UTC) to UTC.
 * Months have their real lengths: February 2022 is 28 days.
 */
export function intervalMs(parts: DateParts, precision: Precision, offsetMinutes = 0): [number, number] {
  const { year } = parts;
  const span = (fromYear: number, years: number): [number, number] => [utcMs(fromYear), utcMs(fromYear + years)];
  switch (precision) {
    case "millennium":
      return span(Math.floor(year / 1000) * 1000, 1000);
    case "century":
      return span(Math.floor(year / 100) * 100, 100);
    case "decade":
      return span(Math.floor(year / 10) * 10, 10);
    case "year":
      return span(year, 1);
    case "half": {
      const m = (need(parts, "half", precision) - 1) * 6 + 1;
      return [utcMs(year, m), utcMs(year, m + 6)];
    }
    case "quarter": {
      const m = (need(parts, "quarter", precision) - 1) * 3 + 1;
      return [utcMs(year, m), utcMs(year, m + 3)];
    }
    case "season": {
      if (!parts.season) throw new Error(`date parts lack season: ${JSON.stringify(parts)}`);
      const m = SEASON_START[parts.season];
      return [utcMs(year, m), utcMs(year, m + 3)];
    }
    case "month": {
      const m = need(parts, "month", precision);
      const next = addMonths({ year, month: m, day: 1 }, 1);
      return [utcMs(year, m), utcMs(next.year, next.month)];
    }
    case "week": {
      const monday = isoWeekStart(year, need(parts, "week", precision));
      const next = addDays(monday, 7);
      return [utcMs(monday.year, monday.month, monday.day), utcMs(next.year, next.month, next.day)];
    }
    case "day": {
      const d = { year, month: need(parts, "month", precision), day: need(parts, "day", precision) };
      const next = addDays(d, 1);
      return [utcMs(d.year, d.month, d.day), utcMs(next.year, next.month, next.day)];
    }
    case "hour":
    case "minute":
    case "second": {
      const month = need(parts, "month", precision);
      const day = need(parts, "day", precision);
      const hour = need(parts, "hour", precision);
      const minute = precision === "hour" ? 0 : need(parts, "minute", precision);
      const second = precision === "second" ? need(parts, "second", precision) : 0;
      const start = utcMs(year, month, day, hour, minute, second) - offsetMinutes * MS_PER_MINUTE;
      const length = precision === "hour" ? 3_600_000 : precision === "minute" ? 60_000 : 1000;
      return [start, start + length];
    }
  }
}

/** Checks that `parts` name a real date at `precision` (e.g. no 2023-02-30, no week 53 of 2022). */
export function isValidParts(parts: DateParts, precision: Precision): boolean {
  try {
    formatValue(parts, precision);
  } catch {
    return false;
  }
  const fine = comparePrecision(precision, "day") >= 0;
  if (comparePrecision(precision, "month") >= 0 && precision !== "week") {
    const m = parts.month ?? 0;
    if (m < 1 || m > 12) return false;
  }
  if (fine) {
    const [start] = intervalMs(parts, "day");
    const back = new Date(start);
    if (back.getUTCDate() !== parts.day || back.getUTCMonth() + 1 !== parts.month) return false;
  }
  if (precision === "week" && (parts.week ?? 0) > isoWeeksInYear(parts.year)) return false;
  if (precision === "week" && (parts.week ?? 0) < 1) return false;
  if (precision === "quarter" && ![1, 2, 3, 4].includes(parts.quarter ?? 0)) return false;
  if (precision === "half" && ![1, 2].includes(parts.half ?? 0)) return false;
  const h = parts.hour ?? 0;
  const mi = parts.minute ?? 0;
  const s = parts.second ?? 0;
  return h >= 0 && h < 24 && mi >= 0 && mi < 60 && s >= 0 && s < 60;
}

/**
 * A `DateValue` (TIMEX3 value + precision + UTC interval) for `parts` at `precision`.
 * `offsetMinutes` (east of UTC) applies to hour/minute/second precisions only.
 * Throws when the parts do not name a real date.
 */
export function toDateValue(parts: DateParts, precision: Precision, offsetMinutes = 0, mod?: TimexMod): DateValue {
  // Memoised (documents repeat their dates); callers get a fresh object each time.
  const key = `${precision}|${parts.year}|${parts.month}|${parts.day}|${parts.hour}|${parts.minute}|${parts.second}|${parts.week}|${parts.quarter}|${parts.half}|${parts.season}|${offsetMinutes}|${mod}`;
  const hit = memo.get(key);
  if (hit) return { ...hit };
  const value = computeDateValue(parts, precision, offsetMinutes, mod);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return { ...value };
}

const MEMO_LIMIT = 4096;
const memo = new Map<string, DateValue>();

function computeDateValue(parts: DateParts, precision: Precision, offsetMinutes: number, mod?: TimexMod): DateValue {
  if (!isValidParts(parts, precision)) {
    throw new Error(`invalid date at ${precision}: ${JSON.stringify(parts)}`);
  }
  const [start, end] = intervalMs(parts, precision, offsetMinutes);
  const value: DateValue = {
    value: formatValue(parts, precision),
    precision,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
  };
  if (mod) value.mod = mod;
  return value;
}

// The TIMEX3 rules also write part-of-day, weekend, BC, quarter-set and season-set values.
const DATE_VALUE =
  /^(?:\d{1,3}|\d{4}(?:-(?:H[12]|Q[1-4]|SP|SU|FA|WI|W(?:0[1-9]|[1-4]\d|5[0-3])|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?)?)?)?))?)$/;
const DURATION_VALUE = /^P(?:(?:\d+(?:\.\d+)?|X)[YMWDLCE]|(?:\d+(?:\.\d+)?|X)(?:DE|CE|ML))*(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?$/;
const SET_VALUE = /^(?:XXXX(?:-(?:XX|WXX|\d{2}))?(?:-(?:XX|\d{2}|\d))?(?:T[\d:X]+)?|P\S+)$/;
const REF_VALUE = /^(?:PRESENT_REF|PAST_REF|FUTURE_REF)$/;

/** True when `value` is valid TIMEX3 value syntax (a date, time, duration, set or reference). */
export function isTimexValue(value: string): boolean {
  return DATE_VALUE.test(value) || REF_VALUE.test(value) || (DURATION_VALUE.test(value) && value !== "P") || SET_VALUE.test(value) || isTimex3Value(value);
}

/** Units a TIMEX3 duration can count. */
export type DurationUnit = "second" | "minute" | "hour" | "day" | "week" | "month" | "quarter" | "year" | "decade" | "century";

/**
 * TIMEX3 duration value: `P3Y`, `P2W`, `PT2H`, `P6M` (a quarter is three months, a decade ten years).
 * `amount` null means an unspecified number (`several years` → `PXY`).
 */
export function formatDuration(amount: number | null, unit: DurationUnit): string {
  const [designator, factor] = DURATION_UNITS[unit];
  const n = amount === null ? "X" : String(Math.round(amount * factor * 1000) / 1000);
  return designator.startsWith("T") ? `PT${n}${designator.slice(1)}` : `P${n}${designator}`;
}

/** TIMEX3 designator (T-prefixed for clock units) and how many of it one unit is. */
const DURATION_UNITS: Record<DurationUnit, [string, number]> = {
  second: ["TS", 1],
  minute: ["TM", 1],
  hour: ["TH", 1],
  day: ["D", 1],
  week: ["W", 1],
  month: ["M", 1],
  quarter: ["M", 3],
  year: ["Y", 1],
  decade: ["Y", 10],
  century: ["Y", 100],
};

const VALUE_PARTS =
  /^(-?\d{4})(?:-(?:H([12])|Q([1-4])|(SP|SU|FA|WI)|W(\d{2})|(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2}))?)?)?)?))?$/;

/**
 * The parts of a value `formatValue` writes at `precision` (its inverse): null when `value` is not
 * the value of a real date at that precision (`2023-02-30`, `2022-Q5`, a month at year precision).
 */
export function partsOfDateValue(value: string, precision: Precision): DateParts | null {
  const coarse = { millennium: 1000, century: 100, decade: 10 } as Partial<Record<Precision, number>>;
  const factor = coarse[precision];
  let parts: DateParts | null = null;
  if (factor !== undefined) {
    if (/^\d+$/.test(value)) parts = { year: Number(value) * factor };
  } else {
    const m = VALUE_PARTS.exec(value);
    if (m?.[1]) {
      const p: DateParts = { year: Number(m[1]) };
      const fields = ["half", "quarter", "season", "week", "month", "day", "hour", "minute", "second"] as const;
      fields.forEach((field, i) => {
        const s = m[i + 2];
        if (s === undefined) return;
        if (field === "season") p.season = s as Season;
        else p[field] = Number(s);
      });
      parts = p;
    }
  }
  if (!parts || !isValidParts(parts, precision)) return null;
  return formatValue(parts, precision) === value ? parts : null;
}
