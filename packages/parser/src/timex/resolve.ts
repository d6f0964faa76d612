/**
 * Shared resolution helpers: shifting the reference by calendar units and choosing the year of
 * a month or day by tense.
 */
import {
  addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear, isoWeekday, quarterOf, type CalendarDay,
} from "../date/calendar.js";
import type { TimexMod } from "../types.js";
import type { Resolved, ResolveContext, Tense } from "./types.js";

/** Granularities a relative expression can be counted in. */
export type Granularity = "day" | "week" | "month" | "quarter" | "year" | "decade" | "century";

/** The value of `base` shifted by `n` units, written at that unit's precision. */
export function shiftValue(base: CalendarDay, unit: Granularity, n: number): string {
  switch (unit) {
    case "day":
      return fmtDay(addDays(base, n));
    case "week":
      return fmtWeek(addDays(base, 7 * n));
    case "month": {
      const t = addMonths(base, n);
      return fmtMonth(t.year, t.month);
    }
    case "quarter": {
      const index = base.year * 4 + quarterOf(base.month) - 1 + n;
      return `${fmtYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    case "year":
      return fmtYear(base.year + n);
    case "decade":
      return fmtYear(base.year + 10 * n).slice(0, 3);
    case "century":
      return fmtYear(base.year + 100 * n).slice(0, 2);
  }
}

/** A DATE resolved relative to the reference. */
export function relDate(base: CalendarDay, unit: Granularity, n: number, mod?: TimexMod): Resolved {
  const r: Resolved = { type: "DATE", value: shiftValue(base, unit, n), relative: true };
  if (mod) r.mod = mod;
  if (unit === "day") r.day = addDays(base, n);
  return r;
}

/**
 * The day a weekday (1 = Monday) names, seen from `ref`: in a past-tense clause the latest such
 * day on or before `ref`, in a future clause the next on or after it. `shift` forces the
 * previous (-1) or next (+1) week's day (`last Friday`, `next Friday`).
 */
export function weekdayDay(ref: CalendarDay, weekday: number, tense: Tense, shift: -1 | 0 | 1 = 0): CalendarDay {
  const today = isoWeekday(ref);
  if (shift === -1 || (shift === 0 && tense !== "future")) {
    let back = (today - weekday + 7) % 7;
    if (shift === -1 && back === 0) back = 7;
    return addDays(ref, -back);
  }
  let ahead = (weekday - today + 7) % 7;
  if (shift === 1 && ahead === 0) ahead = 7;
  return addDays(ref, ahead);
}

/**
 * The year of a month (and day) stated without one: in a past clause the latest such date on or
 * before the reference, in a future clause the next on or after it; `shift` -1/+1 for `last`/`next`.
 */
export function yearFor(ref: CalendarDay, month: number, day: number | null, tense: Tense, shift: -1 | 0 | 1 = 0): number {
  const cmp = month - ref.month || (day === null ? 0 : day - ref.day);
  if (shift === -1) return cmp < 0 ? ref.year : ref.year - 1;
  if (shift === 1) return cmp > 0 ? ref.year : ref.year + 1;
  // Otherwise the nearest such date (news rarely reaches more than half a year away), counting
  // distances against the tense double: a past clause prefers the past, a future one the future.
  const at = (y: number) => (y - ref.year) * 12 + (month - ref.month) + (day === null ? 0 : (day - ref.day) / 31);
  const cost = (dist: number) => Math.abs(dist) * ((dist > 0 && tense === "past") || (dist < 0 && tense === "future") ? 2 : 1);
  let best = ref.year;
  for (const y of [ref.year - 1, ref.year + 1]) if (cost(at(y)) < cost(at(best))) best = y;
  return best;
}

/** The year of the latest such month (and day) on or before the reference (`since March`, `ended Oct. 31`). */
export function yearNotAfter(ref: CalendarDay, month: number, day: number | null): number {
  return month < ref.month || (month === ref.month && (day === null || day <= ref.day)) ? ref.year : ref.year - 1;
}

/** `true` when the text just before `start` (within the clause) matches `re` (anchored at the end). */
export function before(ctx: Pick<ResolveContext, "text" | "start">, re: RegExp, width = 40): boolean {
  return re.test(ctx.text.slice(Math.max(0, ctx.start - width), ctx.start));
}

/** `true` when the text just after `end` matches `re` (anchored at the start). */
export function after(ctx: Pick<ResolveContext, "text" | "end">, re: RegExp, width = 40): boolean {
  return re.test(ctx.text.slice(ctx.end, ctx.end + width));
}
