/**
 * Shared pieces of the TIMEX3 recognition rules: regular-expression fragments, the `rule()`
 * constructor with its per-rule triggers, and the resolution helpers the rule groups share.
 */
import { addDays, fmtDay, isValidDay, isoWeekday, quarterOf, type CalendarDay } from "../../date/calendar.js";
import { DAY_PARTS, UNIT_LETTER, isTimeUnit, weekdayValue } from "../lexicon.js";
import { weekdayDay, yearFor, yearNotAfter, type Granularity } from "../resolve.js";
import type { TimexMod } from "../../types.js";
import type { Candidate, Resolved, ResolveContext } from "../types.js";
import { ANCHORS, type Anchor } from "./anchors.js";

/**
 * How far back (characters before the sentence) a quarter still frames `a year ago`: in earnings
 * reports `compared with $1.2 million a year earlier` means the same quarter a year before.
 */
export const QUARTER_REACH = 300;

/** A recognition rule: a global pattern and a builder for its matches. */
export interface Rule {
  name: string;
  pattern: RegExp;
  priority: number;
  /**
   * A test on a lower-case word token that every match contains, with how far a match can reach
   * before and after it: the annotator runs `pattern` only in windows around such tokens.
   */
  trigger: { pattern: RegExp; before: number; after: number; anchor?: Anchor } | null;
  build(m: RegExpExecArray): Omit<Candidate, "rule" | "priority"> | null;
}

export const B = "(?<![\\w'’-])"; // left word boundary that also refuses hyphen/apostrophe joins
export const E = "(?![\\w’])"; // right boundary

export const YEAR4 = "(?:1[6-9]\\d\\d|20\\d\\d)";
export const APPROX_PREFIX = "(?:about|around|approximately|roughly|nearly|almost|some|more\\s+than|less\\s+than|fewer\\s+than|over|under|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|no\\s+less\\s+than|within|an\\s+estimated|only|just|barely|well\\s+over)";

/** TIMEX3 mod of a quantifier prefix. */
export function prefixMod(prefix: string | undefined): TimexMod | undefined {
  if (!prefix) return undefined;
  const p = prefix.toLowerCase().replace(/\s+/g, " ");
  if (/^(?:about|around|approximately|roughly|some|an estimated)$/.test(p)) return "APPROX";
  if (/^(?:nearly|almost|less than|fewer than|under|barely)$/.test(p)) return "LESS_THAN";
  if (/^(?:more than|over|well over)$/.test(p)) return "MORE_THAN";
  if (p === "at least" || p === "no less than") return "EQUAL_OR_MORE";
  if (/^(?:at most|up to|no more than|within)$/.test(p)) return "EQUAL_OR_LESS";
  return undefined;
}

/** Edge mods: `early 2022` → START, `mid-` → MID, `late`/`the end of` → END. */
export function edgeMod(word: string | undefined): TimexMod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/^(?:the\s+)?(?:early|beginning|start)/.test(w) || /beginning|start/.test(w)) return "START";
  if (/mid|middle/.test(w)) return "MID";
  if (/late|end/.test(w)) return "END";
  return undefined;
}

export function withMod(r: Resolved, mod: TimexMod | undefined): Resolved {
  if (mod) r.mod = mod;
  return r;
}

/** TIMEX3 duration value for `n` units (`P3Y`, `PT2H`, `PXM`, `PT5H30M`). */
export function durationValue(n: number | null, stem: string): string {
  const letter = UNIT_LETTER[stem] ?? "X";
  const t = isTimeUnit(stem) ? "T" : "";
  if (n === null) {
    if (stem === "decade") return "PXDE";
    if (stem === "century") return "PXCE";
    return `P${t}X${letter === "WE" ? "W" : letter}`;
  }
  const scale: Record<string, [number, string]> = {
    decade: [10, "Y"], century: [100, "Y"], millennium: [1000, "Y"], fortnight: [2, "W"], weekend: [2, "D"],
  };
  const [k, l] = scale[stem] ?? [1, letter];
  const v = n * k;
  if (Number.isInteger(v)) return `P${t}${v}${l}`;
  const whole = Math.floor(v);
  const frac = v - whole;
  // The next smaller unit: months are `M` before the `T`, minutes after it.
  const sub: Record<string, [number, string]> = t ? { H: [60, "M"], M: [60, "S"] } : { Y: [12, "M"], M: [30, "D"], D: [24, "H"], W: [7, "D"] };
  const lower = sub[l];
  if (lower && Number.isInteger(frac * lower[0])) {
    const lt = l === "D" || t ? "T" : "";
    const head = whole ? `${whole}${l}` : "";
    return `P${t}${head}${lt && !t ? "T" : ""}${frac * lower[0]}${lower[1]}`;
  }
  return `P${t}${v}${l}`;
}

export const GRAN: Record<string, Granularity> = {
  day: "day", night: "day", week: "week", weekend: "week", month: "month", quarter: "quarter",
  year: "year", decade: "decade", century: "century", fortnight: "week",
};

export const UNIT_STEMS = "second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni";
export const MONTH_STEMS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
export const WEEKDAY_WORDS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

/**
 * Per rule: a test on one word token (lower case, `[a-z0-9]+`, anchored at its start) that every
 * match of the rule contains, and how far a match reaches before and after that token. Checked
 * against full scans in tests.
 */
export const TRIGGERS: Record<string, [string, number, number]> = {
  ago: ["(?:ago|earlier|later|before|after|now|hence|since)$", 80, 15],
  duration: [UNIT_STEMS, 100, 20],
  "duration-adjective": [UNIT_STEMS, 45, 15],
  "duration-long": ["long$", 15, 2],
  "duration-vague": ["(?:years|months|weeks|days|decades|centuries|hours|minutes|quarters)$", 35, 45],
  quarter: ["(?:quarter|half|period)", 100, 50],
  "quarter-plural": ["quarters$", 20, 2],
  "fiscal-year": ["fiscal$", 45, 25],
  "fiscal-year-relative": ["year$", 50, 2],
  "relative-unit": ["(?:year|month|week|decade|century)", 90, 2],
  weekend: ["weekend$", 10, 2],
  "year-edge": ["(?:year|month|week|decade|century)", 45, 12],
  "the-unit": ["(?:year|month|week|day|decade)$", 25, 2],
  anchored: ["(?:day|morning|afternoon|evening|night|week|month|year)$", 35, 15],
  "deictic-day": ["(?:today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|overnight)$", 30, 20],
  "the-day-part": ["(?:morning|afternoon|evening)$", 6, 2],
  "day-part": ["(?:morning|afternoon|evening)$", 6, 12],
  "ordinal-day": ["day$", 40, 2],
  weekday: [WEEKDAY_WORDS, 35, 25],
  "weekday-set": [WEEKDAY_WORDS, 15, 30],
  "month-day": [MONTH_STEMS, 45, 25],
  "day-month": [MONTH_STEMS, 30, 15],
  "date-time": [MONTH_STEMS, 30, 60],
  "month-day-range": [MONTH_STEMS, 5, 40],
  "month-day-and": ["(?:and|or)$", 20, 12],
  "month-day-spelled": ["(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)$", 45, 30],
  "week-of": [MONTH_STEMS, 20, 15],
  "month-year": [MONTH_STEMS, 45, 50],
  month: [MONTH_STEMS, 45, 15],
  "month-set": [MONTH_STEMS, 15, 12],
  season: ["(?:spring|summer|fall|autumn|winter)", 30, 45],
  year: ["\\d{4}$", 50, 2],
  "year-spelled": ["(?:nineteen|thousand)$", 25, 45],
  "year-bce": ["(?:bc|bce|b)$", 12, 8],
  decade: ["(?:\\d*0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$", 45, 2],
  century: ["century$", 45, 2],
  clock: ["(?:\\d{1,2}(?:am|pm)?|noon|midnight|midday|clock)$", 50, 45],
  "set-every": ["(?:every|each|per)$", 2, 45],
  "season-set": ["(?:summers|winters|springs|autumns|falls)$", 40, 2],
  "set-adverb": ["(?:daily|weekly|monthly|yearly|annually|hourly|quarterly|nightly|biweekly|semiannually|semi|twice)$", 2, 25],
  "present-ref": ["(?:now|currently|presently|present|nowadays|days|moment)$", 30, 5],
  current: ["current$", 12, 30],
  soon: ["soon$", 2, 2],
  "past-ref": ["(?:recently|lately|past|few|earlier|times|once|recent|years|previous|former)", 20, 30],
  recent: ["recent$", 2, 40],
  "future-ref": ["(?:future|term|possible|later|date|coming|day|someday|months|quarters|years)$", 30, 30],
  holiday: ["(?:thanksgiving|christmas|year|election|independence|labor|memorial|veterans|easter|friday|halloween|valentine)", 30, 20],
  "year-ago-adjective": ["year$", 6, 16],
};

export function rule(name: string, source: string, build: Rule["build"], priority = 0, flags = "gid"): Rule {
  const t = TRIGGERS[name];
  const anchor = ANCHORS[name];
  const trigger = t ? { pattern: new RegExp(`^(?:${t[0]})`), before: t[1], after: t[2], ...(anchor ? { anchor } : {}) } : null;
  return { name, pattern: new RegExp(source, flags), priority, trigger, build };
}

/** Offsets of group `g` of a match made with the `d` flag. */
export function groupStart(m: RegExpExecArray, g: number): number {
  return m.indices?.[g]?.[0] ?? m.index;
}

/**
 * The span of a match, spread into a candidate: `{ ...span(m), resolve }`. It carries `resolve`
 * (undefined, overridden) so that the spread adds no property: V8 builds a spread followed by a
 * new property on a slow path (about 0.5 µs per match).
 */
export const span = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length, resolve: undefined });

// `this moment`, `this crucial moment`: the demonstrative points at the time of writing.
export const PRESENT_WORDS = "(?:now|currently|presently|at\\s+present|nowadays|these\\s+days|the\\s+present|this\\s+(?:[a-z]+\\s+)?moment)";
export const PAST_WORDS = "(?:recently|more\\s+recently|lately|the\\s+past|in\\s+the\\s+past|recent\\s+(?:years|times)|past\\s+years|years\\s+past|the\\s+last\\s+few\\s+(?:years|months)|earlier\\s+times|once\\s+upon\\s+a\\s+time)";
// `future quarters` before `future`: alternation takes the first branch that fits, and the head noun belongs to the span.
export const FUTURE_WORDS = "(?:the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+|immediate\\s+)?future|future\\s+(?:quarters|years|months)|future|the\\s+(?:near|short|long|medium)\\s+term|as\\s+soon\\s+as\\s+possible|a\\s+later\\s+date|coming\\s+(?:months|quarters)|one\\s+day|someday|some\\s+day)";

/** Nouns that mark a number as a count, not a year (`2000 soldiers`). */
export const COUNT_NOUN = /^\s*(?:%|percent|per\s*cent|people|persons|soldiers|troops|men|women|children|workers|jobs|employees|members|residents|students|units|shares|cars|vehicles|feet|foot|ft|meters|metres|miles|kilometers|kilometres|km|tons|tonnes|pounds|lbs|kg|kilograms|grams|dollars|yen|marks|francs|euros|points|votes|copies|acres|cases|deaths|dead|police|officers|delegates|seats|barrels|cubic|square|rooms|homes|houses|pages|words|hours|minutes|seconds|days|weeks|months|years|degrees|calories|megawatts|passengers|refugees|prisoners|rebels|guerrillas|fighters|villagers|protesters|demonstrators|inmates|patients|boats|ships|planes|aircraft|tanks|rounds|bombs|missiles|rockets|others|more|or\s+so|to\s+\d|-\d)\b/i;

/** Words before a number that make it a quantity, an address or an identifier. */
export const NOT_YEAR_BEFORE = /(?:[$£€¥#]\s*|\bNo\.\s*|\bnumber\s+|\b(?:Route|Flight|flight|Highway|Interstate|Room|Suite|Box|Apt\.?|page|pages|p\.|pp\.)\s+|\d[,./-]?|\b(?:about|some|nearly|almost|over|under|than|only|just|approximately|roughly)\s+|\b(?:Dow|index|average)\b.{0,20})$/;

/**
 * Whether a four-digit number at [start,end) reads as a year: not money, not a count followed by
 * a noun, not a measurement, not part of a longer number.
 */
export function looksLikeYear(text: string, start: number, end: number): boolean {
  const head = text.slice(Math.max(0, start - 30), start);
  const tail = text.slice(end, end + 30);
  if (NOT_YEAR_BEFORE.test(head)) return false;
  if (COUNT_NOUN.test(tail)) return false;
  if (/^[.,:/]\d|^-\d|^\d/.test(tail)) return false;
  return true;
}

/** Day of a named holiday in year `y` (US calendar; Easter by the Gregorian computus). */
export function holidayDay(name: string, y: number): CalendarDay | null {
  const n = name.toLowerCase().replace(/\s+/g, " ");
  const nth = (month: number, weekday: number, k: number): CalendarDay => {
    const first = isoWeekday({ year: y, month, day: 1 });
    return { year: y, month, day: 1 + ((weekday - first + 7) % 7) + 7 * (k - 1) };
  };
  if (n.startsWith("thanksgiving")) return nth(11, 4, 4);
  if (n === "christmas eve") return { year: y, month: 12, day: 24 };
  if (n.startsWith("christmas")) return { year: y, month: 12, day: 25 };
  if (n === "new year's eve") return { year: y, month: 12, day: 31 };
  if (n.startsWith("new year")) return { year: y, month: 1, day: 1 };
  if (n === "election day") return addDays(nth(11, 1, 1), 1);
  if (n === "independence day") return { year: y, month: 7, day: 4 };
  if (n === "labor day") return nth(9, 1, 1);
  if (n === "veterans day") return { year: y, month: 11, day: 11 };
  if (n === "halloween") return { year: y, month: 10, day: 31 };
  if (n === "valentine's day") return { year: y, month: 2, day: 14 };
  if (n === "memorial day") {
    const last = nth(5, 1, 4);
    return last.day + 7 <= 31 ? { year: y, month: 5, day: last.day + 7 } : last;
  }
  // Easter (anonymous Gregorian algorithm).
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31), day = ((h + l - 7 * mm + 114) % 31) + 1;
  const easter = { year: y, month, day };
  if (n === "good friday") return addDays(easter, -2);
  return easter;
}

/** A day written as month and day, its year stated or implied by the tense around it. */
export function calendarDay(ctx: ResolveContext, month: number, d: number, yearWord: string | undefined): Resolved | null {
  // `the quarter ended Oct. 31`: a period that has ended closed on or before the reference.
  const ended = !yearWord && /\bended\s+$/i.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start));
  // `a new pact effective June 1`: a change takes effect on a day still to come, whatever verb reports it.
  const effective = !yearWord && !ended && /(?<!\b(?:became|become|becomes|was|were|went)\s+)\beffective\s+$/i.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start));
  const y = yearWord ? Number(yearWord) : ended ? yearNotAfter(ctx.dct, month, d) : yearFor(ctx.dct, month, d, effective ? "future" : ctx.tense);
  if (!isValidDay(y, month, d)) return null;
  const day = { year: y, month, day: d };
  const r: Resolved = { type: "DATE", value: fmtDay(day), day, relative: !yearWord };
  if (yearWord) r.year = y;
  return r;
}

export function fixedDay(ctx: ResolveContext, day: CalendarDay, mod?: TimexMod): Resolved {
  return withMod({ type: "DATE", value: fmtDay(day), day, relative: true }, mod);
}

/** Day of a weekday phrase (`last Friday`, `Friday` in a past clause, `next Friday`). */
export function weekdayPhrase(ctx: ResolveContext, word: string, lead: string | undefined): CalendarDay | null {
  const wd = weekdayValue(word);
  if (wd === null) return null;
  const l = (lead ?? "").toLowerCase().replace(/\s+/g, " ");
  const shift: -1 | 0 | 1 = /last|past|previous/.test(l) ? -1 : /next|coming|following/.test(l) ? 1 : 0;
  return weekdayDay(ctx.dct, wd, ctx.tense, shift);
}

export function dayPartSuffix(word: string | undefined): string {
  return word ? `T${DAY_PARTS[word.toLowerCase()] ?? "DT"}` : "";
}

/** Quarter resolution: an ordinal without a year is the latest such quarter not after the DCT. */
export function quarterYear(ctx: ResolveContext, q: number): number {
  return q <= quarterOf(ctx.dct.month) ? ctx.dct.year : ctx.dct.year - 1;
}

export function seasonYear(ctx: ResolveContext, code: string, lead: string): number {
  const order = ["WI", "SP", "SU", "FA"];
  const current = Math.floor((ctx.dct.month % 12) / 3); // 0 WI (Dec-Feb), 1 SP, 2 SU, 3 FA
  const idx = order.indexOf(code);
  const l = lead.toLowerCase();
  if (/last|past|previous/.test(l)) return idx < current ? ctx.dct.year : ctx.dct.year - 1;
  if (/next|coming/.test(l)) return idx > current ? ctx.dct.year : ctx.dct.year + 1;
  if (ctx.tense === "future" && idx < current) return ctx.dct.year + 1;
  if (ctx.tense === "past" && idx > current && l === "") return ctx.dct.year - 1;
  return ctx.dct.year;
}
