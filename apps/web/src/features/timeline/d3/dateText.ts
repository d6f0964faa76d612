/**
 * Dates as people write them, at the precision they are known: "February 2022", "Q1 2022",
 * "7 April 2023", never a fake exact day. Everything is formatted in UTC from the interval start,
 * so the text never depends on the viewer's time zone.
 */
import { utcDay, utcFormat, utcHour, utcMinute, utcMonth, utcSecond, utcYear } from "d3";
import type { Precision, TimexMod } from "@dateline/schema";
import { formatYear } from "./ticks";

export interface DateLike {
  readonly value: string;
  readonly precision: Precision;
  readonly start: string;
  readonly end: string;
  readonly mod?: TimexMod | undefined;
}

const monthName = utcFormat("%B");
const dayMonth = utcFormat("%-d %B");
const hourMinute = utcFormat("%H:%M");
const hourMinuteSecond = utcFormat("%H:%M:%S");

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

const SEASONS: Record<number, string> = { 11: "winter", 0: "winter", 1: "winter", 2: "spring", 3: "spring", 4: "spring", 5: "summer", 6: "summer", 7: "summer", 8: "autumn", 9: "autumn", 10: "autumn" };

function day(d: Date): string {
  return `${dayMonth(d)} ${formatYear(d)}`;
}

/** The date without modifier, at its precision. */
function bareDate(precision: Precision, d: Date): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (precision) {
    case "millennium":
      return y > 0 ? `${ordinal(Math.floor(y / 1000) + 1)} millennium` : `${formatYear(d)} (millennium)`;
    case "century":
      return y > 0 ? `${ordinal(Math.floor(y / 100) + 1)} century` : `${formatYear(d)} (century)`;
    case "decade":
      return y >= 0 ? `${y - (y % 10)}s` : `${formatYear(d)} (decade)`;
    case "year":
      return formatYear(d);
    case "half":
      return `${m < 6 ? "first" : "second"} half of ${formatYear(d)}`;
    case "quarter":
      return `Q${Math.floor(m / 3) + 1} ${formatYear(d)}`;
    case "season":
      return `${SEASONS[m] ?? "season"} ${formatYear(d)}`;
    case "month":
      return `${monthName(d)} ${formatYear(d)}`;
    case "week":
      return `week of ${day(d)}`;
    case "day":
      return day(d);
    case "hour":
    case "minute":
      return `${day(d)}, ${hourMinute(d)} UTC`;
    case "second":
      return `${day(d)}, ${hourMinuteSecond(d)} UTC`;
  }
}

const MOD_PREFIX: Record<TimexMod, string> = {
  APPROX: "about ",
  BEFORE: "before ",
  AFTER: "after ",
  ON_OR_BEFORE: "on or before ",
  ON_OR_AFTER: "on or after ",
  LESS_THAN: "before ",
  MORE_THAN: "after ",
  EQUAL_OR_LESS: "on or before ",
  EQUAL_OR_MORE: "on or after ",
  START: "early ",
  MID: "mid ",
  END: "late ",
};

/** Where one unit of a precision that starts at `d` ends. */
const UNIT_END: Record<Precision, (d: Date) => Date> = {
  millennium: (d) => utcYear.offset(d, 1000),
  century: (d) => utcYear.offset(d, 100),
  decade: (d) => utcYear.offset(d, 10),
  year: (d) => utcYear.offset(d, 1),
  half: (d) => utcMonth.offset(d, 6),
  quarter: (d) => utcMonth.offset(d, 3),
  season: (d) => utcMonth.offset(d, 3),
  month: (d) => utcMonth.offset(d, 1),
  week: (d) => utcDay.offset(d, 7),
  day: (d) => utcDay.offset(d, 1),
  hour: (d) => utcHour.offset(d, 1),
  minute: (d) => utcMinute.offset(d, 1),
  second: (d) => utcSecond.offset(d, 1),
};

/**
 * A range at its precision: "2014 – 2022", "3–5 March 2023", "26 March 2023, 01:00–05:00 UTC".
 * `last` is the last instant covered (the exclusive end minus a millisecond).
 */
function bareRange(precision: Precision, first: Date, last: Date): string {
  const from = bareDate(precision, first);
  const to = bareDate(precision, last);
  if (from === to) return from;
  const sameDay = day(first) === day(last);
  if (precision === "day" && first.getUTCFullYear() === last.getUTCFullYear() && first.getUTCMonth() === last.getUTCMonth()) {
    return `${first.getUTCDate()}–${last.getUTCDate()} ${monthName(first)} ${formatYear(first)}`;
  }
  if ((precision === "hour" || precision === "minute") && sameDay) return `${day(first)}, ${hourMinute(first)}–${hourMinute(last)} UTC`;
  return `${from} – ${to}`;
}

/** "February 2022", "about 2019", "early 2022"; a range when the interval outlasts one unit ("2014 – 2022"). */
export function formatDate(date: DateLike): string {
  const start = new Date(date.start);
  const end = new Date(date.end);
  const text = end > UNIT_END[date.precision](start) ? bareRange(date.precision, start, new Date(end.getTime() - 1)) : bareDate(date.precision, start);
  return date.mod ? `${MOD_PREFIX[date.mod]}${text}` : text;
}

/** "February 2022 (month)": the date and the precision it is known to. */
export function formatDateWithPrecision(date: DateLike): string {
  return `${formatDate(date)} (${date.precision})`;
}

/** A document's publication instant at its precision; the full minute when the precision is unknown. */
export function formatPublished(iso: string, precision: Precision | null): string {
  return bareDate(precision ?? "minute", new Date(iso));
}

const rangeFormat = utcFormat("%-d %b %Y");
const rangeFormatHours = utcFormat("%-d %b %Y, %H:%M");
const THREE_DAYS_MS = 3 * 86_400_000;

/** The visible window as text ("6 Jan 2022 – 3 May 2023"), with clock times when under three days. */
export function formatViewRange([from, to]: readonly [Date, Date]): string {
  const hours = to.getTime() - from.getTime() < THREE_DAYS_MS;
  const format = hours ? rangeFormatHours : rangeFormat;
  return `${format(from)} – ${format(to)}${hours ? " UTC" : ""}`;
}
