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

/** Characters a regular-expression `\s` matches. */
const SPACE = /\s/;
/** Start of the whitespace run that ends at `at` (`at` itself when there is none). */
function spaceBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && SPACE.test(text.charAt(i - 1))) i--;
  return i;
}
/** An ASCII capital lower-cased; any other code unit as it is. */
const lower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
/**
 * Whether `text[..at)` ends with `word` (lower-case ASCII letters without `k`, so no other
 * character lower-cases into one of them), case aside. Read by code, without slicing: anchors run
 * for every month token.
 */
function endsWith(text: string, at: number, word: string): boolean {
  if (at < word.length) return false;
  for (let k = 0; k < word.length; k++) if (lower(text.charCodeAt(at - word.length + k)) !== word.charCodeAt(k)) return false;
  return true;
}
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Whether `text[..at)` ends with a digit, or a digit and `st`/`nd`/`rd`/`th` (`/\d(?:st|nd|rd|th)?$/i`). */
const endsWithDayNumber = (text: string, at: number): boolean =>
  isDigit(text.charCodeAt(at - 1)) ||
  (isDigit(text.charCodeAt(at - 3)) && ["st", "nd", "rd", "th"].some((suffix) => endsWith(text, at, suffix)));

/** End of the whitespace run that starts at `at` (`at` itself when there is none). */
function spaceAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && SPACE.test(text.charAt(i))) i++;
  return i;
}
/** Whether `text` has `word` at `at`, case aside (see `endsWith`). */
const startsWith = (text: string, at: number, word: string): boolean => endsWith(text, at + word.length, word);
/** After an optional `.` that follows the month word. */
const pastDot = (text: string, end: number): number => (text.charCodeAt(end) === 0x2e ? end + 1 : end);

/**
 * A capitalised month word followed by what `after` finds right after it (read by code: anchors
 * run for every month token); a token like `Jan5` holds its digits, so it passes.
 */
const monthThen = (after: (text: string, end: number) => boolean): Anchor => ({
  word: capitalMonth.word,
  at: (text, _start, end, token) => isDigit(token.charCodeAt(token.length - 1)) || after(text, end),
});
/** `month-day`, `month-day-range`: `MONTH_ANY\.?\s*\d` (`March 3`, `Jan. 5-7`). */
const monthThenDay = monthThen((text, end) => isDigit(text.charCodeAt(spaceAfter(text, pastDot(text, end)))));
/**
 * `date-time`: `March 3, 2023, at 14:30` or `24 Feb 2022 05:00`: a number follows the month either
 * way, `/\.?[\s,]*(?:at\s+)?\d/i`.
 */
const monthThenNumber = monthThen((text, end) => {
  let i = pastDot(text, end);
  while (i < text.length && (text.charCodeAt(i) === 0x2c || SPACE.test(text.charAt(i)))) i++;
  if (isDigit(text.charCodeAt(i))) return true;
  if (!startsWith(text, i, "at")) return false;
  const digit = spaceAfter(text, i + 2);
  return digit > i + 2 && isDigit(text.charCodeAt(digit));
});
/**
 * `month-year`: the month, then `of`/comma and a year (digits, spelled, `this/last/next year`):
 * `/\.?(?:\s+of)?,?\s+(?:\d|nineteen|two|this|last|next)/i`.
 */
const YEAR_WORDS = ["nineteen", "two", "this", "last", "next"];
const yearAt = (text: string, at: number): boolean => {
  if (isDigit(text.charCodeAt(at))) return true;
  for (let k = 0; k < YEAR_WORDS.length; k++) if (startsWith(text, at, YEAR_WORDS[k] as string)) return true;
  return false;
};
/** `,?\s+` then a year at `at`. */
const commaSpaceYear = (text: string, at: number): boolean => {
  const comma = text.charCodeAt(at) === 0x2c ? at + 1 : at;
  const year = spaceAfter(text, comma);
  return year > comma && yearAt(text, year);
};
const monthThenYear = monthThen((text, end) => {
  const dot = pastDot(text, end);
  if (commaSpaceYear(text, dot)) return true;
  const of = spaceAfter(text, dot);
  return of > dot && startsWith(text, of, "of") && commaSpaceYear(text, of + 2);
});
/** `day-month`: `\d(?:st|nd|rd|th)?\s+(?:of\s+)?` before the month (`7 August`, `the 5th of May`). */
const dayThenMonth: Anchor = {
  word: capitalMonth.word,
  at: (text, start) => {
    const gap = spaceBefore(text, start);
    if (gap === start) return false;
    if (endsWithDayNumber(text, gap)) return true;
    if (!endsWith(text, gap, "of")) return false;
    const before = spaceBefore(text, gap - 2);
    return before < gap - 2 && endsWithDayNumber(text, before);
  },
};
/** `week-of` (`the week of March 5`) and `month-set` (`every May`): a word, then spaces, before the month. */
/** `month-day-and`: the `and`/`or` joining two days, a digit after it (`April 24 and 25`). */
const joinThenDigit: Anchor = {
  word: (token) => /^(?:and|or)$/i.test(token),
  at: (text, _start, end) => isDigit(text.charCodeAt(spaceAfter(text, end))),
};
const afterWord = (words: readonly string[]): Anchor => ({
  word: anyMonth.word,
  at: (text, start) => {
    const gap = spaceBefore(text, start);
    if (gap === start) return false;
    for (let k = 0; k < words.length; k++) if (endsWith(text, gap, words[k] as string)) return true;
    return false;
  },
});

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
  "month-day": monthThenDay,
  "day-month": dayThenMonth,
  "date-time": monthThenNumber,
  "month-day-range": monthThenDay,
  "month-day-and": joinThenDigit,
  "month-year": monthThenYear,
  month: capitalMonth,
  "week-of": afterWord(["of"]),
  "month-set": afterWord(["every", "each"]),
  "duration-adjective": hyphenatedUnit,
  clock: clockHour,
};
