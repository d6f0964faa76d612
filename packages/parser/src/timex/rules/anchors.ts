/**
 * Anchors: for rules whose every kept match holds one particular token (its month or unit word,
 * its hour), a test on that token and what touches it. The annotator scans a rule's window only
 * when one of the window's trigger tokens passes the anchor (or the window ends inside a token,
 * where a cut-off word could still match): a window without one can hold no match the rule keeps,
 * so skipping it changes nothing.
 *
 * Each anchor must pass for the token of EVERY match the rule's pattern finds and its `build`
 * keeps; they mirror the patterns in `calendar.ts`, `durations.ts` and `clock.ts`. Checked against
 * full scans in `test/timex/property.test.ts`.
 */
import { UNIT } from "../lexicon.js";

/**
 * `word`: a test on the token as written (cached per token); `at`, when given: a further test on
 * the token in place, `text[start, end)`, run only when `word` passes.
 */
export interface Anchor {
  word: (token: string) => boolean;
  at?: (text: string, start: number, end: number, token: string) => boolean;
}

/** A month word as a whole token (`MONTH_ANY` never runs on into a letter; digits may follow: `Jan5`). */
const MONTH_TOKEN =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?:\d|$)/i;
/** A unit word as a whole token (`UNIT` is followed by the right boundary or `-old`/`-long`). */
const UNIT_TOKEN = new RegExp(`^${UNIT}$`, "i");
const isCapital = (c: number): boolean => c >= 0x41 && c <= 0x5a;

/** Month rules whose `build` drops a month word not written with a capital (`may`, `march`). */
const capitalMonth: Anchor = { word: (token) => isCapital(token.charCodeAt(0)) && MONTH_TOKEN.test(token) };
const anyMonth: Anchor = { word: (token) => MONTH_TOKEN.test(token) };

/** The hour of a clock time: a named time, or 1-2 digits followed by what makes them a time. */
const NAMED_TIME = /^(?:noon|midnight|midday)$/i;
const HOUR_TOKEN = /^\d{1,2}(?:am|pm)?$/i;
const SUFFIXED_HOUR = /^\d{1,2}(?:am|pm)$/i;
const AFTER_HOUR =
  /(?:[:.]\d\d)?\s*(?:a\.m|p\.m|am|pm|o'clock|in\s+the\s+(?:morning|afternoon|evening))|:\d\d(?=\s+(?:GMT|UTC|[ECMP][SD]T|local|a\.m|p\.m))/iy;
const clockHour: Anchor = {
  word: (token) => NAMED_TIME.test(token) || HOUR_TOKEN.test(token),
  at: (text, _start, end, token) => {
    if (NAMED_TIME.test(token) || SUFFIXED_HOUR.test(token)) return true;
    AFTER_HOUR.lastIndex = end;
    return AFTER_HOUR.test(text);
  },
};

/** `two-year`, `multi-month`: the unit word right after a hyphen. */
const hyphenatedUnit: Anchor = { word: (token) => UNIT_TOKEN.test(token), at: (text, start) => text.charCodeAt(start - 1) === 0x2d };

/** Anchors by rule name. */
export const ANCHORS: Record<string, Anchor> = {
  "month-day": capitalMonth,
  "day-month": capitalMonth,
  "date-time": capitalMonth,
  "month-day-range": capitalMonth,
  "month-year": capitalMonth,
  month: capitalMonth,
  "week-of": anyMonth,
  "month-set": anyMonth,
  "duration-adjective": hyphenatedUnit,
  clock: clockHour,
};
