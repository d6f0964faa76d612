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

/** `true` when the text just before `start` (within the clause) matches `re` (anchored at the end). */
export function before(ctx: Pick<ResolveContext, "text" | "start">, re: RegExp, width = 40): boolean {
  return re.test(ctx.text.slice(Math.max(0, ctx.start - width), ctx.start));
}

/** `true` when the text just after `end` matches `re` (anchored at the start). */
export function after(ctx: Pick<ResolveContext, "text" | "end">, re: RegExp, width = 40): boolean {
  return re.test(ctx.text.slice(ctx.end, ctx.end + width));
}

const FUTURE_CUE = /\b(?:will|won't|shall|going to|scheduled|due to|plans? to|planned|planning|expected to|expects? to|intends? to|is to|are to|set to|to be held|would be|would go|would leave|would travel|might|as soon as|until|postponed|upcoming|starting)\b|'ll\b/gi;
/**
 * Past cues. A word ending in -ed is past unless it is a future cue itself (`planned to leave
 * Thursday`, `is scheduled to close Monday`, `are expected to join in April`) or not a verb (`United States`, `a hundred`).
 */
const PAST_CUE = /\b(?:said|says|was|were|had|did|told|ago|last|yesterday|earlier|been|[a-z]{3,}ed)\b/gi;
const NOT_PAST = new Set(["scheduled", "planned", "postponed", "expected", "united", "limited", "hundred", "indeed", "proceed", "exceed", "succeed"]);
/** A past cue unless the -ed word is in `NOT_PAST` (checked after the match: a look-ahead in the pattern runs at every word). */
const isPastCue = (word: string): boolean => word.length < 6 || !NOT_PAST.has(word.toLowerCase());

function nearest(re: RegExp, sentence: string, at: number, keep: (word: string) => boolean = () => true): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (keep(m[0])) best = Math.min(best, Math.abs(m.index - at));
  }
  return best;
}

/** Tense of the clause around offset `at` of `sentence`: the nearest tense cue wins; past by default. */
export function tenseAt(sentence: string, at: number): Tense {
  const f = nearest(FUTURE_CUE, sentence, at);
  const p = nearest(PAST_CUE, sentence, at, isPastCue);
  if (f === Infinity && p === Infinity) return "past";
  return f < p ? "future" : "past";
}

/** Offsets of every future and past tense cue in a text, found in one pass each. */
export interface TenseCues {
  future: number[];
  past: number[];
}

/** Finds the tense cues of `text` once, so each mention's tense is a lookup. */
export function tenseCues(text: string): TenseCues {
  const all = (re: RegExp, keep: (word: string) => boolean = () => true): number[] => {
    const out: number[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (keep(m[0])) out.push(m.index);
    return out;
  };
  return { future: all(FUTURE_CUE), past: all(PAST_CUE, isPastCue) };
}

/** Distance from `at` to the nearest offset of sorted `cues` inside [lo, hi), or Infinity. */
function nearestCue(cues: readonly number[], at: number, lo: number, hi: number): number {
  let a = 0;
  let b = cues.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((cues[mid] as number) < at) a = mid + 1;
    else b = mid;
  }
  let best = Infinity;
  const after = cues[a];
  if (after !== undefined && after < hi) best = after - at;
  const before = cues[a - 1];
  if (before !== undefined && before >= lo) best = Math.min(best, at - before);
  return best;
}

/**
 * Tense at offset `at` from precomputed cues, looking only inside [lo, hi) (the clause window):
 * the nearest cue wins, past by default. Same answer as `tenseAt` on that window.
 */
export function tenseFromCues(cues: TenseCues, at: number, lo: number, hi: number): Tense {
  const f = nearestCue(cues.future, at, lo, hi);
  const p = nearestCue(cues.past, at, lo, hi);
  if (f === Infinity && p === Infinity) return "past";
  return f < p ? "future" : "past";
}
