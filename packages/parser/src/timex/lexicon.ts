/**
 * English vocabulary of temporal expressions: number words, units, months, weekdays, seasons,
 * and the regular-expression sources built from them. Sources are plain strings so rules can
 * compose them; every group here is non-capturing.
 */

const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
};

const alt = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.]/g, "\\.")).join("|");

/** Cardinal number words up to ninety-nine (`twenty-four`, `twenty four`). */
export const NUMBER_WORD = `(?:(?:${alt(Object.keys(TENS_WORDS))})(?:[- ](?:${alt(Object.keys(UNITS_WORDS).filter((w) => UNITS_WORDS[w]! < 10 && w !== "zero"))}))?|${alt(Object.keys(UNITS_WORDS))})`;

/** A count: digits, `5 1/2`, number words, `a`, `an`, `(a) couple of`, `a dozen`, `hundreds of`. */
export const COUNT = `(?:\\d+(?:\\.\\d+)?(?:\\s+1/2)?|${NUMBER_WORD}(?:\\s+(?:hundred|thousand))?(?:\\s+and\\s+a\\s+half)?|(?:a\\s+)?couple\\s+of|a\\s+dozen|a\\s+hundred|an?)`;

/** Vague counts (`several`, `a few`): the duration value gets an `X` quantity. */
export const VAGUE = `(?:several|a\\s+few|few|some|many|a\\s+number\\s+of|numerous|a\\s+couple\\s+of)`;

/**
 * Reads a count phrase as a number; `null` for vague counts. `5 1/2` → 5.5, `a couple of` → 2.
 */
export function countValue(phrase: string): number | null {
  const s = phrase.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^(?:an?|one)$/.test(s)) return 1;
  if (s === "a couple of" || s === "couple of") return 2; // `the next couple of years`
  if (s === "a dozen") return 12;
  if (s === "a hundred") return 100;
  const digits = /^(\d+(?:\.\d+)?)(?: 1\/2)?$/.exec(s);
  if (digits) return Number(digits[1]) + (s.endsWith("1/2") ? 0.5 : 0);
  const half = s.endsWith(" and a half") ? 0.5 : 0;
  const core = half ? s.slice(0, -" and a half".length) : s;
  const parts = core.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    // `two thousand years`: a multiplier scales the count read so far.
    if (p === "hundred" || p === "thousand") {
      total *= p === "hundred" ? 100 : 1000;
      continue;
    }
    const v = UNITS_WORDS[p] ?? TENS_WORDS[p];
    if (v === undefined) return null;
    total += v;
  }
  return total + half;
}

/** TIMEX3 duration unit letters by unit word stem. */
export const UNIT_LETTER: Record<string, string> = {
  second: "S", minute: "M", hour: "H", day: "D", night: "D", week: "W", weekend: "WE", fortnight: "W",
  month: "M", quarter: "Q", year: "Y", decade: "DE", century: "CE", millennium: "ML",
};

/** Unit words, singular or plural. */
export const UNIT = "(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millenni(?:um|a))";

/** Singular stem of a unit word (`centuries` → `century`). */
export function unitStem(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith("centur")) return "century";
  if (w.startsWith("millenni")) return "millennium";
  return w.replace(/s$/, "");
}

/** Whether a unit is below a day (goes after `T` in a TIMEX3 duration). */
export function isTimeUnit(stem: string): boolean {
  return stem === "second" || stem === "minute" || stem === "hour";
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  "jan.": 1, "feb.": 2, "febr.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8,
  "sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Full month names (also valid alone). */
export const MONTH_FULL = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** Month names and abbreviations (abbreviations only where a day or year follows). */
export const MONTH_ANY = `(?:${alt(Object.keys(MONTHS))})(?![a-z])`;

/** 1-based month of a month word (`Sept.` → 9). */
export function monthValue(word: string): number | null {
  const w = word.toLowerCase();
  return MONTHS[w] ?? MONTHS[w.replace(/\.$/, "")] ?? null;
}

const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
/** Weekday names. */
export const WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

/** ISO weekday (1 = Monday) of a weekday word, plural allowed. */
export function weekdayValue(word: string): number | null {
  return WEEKDAYS[word.toLowerCase().replace(/s$/, "")] ?? null;
}

/** Ordinal word → number (`third` → 3). */
export function ordinalValue(word: string): number | null {
  return ORDINAL_WORDS[word.toLowerCase()] ?? null;
}
/** Ordinals first..twelfth. */
export const ORDINAL = `(?:${alt(Object.keys(ORDINAL_WORDS))})`;

const DAY_ORDINAL_WORDS: Record<string, number> = {
  ...Object.fromEntries(Object.entries(ORDINAL_WORDS).filter(([w]) => /^[a-z]+$/.test(w))),
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const ORDINAL_UNITS = Object.keys(ORDINAL_WORDS).filter((w) => /^[a-z]+$/.test(w) && ORDINAL_WORDS[w]! < 10);
/** A day of the month in words: `eighth`, `twenty-first`, `thirty first` (spoken dates: `March eighth`). */
export const DAY_ORDINAL = `(?:(?:twenty|thirty)[- ](?:${alt(ORDINAL_UNITS)})|${alt(Object.keys(DAY_ORDINAL_WORDS))})`;

/** Day of the month of a spelled ordinal (`twenty-first` → 21), or null. */
export function dayOrdinalValue(phrase: string): number | null {
  const s = phrase.toLowerCase().replace(/\s+/g, " ").trim();
  const compound = /^(twenty|thirty)[- ](\w+)$/.exec(s);
  if (compound) {
    const unit = ORDINAL_WORDS[compound[2] ?? ""];
    return unit === undefined ? null : (compound[1] === "twenty" ? 20 : 30) + unit;
  }
  return DAY_ORDINAL_WORDS[s] ?? null;
}

/** Seasons and their TIMEX3 codes. */
export const SEASONS: Record<string, string> = { spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI" };
/** Season words. */
export const SEASON = "(?:spring|summer|fall|autumn|winter)";

/** Parts of the day and their TIMEX3 codes. */
export const DAY_PARTS: Record<string, string> = {
  morning: "MO", afternoon: "AF", evening: "EV", night: "NI", overnight: "NI",
};

/** Decade words (`the nineties`). */
export const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** Spelled years: `nineteen ninety-six` → 1996, `two thousand` → 2000. */
export const SPELLED_YEAR = `(?:nineteen[- ]${NUMBER_WORD}|two\\s+thousand(?:\\s+and\\s+${NUMBER_WORD})?)`;

/** Value of a spelled year, or null. */
export function spelledYearValue(phrase: string): number | null {
  const s = phrase.toLowerCase().replace(/\s+/g, " ").trim();
  const two = /^two thousand(?: and (.+))?$/.exec(s);
  if (two) return 2000 + (two[1] ? countValue(two[1]) ?? 0 : 0);
  const nineteen = /^nineteen[- ](.+)$/.exec(s);
  if (!nineteen?.[1]) return null;
  const rest = countValue(nineteen[1]);
  return rest === null || rest < 10 ? null : 1900 + rest;
}

/**
 * What joins the two ends of a range, alone between them: `2014 to 2022`, `1 a.m. - 5 a.m.`,
 * `between May and June`, `Monday thru Friday`. One pattern for the TimeML annotation (the
 * first end borrows year, day and zone) and for the event's interval over both ends.
 */
export const RANGE_JOIN = /^\s*(?:to|until|till|through|thru|and|-|–|—)\s*$/i;
