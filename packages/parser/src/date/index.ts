/**
 * `@dateline/parser/date`: the one home of date precision. TIMEX3 values at a precision, the UTC
 * interval a value covers (real month lengths, ISO weeks), reference-date parsing and zone offsets.
 * Free of chrono-node, so client bundles can import it.
 */
export type { DateValue, Precision, TimexMod, TimexType } from "../types.js";
export {
  type CalendarDay,
  addDays,
  addMonths,
  daysInMonth,
  isValidDay,
  isValidTimeZone,
  isoWeekOf,
  isoWeekStart,
  wallClockToMs,
  weekdayOf,
  zoneOffsetMinutes,
} from "./calendar.js";
export {
  type DateParts,
  type DurationUnit,
  type Season,
  PRECISIONS,
  TIMEX_MODS,
  YEAR_MAX,
  YEAR_MIN,
  comparePrecision,
  formatDuration,
  formatValue,
  intervalMs,
  isTimexValue,
  isValidParts,
  partsOfDateValue,
  toDateValue,
} from "./value.js";
export { type ReferenceDate, parseReferenceDate } from "./iso.js";
