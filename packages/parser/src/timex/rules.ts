/**
 * TIMEX3 recognition rules for English news. Each rule is a regular expression plus a function
 * that turns a match into a candidate span with a deferred resolver (the resolver runs later, in
 * text order, with the tense and narrative anchor of its clause). Candidates may overlap; the
 * annotator keeps the longest. Spans follow TimeML: determiners and quantifiers belong to the
 * expression (`the third quarter`, `more than four hours`), prepositions and punctuation do not.
 */
import {
  addDays, fmtDay, fmtMonth, fmtWeek, fmtYear, isValidDay, isoWeekday, pad, quarterOf, type CalendarDay,
} from "../date/calendar.js";
import {
  COUNT, DAY_PARTS, DECADE_WORDS, MONTH_ANY, MONTH_FULL, ORDINAL, SEASON, SEASONS, SPELLED_YEAR,
  UNIT, UNIT_LETTER, VAGUE, WEEKDAY, countValue, isTimeUnit, monthValue, ordinalValue,
  spelledYearValue, unitStem, weekdayValue,
} from "./lexicon.js";
import { after, before, relDate, shiftValue, weekdayDay, yearFor, type Granularity } from "./resolve.js";
import type { TimexMod } from "../types.js";
import { zoneOf } from "./zones.js";
import type { Candidate, Resolved, ResolveContext } from "./types.js";

/**
 * How far back (characters before the sentence) a quarter still frames `a year ago`: in earnings
 * reports `compared with $1.2 million a year earlier` means the same quarter a year before.
 */
const QUARTER_REACH = 300;

/** A recognition rule: a global pattern and a builder for its matches. */
export interface Rule {
  name: string;
  pattern: RegExp;
  priority: number;
  /**
   * A test on a lower-case word token that every match contains, with how far a match can reach
   * before and after it: the annotator runs `pattern` only in windows around such tokens.
   */
  trigger: { pattern: RegExp; before: number; after: number } | null;
  build(m: RegExpExecArray): Omit<Candidate, "rule" | "priority"> | null;
}

const B = "(?<![\\w'’-])"; // left word boundary that also refuses hyphen/apostrophe joins
const E = "(?![\\w’])"; // right boundary

const YEAR4 = "(?:1[6-9]\\d\\d|20\\d\\d)";
const APPROX_PREFIX = "(?:about|around|approximately|roughly|nearly|almost|some|more\\s+than|less\\s+than|fewer\\s+than|over|under|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|no\\s+less\\s+than|within|an\\s+estimated|only|just|barely|well\\s+over)";

/** TIMEX3 mod of a quantifier prefix. */
function prefixMod(prefix: string | undefined): TimexMod | undefined {
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
function edgeMod(word: string | undefined): TimexMod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/^(?:the\s+)?(?:early|beginning|start)/.test(w) || /beginning|start/.test(w)) return "START";
  if (/mid|middle/.test(w)) return "MID";
  if (/late|end/.test(w)) return "END";
  return undefined;
}

function withMod(r: Resolved, mod: TimexMod | undefined): Resolved {
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
  const sub: Record<string, [number, string]> = { Y: [12, "M"], M: [30, "D"], D: [24, "H"], W: [7, "D"], H: [60, "M"] };
  const lower = sub[l];
  if (lower && Number.isInteger(frac * lower[0])) {
    const lt = l === "D" || t ? "T" : "";
    const head = whole ? `${whole}${l}` : "";
    return `P${t}${head}${lt && !t ? "T" : ""}${frac * lower[0]}${lower[1]}`;
  }
  return `P${t}${v}${l}`;
}

const GRAN: Record<string, Granularity> = {
  day: "day", night: "day", week: "week", weekend: "week", month: "month", quarter: "quarter",
  year: "year", decade: "decade", century: "century", fortnight: "week",
};

const UNIT_STEMS = "second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni";
const MONTH_STEMS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
const WEEKDAY_WORDS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

/**
 * Per rule: a test on one word token (lower case, `[a-z0-9]+`, anchored at its start) that every
 * match of the rule contains, and how far a match reaches before and after that token. Checked
 * against full scans in tests.
 */
const TRIGGERS: Record<string, [string, number, number]> = {
  ago: ["(?:ago|earlier|later|before|after|now|hence|since)$", 80, 15],
  duration: [UNIT_STEMS, 100, 15],
  "duration-adjective": [UNIT_STEMS, 45, 15],
  "duration-long": ["long$", 15, 2],
  "duration-vague": ["(?:years|months|weeks|days|decades|centuries|hours|minutes)$", 35, 45],
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
  weekday: [WEEKDAY_WORDS, 35, 25],
  "weekday-set": [WEEKDAY_WORDS, 15, 30],
  "month-day": [MONTH_STEMS, 45, 25],
  "day-month": [MONTH_STEMS, 30, 15],
  "date-time": [MONTH_STEMS, 30, 60],
  "month-day-range": [MONTH_STEMS, 5, 40],
  "week-of": [MONTH_STEMS, 20, 15],
  "month-year": [MONTH_STEMS, 45, 50],
  month: [MONTH_STEMS, 45, 15],
  "month-set": [MONTH_STEMS, 15, 12],
  season: ["(?:spring|summer|fall|autumn|winter)", 30, 45],
  year: ["\\d{4}$", 50, 2],
  "year-spelled": ["(?:nineteen|thousand)$", 25, 45],
  "year-bce": ["(?:bc|bce|b)$", 12, 8],
  decade: ["(?:\\d*0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$", 25, 2],
  century: ["century$", 45, 2],
  clock: ["(?:\\d{1,2}(?:am|pm)?|noon|midnight|midday|clock)$", 50, 45],
  "set-every": ["(?:every|each|per)$", 2, 45],
  "set-adverb": ["(?:daily|weekly|monthly|yearly|annually|hourly|quarterly|nightly|biweekly|semiannually|semi|twice)$", 2, 25],
  "present-ref": ["(?:now|currently|presently|present|nowadays|days)$", 20, 5],
  current: ["current$", 12, 30],
  soon: ["soon$", 2, 2],
  "past-ref": ["(?:recently|lately|past|few|earlier|times|once|recent|years|previous|former)", 20, 30],
  recent: ["recent$", 2, 40],
  "future-ref": ["(?:future|term|possible|later|date|coming|day|someday|months|quarters|years)$", 30, 30],
  holiday: ["(?:thanksgiving|christmas|year|election|independence|labor|memorial|veterans|easter|friday|halloween|valentine)", 30, 20],
  "year-ago-adjective": ["year$", 6, 16],
};

function rule(name: string, source: string, build: Rule["build"], priority = 0, flags = "gid"): Rule {
  const t = TRIGGERS[name];
  const trigger = t ? { pattern: new RegExp(`^(?:${t[0]})`), before: t[1], after: t[2] } : null;
  return { name, pattern: new RegExp(source, flags), priority, trigger, build };
}

/** Offsets of group `g` of a match made with the `d` flag. */
function groupStart(m: RegExpExecArray, g: number): number {
  return m.indices?.[g]?.[0] ?? m.index;
}

const span = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length });

const PRESENT_WORDS = "(?:now|currently|presently|at\\s+present|nowadays|these\\s+days|the\\s+present)";
const PAST_WORDS = "(?:recently|more\\s+recently|lately|the\\s+past|in\\s+the\\s+past|recent\\s+(?:years|times)|past\\s+years|years\\s+past|the\\s+last\\s+few\\s+(?:years|months)|earlier\\s+times|once\\s+upon\\s+a\\s+time)";
const FUTURE_WORDS = "(?:the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+|immediate\\s+)?future|future|the\\s+(?:near|short|long|medium)\\s+term|as\\s+soon\\s+as\\s+possible|a\\s+later\\s+date|coming\\s+(?:months|quarters)|future\\s+(?:quarters|years|months)|coming\\s+quarters|one\\s+day|someday|some\\s+day)";

/** Nouns that mark a number as a count, not a year (`2000 soldiers`). */
const COUNT_NOUN = /^\s*(?:%|percent|per\s*cent|people|persons|soldiers|troops|men|women|children|workers|jobs|employees|members|residents|students|units|shares|cars|vehicles|feet|foot|ft|meters|metres|miles|kilometers|kilometres|km|tons|tonnes|pounds|lbs|kg|kilograms|grams|dollars|yen|marks|francs|euros|points|votes|copies|acres|cases|deaths|dead|police|officers|delegates|seats|barrels|cubic|square|rooms|homes|houses|pages|words|hours|minutes|seconds|days|weeks|months|years|degrees|calories|megawatts|passengers|refugees|prisoners|rebels|guerrillas|fighters|villagers|protesters|demonstrators|inmates|patients|boats|ships|planes|aircraft|tanks|rounds|bombs|missiles|rockets|others|more|or\s+so|to\s+\d|-\d)\b/i;

/** Words before a number that make it a quantity, an address or an identifier. */
const NOT_YEAR_BEFORE = /(?:[$£€¥#]\s*|\bNo\.\s*|\bnumber\s+|\b(?:Route|Flight|flight|Highway|Interstate|Room|Suite|Box|Apt\.?|page|pages|p\.|pp\.)\s+|\d[,./-]?|\b(?:about|some|nearly|almost|over|under|than|only|just|approximately|roughly)\s+|\b(?:Dow|index|average)\b.{0,20})$/;

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
function calendarDay(ctx: ResolveContext, month: number, d: number, yearWord: string | undefined): Resolved | null {
  const y = yearWord ? Number(yearWord) : yearFor(ctx.dct, month, d, ctx.tense);
  if (!isValidDay(y, month, d)) return null;
  const day = { year: y, month, day: d };
  const r: Resolved = { type: "DATE", value: fmtDay(day), day, relative: !yearWord };
  if (yearWord) r.year = y;
  return r;
}

function fixedDay(ctx: ResolveContext, day: CalendarDay, mod?: TimexMod): Resolved {
  return withMod({ type: "DATE", value: fmtDay(day), day, relative: true }, mod);
}

/** Day of a weekday phrase (`last Friday`, `Friday` in a past clause, `next Friday`). */
function weekdayPhrase(ctx: ResolveContext, word: string, lead: string | undefined): CalendarDay | null {
  const wd = weekdayValue(word);
  if (wd === null) return null;
  const l = (lead ?? "").toLowerCase().replace(/\s+/g, " ");
  const shift: -1 | 0 | 1 = /last|past|previous/.test(l) ? -1 : /next|coming|following/.test(l) ? 1 : 0;
  const tense = l === "this" ? ctx.tense : ctx.tense;
  return weekdayDay(ctx.dct, wd, tense, shift);
}

function dayPartSuffix(word: string | undefined): string {
  return word ? `T${DAY_PARTS[word.toLowerCase()] ?? "DT"}` : "";
}

/** Quarter resolution: an ordinal without a year is the latest such quarter not after the DCT. */
function quarterYear(ctx: ResolveContext, q: number): number {
  return q <= quarterOf(ctx.dct.month) ? ctx.dct.year : ctx.dct.year - 1;
}

function seasonYear(ctx: ResolveContext, code: string, lead: string): number {
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

/** The ordered rule list. Longer matches beat shorter ones; `priority` breaks ties. */
export const RULES: readonly Rule[] = [
  // ---- counted expressions relative to the DCT or the narrative anchor: `two weeks ago`
  rule(
    "ago",
    `${B}(?:(${APPROX_PREFIX})\\s+)?(${COUNT}|${VAGUE})\\s+(?:more\\s+)?(${UNIT})\\s+(ago|earlier|before|later|after|from\\s+now|hence|since)${E}`,
    (m) => {
      const [, prefix, countWord = "", unitWord = "", dir = ""] = m;
      const d = dir.toLowerCase();
      if (d === "since" || d === "before" || d === "after") {
        // `two years before the war`: a duration relative to an event, not a date.
        return null;
      }
      return {
        ...span(m),
        resolve(ctx) {
          const n = countValue(countWord);
          const stem = unitStem(unitWord);
          const back = d === "ago" || d === "earlier";
          const mod = prefixMod(prefix) === "APPROX" ? "APPROX" : undefined;
          if (n === null) return { type: "DATE", value: back ? "PAST_REF" : "FUTURE_REF", relative: true };
          const gran = GRAN[stem];
          if (!gran || !Number.isInteger(n)) return { type: "DURATION", value: durationValue(n, stem) };
          const base = d === "ago" || d === "from now" || d === "hence" ? ctx.dct : ctx.anchor;
          if (gran === "year" && n === 1 && ctx.lastQuarter && back && ctx.lastQuarter.at >= ctx.sentenceStart - QUARTER_REACH) {
            return withMod({ type: "DATE", value: `${fmtYear(ctx.lastQuarter.year - 1)}-Q${ctx.lastQuarter.q}`, relative: true }, mod);
          }
          // Weeks count in days (`two weeks ago` is a day two weeks back); coarser units keep their own precision.
          const r = gran === "week" ? relDate(base, "day", (back ? -n : n) * 7, mod) : relDate(base, gran, back ? -n : n, mod);
          if (base !== ctx.dct) r.narrative = true;
          return r;
        },
      };
    },
    2,
  ),
  // ---- durations: `three years`, `the past five days`, `more than four hours`, `two-year`
  rule(
    "duration",
    `${B}(?:(the|these|those|its|their|his|her|each\\s+of\\s+the)\\s+)?(?:(past|last|next|previous|coming|first|final|remaining|following|latest|same|initial|ensuing|preceding)\\s+)?(?:(${APPROX_PREFIX})\\s+)?(?:(the|a)\\s+(?=(?:past|last|next)\\s))?(?:(?:past|last|next)\\s+)?(${COUNT}|${VAGUE})(?:\\s*(?:to|or|-)\\s*(${COUNT}))?\\s+(?:(?:more|additional|full|straight|consecutive|trading|business|calendar|fiscal|long|short)\\s+)?(${UNIT})(?:\\s+or\\s+so)?${E}`,
    (m) => {
      const [, , lead, prefix, , countWord = "", upper, unitWord = ""] = m;
      const stem = unitStem(unitWord);
      const c = countWord.toLowerCase();
      // `the first quarter` is an ordinal quarter, handled by the quarter rule.
      if (stem === "quarter" && !lead && /^(?:a|an|one)$/.test(c)) return null;
      const plural = /s$/i.test(unitWord) || /centuries|millennia/i.test(unitWord);
      const n = countValue(upper ?? countWord);
      // `a four year low`, `a two day rally`: a singular unit after a count is an adjective.
      if (n !== null && n !== 1 && !plural && !/^\d/.test(c) && !/^\s+[a-z]/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      if (stem === "second" && /^an?$/.test(c)) return null; // `a second group`: an ordinal
      if (/^(?:1[6-9]|20)\d\d$/.test(c) && (stem === "quarter" || stem === "year")) return null; // `the 1988 quarter`
      // TimeML spans keep comparative quantifiers (`more than four hours`) but not hedges or
      // prepositions (`about five hours`, `within a week`, `over the past 20 years`).
      const hedge = prefix && (!lead || /^last$/i.test(lead)) && (/^(?:about|around|approximately|roughly|some|only|just|barely|within|an\s+estimated)$/i.test(prefix.trim()) || (/^over$/i.test(prefix.trim()) && !/^an?$/i.test(c))) && !(m[1]);
      // `to last over a week`: `last` is the verb, not part of the expression.
      const verbLast = Boolean(lead && prefix && /^last$/i.test(lead));
      let start = m.index;
      if (verbLast) start = m.indices?.[3]?.[0] ?? m.index;
      if (hedge) {
        start = m.indices?.[3]?.[1] ?? m.index;
        while (/\s/.test(m.input[start] ?? "")) start++;
      }
      return {
        start,
        end: m.index + m[0].length,
        resolve(ctx) {
          if (after(ctx, /^[\s-]+old\b/i)) return null; // ages: `52 years old`
          if (/^an?$/.test(c) && !lead && !prefix && /^(?:year|month|week|day|hour|night)$/.test(stem)) {
            // `$5 a year`, `700 seats a week`, `24 hours a day`: a rate, not a time expression.
            if (before(ctx, /(?:\d|%|percent|times|twice|once|cents?|dollars?|yen|marks|francs|pounds|barrels|seats|flights|hours|million|billion|thousand|hundred)[\s)]*$/i)) return null;
          }
          const mod = prefixMod(prefix);
          void lead;
          return withMod({ type: "DURATION", value: durationValue(n, stem) }, mod);
        },
      };
    },
    1,
  ),
  rule(
    "duration-adjective",
    `${B}(${COUNT}|several|multi|\\d+(?:\\.\\d+)?)-(${UNIT})(?:-(?:old|long))?${E}`,
    (m) => {
      const [, countWord = "", unitWord = ""] = m;
      if (/^an?$/i.test(countWord)) return null;
      if (/-old$/i.test(m[0]) && !/month/i.test(unitWord)) return null; // ages: `a 6-year-old boy`
      if (/^quarters$/i.test(unitWord)) return null; // `three-quarters of its food`
      return {
        ...span(m),
        resolve: () => ({ type: "DURATION", value: durationValue(countValue(countWord), unitStem(unitWord)) }),
      };
    },
  ),
  rule("duration-long", `${B}(day|year|week|month|decade|hour)s?-long${E}`, (m) => ({
    ...span(m),
    resolve: () => ({ type: "DURATION", value: /s-long$/i.test(m[0]) ? durationValue(null, unitStem(m[1] ?? "")) : durationValue(1, unitStem(m[1] ?? "")) }),
  })),
  // ---- vague spans of time: `recent weeks`, `the coming years`, `months`
  rule(
    "duration-vague",
    `${B}(?:(the)\\s+)?(?:(recent|coming|past|last|next|previous|following|early|ensuing|intervening)\\s+)?(years|months|weeks|days|decades|centuries|hours|minutes)(?:\\s+(?:or|and)\\s+(?:years|months|weeks|days|decades))?(?:\\s+(ahead|to\\s+come))?${E}`,
    (m) => {
      const [, det, lead, unitWord = "", ahead] = m;
      if (!lead && !det && !ahead) {
        // A bare plural unit is a duration only after `for`/`in`/`over` or before `ago`: tested at resolve time.
      }
      return {
        ...span(m),
        resolve(ctx) {
          if (!lead && !ahead && !before(ctx, /\b(?:for|over|within|in|after|taken|take|takes|last(?:ed)?)\s+$/i)) return null;
          if (!lead && !ahead && after(ctx, /^\s+(?:of|ago|before|after|earlier|later)\b/i)) return null;
          const l = (lead ?? "").toLowerCase();
          if (l === "recent" && /^years$/i.test(unitWord)) return { type: "DATE", value: "PAST_REF" };
          if (l === "early") return { type: "DURATION", value: durationValue(null, unitStem(unitWord)) };
          return { type: "DURATION", value: durationValue(null, unitStem(unitWord)) };
        },
      };
    },
  ),
  // ---- quarters and halves: `the third quarter`, `fourth-quarter`, `the year-ago quarter`
  rule(
    "quarter",
    `${B}(?:(the|this|that|its|their|a|last|next|this\\s+year's|last\\s+year's|next\\s+year's)\\s+)?((?:(?:year-ago|year-earlier|year\\s+ago|year\\s+earlier|comparable|corresponding|latest|current|fiscal|same|previous|prior|recent|flat|strong|weak|(?:19|20)\\d\\d)[\\s-]+)*)(?:(${ORDINAL}|final|last)[\\s-]+)?(?:fiscal[\\s-]+)?(quarter|half|period)(?:\\s+(?:of|in)\\s+(?:fiscal\\s+)?(${YEAR4}|(?:this|last|next)\\s+year|the\\s+(?:previous|prior)\\s+year)|\\s+(a\\s+year\\s+(?:ago|earlier)|last\\s+year|of\\s+last\\s+year))?${E}`,
    (m) => {
      const [, det, adjs = "", ord, noun = "", ofYear, yearAgo] = m;
      const d = (det ?? "").toLowerCase();
      const a = adjs.toLowerCase();
      const n = noun.toLowerCase();
      if (!ord && !det && !a.trim()) return null;
      if (d === "a" && !a.trim() && !ord) return null; // `a quarter of the shares`
      if (n === "period" && !/year|comparable|corresponding|latest|same|\d/.test(a) && !yearAgo) return null;
      if (!ord && n === "half") return null;
      const hyphenated = /-quarter$/i.test(m[0]) && !ofYear && !yearAgo;
      const dropDet = /^(?:a|its|their)$/.test(d) || ((d === "the" || d === "that") && hyphenated);
      return {
        start: dropDet ? groupStart(m, 2) : m.index,
        end: m.index + m[0].length,
        resolve(ctx) {
          if (/^(?:of|point|mile|inch|century)/i.test(ctx.text.slice(ctx.end).trim()) && !ofYear) return null;
          const ordinal = ord ? (ordinalValue(ord) ?? (/final|last/i.test(ord) ? (n === "half" ? 2 : 4) : null)) : null;
          const yearWord = /((?:19|20)\d\d)/.exec(a)?.[1] ?? (ofYear && /\d/.test(ofYear) ? ofYear : undefined);
          let y: number;
          let q: number;
          const last = ctx.lastQuarter;
          if (ordinal !== null) {
            q = ordinal;
            y = yearWord ? Number(yearWord) : quarterYear(ctx, n === "half" ? ordinal * 2 : ordinal);
          } else if (/latest|recent/.test(a) && !yearWord) {
            const prev = quarterOf(ctx.dct.month) - 1;
            q = prev === 0 ? 4 : prev;
            y = prev === 0 ? ctx.dct.year - 1 : ctx.dct.year;
          } else if (/current/.test(a) || d === "this") {
            q = quarterOf(ctx.dct.month);
            y = ctx.dct.year;
          } else if (last && !/previous|prior/.test(a)) {
            q = last.q;
            y = yearWord ? Number(yearWord) : last.year;
          } else {
            const prev = quarterOf(ctx.dct.month) - 1;
            q = prev === 0 ? 4 : prev;
            y = prev === 0 ? ctx.dct.year - 1 : ctx.dct.year;
            if (yearWord) y = Number(yearWord);
          }
          const rel = `${d} ${ofYear ?? ""}`;
          if (/last year|previous year|prior year/.test(rel)) y = ctx.dct.year - 1;
          if (/next year/.test(rel)) y = ctx.dct.year + 1;
          if (/this year/.test(rel)) y = ctx.dct.year;
          const shifted = /year-ago|year-earlier|year ago|year earlier/.test(a) || Boolean(yearAgo);
          if (shifted) y -= 1;
          if (n === "half") return { type: "DATE", value: `${fmtYear(y)}-H${q}`, relative: !yearWord };
          const r: Resolved = { type: "DATE", value: `${fmtYear(y)}-Q${q}`, relative: !yearWord };
          if (!shifted && !yearWord) r.quarter = { year: y, q };
          return r;
        },
      };
    },
    1,
  ),
  rule("quarter-plural", `${B}(?:(first|second|third|fourth)[\\s-]+)?quarters${E}`, (m) => {
    if (!m[1]) return null;
    return { ...span(m), resolve: () => ({ type: "SET", value: `XXXX-Q${ordinalValue(m[1] ?? "") ?? "X"}` }) };
  }),
  // ---- fiscal years: `fiscal 1999`, `fiscal 1990's first quarter` (quarter rule is longer)
  rule("fiscal-year", `${B}(?:(the\\s+)?(?:current|latest|next|last|previous|coming|new)\\s+)?fiscal(?:\\s+year)?\\s+(${YEAR4})(?:-(\\d\\d))?${E}`, (m) => ({
    ...span(m),
    resolve: () => ({ type: "DATE", value: fmtYear(Number(m[2])) }),
  })),
  rule("fiscal-year-relative", `${B}(?:the\\s+)?(current|latest|next|last|previous|coming|new|this|full|same)\\s+(?:fiscal\\s+|calendar\\s+|financial\\s+)?year${E}`, (m) => ({
    ...span(m),
    resolve(ctx) {
      const w = (m[1] ?? "").toLowerCase();
      const n = /next|coming|new/.test(w) ? 1 : /last|previous/.test(w) ? -1 : 0;
      return relDate(ctx.dct, "year", n);
    },
  }), -1),
  // ---- relative units: `last year`, `this month`, `next week`, `earlier this year`
  rule(
    "relative-unit",
    `${B}(?:(earlier|later|early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of|sometime|some\\s+time|as\\s+early\\s+as|as\\s+late\\s+as|by|until)[\\s-]+)?(this|last|next|the\\s+past|the\\s+last|the\\s+coming|the\\s+current|the\\s+previous|the\\s+following|the\\s+next|this\\s+past|this\\s+coming)\\s+(year|month|week|weekend|decade|century)${E}`,
    (m) => {
      const [, edge, which = "", unit = ""] = m;
      const e = (edge ?? "").toLowerCase();
      const startAt = e === "by" || e === "until" || e === "as early as" || e === "as late as" ? groupStart(m, 2) : m.index;
      return {
        start: startAt,
        end: m.index + m[0].length,
        resolve(ctx) {
          const w = which.toLowerCase().replace(/\s+/g, " ");
          const u = unit.toLowerCase();
          const n = /last|past|previous/.test(w) ? -1 : /next|coming|following/.test(w) ? 1 : 0;
          const gran = GRAN[u] ?? "year";
          const base = /following|previous/.test(w) ? ctx.anchor : ctx.dct;
          const mod = e === "earlier" || e === "later" || e === "sometime" || e === "some time" ? undefined : edgeMod(e);
          if (u === "weekend") return { type: "DATE", value: `${shiftValue(base, "week", n)}-WE`, relative: true };

          // TimeML annotates `this century` as the hundred-year span it names.
          if (u === "century" && n === 0) return { type: "DURATION", value: "P100Y" };
          return relDate(base, gran, n, mod);
        },
      };
    },
    1,
  ),
  rule("weekend", `${B}(?:(?:the|this|last|next|that)\\s+)weekend${E}`, (m) => ({
    ...span(m),
    resolve(ctx) {
      const w = m[0].toLowerCase();
      const n = /last/.test(w) ? -1 : /next/.test(w) ? 1 : 0;
      const base = w.startsWith("that") ? ctx.anchor : ctx.dct;
      const wd = isoWeekday(base);
      const shift = n === 0 && ctx.tense === "past" && wd < 5 ? -1 : n;
      return { type: "DATE", value: `${shiftValue(base, "week", shift)}-WE`, relative: true };
    },
  })),
  rule("year-edge", `${B}(?:(?:the\\s+)?(?:end|beginning|start|middle|turn)\\s+of\\s+the\\s+(year|month|week|decade|century)|year(?:'s\\s+|-|\\s+)end)${E}`, (m) => ({
    ...span(m),
    resolve(ctx) {
      const u = (m[1] ?? "year").toLowerCase();
      const gran = GRAN[u] ?? "year";
      return relDate(ctx.dct, gran, 0, edgeMod(m[0]));
    },
  })),
  rule("the-unit", `${B}(?:the|that|this)\\s+(?:fiscal\\s+)?(year|month|week|day|decade)${E}`, (m) => ({
    ...span(m),
    resolve(ctx) {
      const w = m[0].toLowerCase();
      const u = (m[1] ?? "").toLowerCase();
      if (after(ctx, /^\s*(?:-|of\b|in\b|before\b|after\b|when\b|that\b|[A-Za-z]+s\b)/)) return null;
      if (w.startsWith("the ")) {
        if (u === "year" && /fiscal/.test(w) && before(ctx, /\b(?:the|for|in|during|throughout)\s+$/i) === false) return null;
        if (u === "year") return { type: "DURATION", value: "P1Y" };
        if (u === "day") return null;
        return null;
      }
      const gran = GRAN[u] ?? "day";
      if (w.startsWith("that") && u === "year" && ctx.anchorYear !== null) return { type: "DATE", value: fmtYear(ctx.anchorYear), relative: true };
      return relDate(w.startsWith("this") ? ctx.dct : ctx.anchor, gran, 0);
    },
  }), -1),
  // ---- narrative anchoring: `the following day`, `the day before`, `that same day`
  rule(
    "anchored",
    `${B}(?:(earlier|later)\\s+)?(?:(?:the|that)\\s+)?(following|next|previous|preceding|same|prior)\\s+(day|morning|afternoon|evening|night|week|month|year)|(?:the\\s+)?(day|night)\\s+(before|after)(?!\\s+(?:yesterday|tomorrow|the|a|an|his|her|their|its)\\b)|(?:earlier|later)\\s+that\\s+(day|morning|week|month|year)|that\\s+(?:same\\s+)?(day|morning|afternoon|evening|night)`,
    (m) => ({
      ...span(m),
      resolve(ctx) {
        const t = m[0].toLowerCase();
        const unit = (m[3] ?? m[4] ?? m[6] ?? m[7] ?? "day").toLowerCase();
        const n = /following|next|after/.test(t) ? 1 : /previous|preceding|prior|before/.test(t) ? -1 : 0;
        const part = DAY_PARTS[unit];
        const gran: Granularity = GRAN[unit] ?? "day";
        if (unit === "year" && n === 0 && ctx.anchorYear !== null) return { type: "DATE", value: fmtYear(ctx.anchorYear), relative: true };
        const r = relDate(ctx.anchor, gran, n);
        r.narrative = true;
        if (part) return { type: "TIME", value: `${r.value}T${part}`, relative: true, narrative: true };
        return r;
      },
    }),
    1,
  ),
  // ---- today, yesterday, tonight, this morning, last night
  rule(
    "deictic-day",
    `${B}(?:(early|late|earlier|later|mid-?)\\s*)?(today|yesterday|tomorrow|tonight)(?:\\s+(morning|afternoon|evening|night))?${E}|${B}(?:(early|late|earlier|later|mid-?)\\s*)?(this|last|tomorrow|yesterday)\\s+(morning|afternoon|evening|night)(?:'s)?${E}|${B}(?:the\\s+)?(day\\s+before\\s+yesterday|day\\s+after\\s+tomorrow)${E}|${B}(overnight)${E}`,
    (m) => ({
      ...span(m),
      resolve(ctx) {
        const word = (m[2] ?? m[5] ?? m[7] ?? m[8] ?? "").toLowerCase();
        const part = (m[3] ?? m[6] ?? "").toLowerCase();
        const offsets: Record<string, number> = {
          today: 0, this: 0, tonight: 0, yesterday: -1, last: -1, tomorrow: 1,
          "day before yesterday": -2, "day after tomorrow": 2, overnight: 0,
        };
        const day = addDays(ctx.dct, offsets[word.replace(/\s+/g, " ")] ?? 0);
        // `today's computers`, `today's world`: the present era, which TimeML news leaves unmarked.
        if (/^today$/i.test(m[0]) && /^['’]s\s+(?:world|youth|society|standards|economy|market|young|generation|computers|technology|children|kids|families)\b/i.test(ctx.text.slice(ctx.end, ctx.end + 20))) return null;
        if (word === "overnight") return { type: "TIME", value: `${fmtDay(day)}TNI`, relative: true };
        if (part && (word === "this" || word === "last" || word === "yesterday" || word === "tomorrow" || word === "today")) {
          return { type: "TIME", value: `${fmtDay(day)}${dayPartSuffix(part)}`, day, relative: true };
        }
        return fixedDay(ctx, day);
      },
    }),
  ),
  // ---- weekdays: `Friday`, `last Friday`, `Friday morning`, `early Tuesday`
  rule(
    "weekday",
    `${B}(?:(last|this|next|this\\s+coming|this\\s+past|the\\s+previous|the\\s+following|early|late|earlier|later|mid-?|on)\\s+)?(${WEEKDAY})(?:'s)?(?:,?\\s+(morning|afternoon|evening|night))?${E}`,
    (m) => {
      const [, lead, word = ""] = m;
      const skipLead = /^(?:on|earlier|later|early|late)$/i.test(lead ?? "");
      const possessive = /'s$/i.test(m[0]);
      return {
        start: skipLead ? groupStart(m, 2) : m.index,
        end: m.index + m[0].length - (possessive ? 2 : 0),
        resolve(ctx) {
          const l = skipLead ? undefined : lead;
          const base = /previous|following/i.test(l ?? "") ? ctx.anchor : ctx.dct;
          const day = /previous|following/i.test(l ?? "")
            ? addDays(base, /previous/i.test(l ?? "") ? -(((isoWeekday(base) - (weekdayValue(word) ?? 1) + 6) % 7) + 1) : ((weekdayValue(word) ?? 1) - isoWeekday(base) + 6) % 7 + 1)
            : weekdayPhrase(ctx, word, l);
          if (!day) return null;
          // TimeML news annotation mostly dates `Friday night` to the day itself.
          const r = fixedDay(ctx, day);
          if (l && /last|next|this|past|coming|previous|following/i.test(l)) r.lead = l.toLowerCase().replace(/\s+/g, " ");
          if (/previous|following/i.test(l ?? "")) r.narrative = true;
          return r;
        },
      };
    },
  ),
  rule("weekday-set", `${B}(?:(?:every|each|on)\\s+)?(${WEEKDAY})s(?:\\s+(morning|afternoon|evening|night)s?)?${E}|${B}(?:every|each)\\s+(${WEEKDAY})(?:\\s+(morning|afternoon|evening|night))?${E}`, (m) => {
    const on = /^on\s/i.test(m[0]);
    const word = m[1] ?? m[3] ?? "";
    const part = m[2] ?? m[4];
    return {
      start: on ? m.index + m[0].indexOf(word) : m.index,
      end: m.index + m[0].length,
      resolve: () => ({ type: "SET", value: `XXXX-WXX-${weekdayValue(word) ?? "X"}${dayPartSuffix(part)}` }),
    };
  }, 1),
  // ---- calendar dates: `Aug. 7, 1998`, `Friday, Oct. 23`, `March 12`, `7 August 1998`
  rule(
    "month-day",
    `${B}(?:(${WEEKDAY}),?\\s+)?(?:(early|late|mid)[\\s-]+)?(${MONTH_ANY})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d)(?:(?:,\\s*|\\s+)(${YEAR4})(?!\\d))?${E}`,
    (m) => {
      const [, , , monthWord = "", dayWord = "", yearWord] = m;
      const month = monthValue(monthWord);
      const dayN = Number(dayWord);
      if (month === null || dayN < 1 || dayN > 31) return null;
      if (!/^[A-Z]/.test(monthWord)) return null;
      return { ...span(m), resolve: (ctx) => calendarDay(ctx, month, dayN, yearWord) };
    },
    1,
  ),
  rule(
    "month-day-range",
    `${B}(${MONTH_ANY})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|to|through)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d)(?:(?:,\\s*|\\s+)(${YEAR4})(?!\\d))?${E}`,
    (m) => {
      const [, monthWord = "", fromWord = "", toWord = "", yearWord] = m;
      const month = monthValue(monthWord);
      const from = Number(fromWord);
      const to = Number(toWord);
      if (month === null || !/^[A-Z]/.test(monthWord) || from < 1 || to <= from || to > 31) return null;
      return {
        ...span(m),
        resolve(ctx) {
          const r = calendarDay(ctx, month, from, yearWord);
          if (!r?.day || !isValidDay(r.day.year, month, to)) return null;
          r.endValue = fmtDay({ year: r.day.year, month, day: to });
          return r;
        },
      };
    },
    1,
  ),
  // `24 Feb 2022 05:00`, `March 3, 2023, at 14:30 GMT`: a calendar day with a 24-hour clock time.
  rule(
    "date-time",
    `${B}(?:(${MONTH_ANY})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:(?:,\\s*|\\s+)(${YEAR4}))?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ANY})\\.?(?:,?\\s+(${YEAR4}))?)(?:,\\s*|\\s+)(?:at\\s+)?(\\d{1,2}):(\\d\\d)(?:\\s*(a\\.m\\.?|p\\.m\\.?|am|pm))?(?:\\s+(GMT|UTC|[ECMP][SD]T|local\\s+time|[A-Z][a-z]+\\s+time))?(?![\\w:])`,
    (m) => {
      const [, mdMonth, mdDay, mdYear, dmDay, dmMonth, dmYear, hourWord = "", minuteWord = "", mer, zoneWord] = m;
      const monthWord = mdMonth ?? dmMonth ?? "";
      const month = monthValue(monthWord);
      const dayN = Number(mdDay ?? dmDay);
      let hour = Number(hourWord);
      const minute = Number(minuteWord);
      if (mer && /^p/i.test(mer) && hour < 12) hour += 12;
      if (mer && /^a/i.test(mer) && hour === 12) hour = 0;
      if (month === null || !/^[A-Z]/.test(monthWord) || dayN < 1 || dayN > 31 || hour > 23 || minute > 59) return null;
      const zone = zoneWord ? zoneOf(zoneWord) : null;
      return {
        ...span(m),
        resolve(ctx) {
          const r = calendarDay(ctx, month, dayN, mdYear ?? dmYear);
          if (!r) return null;
          r.type = "TIME";
          r.value = `${r.value}T${pad(hour)}:${pad(minute)}`;
          r.lead = "date";
          if (zone) r.zone = zone;
          return r;
        },
      };
    },
    2,
  ),
  rule(
    "day-month",
    `${B}(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ANY})\\.?(?:,?\\s+(${YEAR4})(?!\\d))?${E}`,
    (m) => {
      const [, , dayWord = "", monthWord = "", yearWord] = m;
      const month = monthValue(monthWord);
      const dayN = Number(dayWord);
      if (month === null || !/^[A-Z]/.test(monthWord) || dayN < 1 || dayN > 31) return null;
      return { ...span(m), resolve: (ctx) => calendarDay(ctx, month, dayN, yearWord) };
    },
  ),
  rule("week-of", `${B}the\\s+week\\s+of\\s+(${MONTH_ANY})\\.?\\s*(\\d{1,2})(?:,?\\s+(${YEAR4}))?${E}`, (m) => ({
    ...span(m),
    resolve(ctx) {
      const month = monthValue(m[1] ?? "") ?? 1;
      const d = Number(m[2]);
      const y = m[3] ? Number(m[3]) : yearFor(ctx.dct, month, d, ctx.tense);
      return isValidDay(y, month, d) ? { type: "DATE", value: fmtWeek({ year: y, month, day: d }) } : null;
    },
  }), 2),
  rule(
    "month-year",
    `${B}(?:(early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of)[\\s-]+)?(${MONTH_ANY})\\.?(?:\\s+of)?,?\\s+(${YEAR4}|${SPELLED_YEAR}|this\\s+year|last\\s+year|next\\s+year)(?!\\d)${E}`,
    (m) => {
      const [, edge, monthWord = "", yearWord = ""] = m;
      const month = monthValue(monthWord);
      if (month === null || !/^[A-Z]/.test(monthWord)) return null;
      return {
        ...span(m),
        resolve(ctx) {
          const yw = yearWord.toLowerCase();
          const y = /^\d/.test(yw) ? Number(yw) : /this year/.test(yw) ? ctx.dct.year : /last year/.test(yw) ? ctx.dct.year - 1 : /next year/.test(yw) ? ctx.dct.year + 1 : spelledYearValue(yw);
          if (y === null) return null;
          return withMod({ type: "DATE", value: fmtMonth(y, month), year: y }, edgeMod(edge));
        },
      };
    },
  ),
  rule(
    "month",
    `${B}(?:(last|this|next|this\\s+past|this\\s+coming|early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of|the\\s+last\\s+week\\s+of|the\\s+first\\s+week\\s+of)[\\s-]+)?(${MONTH_FULL})${E}`,
    (m) => {
      const [, lead, monthWord = ""] = m;
      const month = monthValue(monthWord);
      if (month === null || !/^[A-Z]/.test(monthWord)) return null;
      return {
        ...span(m),
        resolve(ctx) {
          const l = (lead ?? "").toLowerCase();
          if (/^(?:may|march)$/i.test(monthWord) && !lead && !before(ctx, /\b(?:in|of|since|until|till|by|from|through|to|before|after|during|early|late|mid|last|next|this|and|or|between)\s+$/i)) return null;
          if (/^\s*(?:\d|,\s*\d)/.test(ctx.text.slice(ctx.end, ctx.end + 4))) return null;
          const shift: -1 | 0 | 1 = /last|past/.test(l) ? -1 : /next|coming/.test(l) ? 1 : 0;
          const y = l === "this" ? ctx.dct.year : yearFor(ctx.dct, month, null, ctx.tense, shift);
          return withMod({ type: "DATE", value: fmtMonth(y, month), relative: true }, edgeMod(l));
        },
      };
    },
  ),
  rule("month-set", `${B}(?:every|each)\\s+(${MONTH_FULL})${E}`, (m) => ({
    ...span(m),
    resolve: () => ({ type: "SET", value: `XXXX-${pad(monthValue(m[1] ?? "") ?? 1)}` }),
  }), 2),
  // ---- seasons: `last summer`, `the winter of 1994`, `this fall`
  rule(
    "season",
    `${B}(?:(last|this|next|this\\s+past|this\\s+coming|the|early|late|the\\s+early|the\\s+late|mid-?|the\\s+past|that)[\\s-]+)?(${SEASON})(?:\\s+(?:of\\s+)?(${YEAR4}|${SPELLED_YEAR}))?${E}`,
    (m) => {
      const [, lead, word = "", yearWord] = m;
      const l = (lead ?? "").toLowerCase();
      const w = word.toLowerCase();
      if ((w === "fall" || w === "spring") && !lead && !yearWord) return null;
      return {
        ...span(m),
        resolve(ctx) {
          if (!lead && !yearWord && !before(ctx, /\b(?:in|this|last|next|during|by|until|since|early|late|over)\s+$/i)) return null;
          if (/^the\b/.test(l) && !yearWord && after(ctx, /^\s+of\b/)) return null;
          const code = SEASONS[w] ?? "SU";
          const y = yearWord ? (/^\d/.test(yearWord) ? Number(yearWord) : spelledYearValue(yearWord)) : seasonYear(ctx, code, l);
          if (y === null) return null;
          return withMod({ type: "DATE", value: `${fmtYear(y)}-${code}`, relative: !yearWord }, edgeMod(l.replace(/^the\s+/, "")));
        },
      };
    },
  ),
  // ---- years: `1998`, `early 2022`, `the end of 1994`, `mid-1996`, `the year 2000`
  rule(
    "year",
    `${B}(?:(early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of|the\\s+last\\s+half\\s+of|the\\s+latter\\s+half\\s+of|the\\s+year|post|pre|calendar)[\\s-]+)?(${YEAR4}|1[0-5]\\d\\d)(?![\\w%’]|'s\\b|[.,/]\\d)`,
    (m) => {
      const [, edge, yearWord = ""] = m;
      const y = Number(yearWord);
      return {
        ...span(m),
        resolve(ctx) {
          const numStart = ctx.end - yearWord.length;
          if (!edge && !looksLikeYear(ctx.text, numStart, ctx.end)) return null;
          if (edge && /^(?:post|pre)$/i.test(edge) === false && !looksLikeYear(ctx.text, numStart, ctx.end) && COUNT_NOUN.test(ctx.text.slice(ctx.end, ctx.end + 20))) return null;
          if (y < 1600 && !edge && !before(ctx, /\b(?:in|since|of|by|from|until|till|year|around|about|circa|before|after)\s+$/i)) return null;
          const e = (edge ?? "").toLowerCase();
          if (/half/.test(e)) return { type: "DATE", value: `${fmtYear(y)}-H${/first/.test(e) ? 1 : 2}` };
          return withMod({ type: "DATE", value: fmtYear(y), year: y }, edgeMod(e));
        },
      };
    },
  ),
  rule("year-ago-adjective", `${B}(?:the\\s+)?(year-ago|year-earlier|year\\s+earlier|prior-year)(?=\\s+[a-z])`, (m) => ({
    ...span(m),
    resolve(ctx) {
      const q = ctx.lastQuarter;
      if (q) return { type: "DATE", value: `${fmtYear(q.year - 1)}-Q${q.q}`, relative: true };
      return relDate(ctx.dct, "year", -1);
    },
  }), -1),
  rule(
    "holiday",
    `${B}(?:(last|this|next|this\\s+past|this\\s+coming)\\s+)?(Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year's(?:\\s+Day|\\s+Eve)?|Election\\s+Day|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day|Veterans\\s+Day|Easter(?:\\s+Sunday)?|Easter\\s+week|Good\\s+Friday|Halloween|Valentine's\\s+Day)(?:\\s+(${YEAR4}))?${E}`,
    (m) => {
      const [, lead, name = "", yearWord] = m;
      if (!/^[A-Z]/.test(name)) return null;
      return {
        ...span(m),
        resolve(ctx) {
          const l = (lead ?? "").toLowerCase();
          const shift: -1 | 0 | 1 = /last|past/.test(l) ? -1 : /next|coming/.test(l) ? 1 : 0;
          const probe = holidayDay(name, ctx.dct.year);
          if (!probe) return null;
          const y = yearWord ? Number(yearWord) : yearFor(ctx.dct, probe.month, probe.day, ctx.tense, shift);
          const day = holidayDay(name, y);
          if (!day) return null;
          if (/week$/i.test(name)) return { type: "DATE", value: fmtWeek(day), relative: !yearWord };
          return { type: "DATE", value: fmtDay(day), day, relative: !yearWord };
        },
      };
    },
    1,
  ),
  rule("year-spelled", `${B}(?:the\\s+year\\s+)?(${SPELLED_YEAR})${E}`, (m) => {
    const y = spelledYearValue(m[1] ?? "");
    if (y === null) return null;
    return { ...span(m), resolve: () => ({ type: "DATE", value: fmtYear(y) }) };
  }),
  rule("year-bce", `${B}(\\d{1,4})\\s*(B\\.C\\.(?:E\\.)?|BCE?)(?![\\w])`, (m) => {
    const y = Number(m[1]);
    return { ...span(m), resolve: () => ({ type: "DATE", value: `BC${pad(y, 4)}` }) };
  }),
  // ---- decades and centuries: `the 1990s`, `the early '80s`, `the nineties`, `the 20th century`
  rule(
    "decade",
    `${B}(?:(the)\\s+)?(?:(early|mid|late)[\\s-]+)?(?:(1[0-9]|20)(\\d)0'?s|'(\\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${E}`,
    (m) => {
      const [, , edge, century, tens, shortTens, word] = m;
      return {
        ...span(m),
        resolve(ctx) {
          const c = century ?? fmtYear(ctx.dct.year).slice(0, 2);
          const t = tens ?? shortTens ?? String(DECADE_WORDS[(word ?? "").toLowerCase()] ?? "X");
          if (word && !/^the$/i.test(m[1] ?? "") && !edge) return null;
          return withMod({ type: "DATE", value: `${c}${t}` }, edgeMod(edge));
        },
      };
    },
  ),
  rule("century", `${B}(?:(the|this|last|next|that)\\s+)?(?:(early|mid|late)[\\s-]+)?(?:(${ORDINAL}|\\d{1,2}(?:st|nd|rd|th))[\\s-]+)?century${E}`, (m) => {
    const [, det, edge, ord] = m;
    if (!ord && !det) return null;
    return {
      ...span(m),
      resolve(ctx) {
        if (!ord) {
          const d = (det ?? "").toLowerCase();
          if (d === "the" || d === "that") return null;
          return withMod(relDate(ctx.dct, "century", d === "last" ? -1 : d === "next" ? 1 : 0), edgeMod(edge));
        }
        const n = ordinalValue(ord) ?? parseInt(ord, 10);
        return withMod({ type: "DATE", value: pad(n - 1, 2) }, edgeMod(edge));
      },
    };
  }),
  // ---- clock times: `10:35 a.m.`, `5 p.m. EST Nov. 9`, `noon Saturday`, `around 7:15 p.m.`
  rule(
    "clock",
    `${B}(?:(about|around|approximately|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?(?:(\\d{1,2})(?:[:.](\\d\\d))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm|o'clock|in\\s+the\\s+(?:morning|afternoon|evening))|(\\d{1,2}):(\\d\\d)(?=\\s+(?:GMT|UTC|[ECMP][SD]T|local|a\\.m|p\\.m))|(noon|midnight|midday))(?:\\s+(GMT|UTC|[ECMP][SD]T|local\\s+time|[A-Z][a-z]+\\s+time))?(?:,?\\s+(?:on\\s+)?(today|yesterday|tomorrow|tonight|${WEEKDAY}|(?:${MONTH_ANY})\\.?\\s*\\d{1,2}(?!\\d)(?:,?\\s+${YEAR4}(?!\\d))?))?(?![\\w])`,
    (m) => {
      const [, approx, h12, min12, mer, h24, min24, named, zoneWord, dayWord] = m;
      const zone = zoneWord ? zoneOf(zoneWord) : null;
      let hour: number;
      let minute: number;
      if (named) {
        hour = /midnight/i.test(named) ? 0 : 12;
        minute = 0;
      } else if (h24 !== undefined) {
        hour = Number(h24);
        minute = Number(min24);
      } else {
        hour = Number(h12);
        minute = min12 ? Number(min12) : 0;
        const mm = (mer ?? "").toLowerCase();
        if (/^p|afternoon|evening/.test(mm) && hour < 12) hour += 12;
        if (/^a/.test(mm) && hour === 12) hour = 0;
      }
      if (hour > 23 || minute > 59) return null;
      return {
        ...span(m),
        resolve(ctx) {
          if (named && before(ctx, /\bhigh\s+$/i)) return null;
          let day: CalendarDay = ctx.dct;
          let dayYear: number | undefined;
          if (dayWord) {
            const dw = dayWord.toLowerCase();
            const wd = weekdayValue(dw);
            const md = /^([a-z.]+)\s*(\d{1,2})(?:,?\s+(\d{4}))?$/i.exec(dayWord.trim());
            if (wd !== null) day = weekdayDay(ctx.dct, wd, ctx.tense);
            else if (dw === "yesterday") day = addDays(ctx.dct, -1);
            else if (dw === "tomorrow") day = addDays(ctx.dct, 1);
            else if (md) {
              const mo = monthValue(md[1] ?? "") ?? ctx.dct.month;
              const d = Number(md[2]);
              if (md[3]) dayYear = Number(md[3]);
              day = { year: dayYear ?? yearFor(ctx.dct, mo, d, ctx.tense), month: mo, day: d };
              if (!isValidDay(day.year, day.month, day.day)) return null;
            }
          } else if (!(ctx.anchor.year === ctx.dct.year && ctx.anchor.month === ctx.dct.month && ctx.anchor.day === ctx.dct.day)) {
            day = ctx.anchor;
          }
          const r: Resolved = { type: "TIME", value: `${fmtDay(day)}T${pad(hour)}:${pad(minute)}`, relative: !dayYear, narrative: day === ctx.anchor };
          if (dayYear) r.year = dayYear;
          if (dayWord) r.lead = dayWord;
          if (zone) r.zone = zone;
          return withMod(r, approx && /about|around|approx/i.test(approx) ? "APPROX" : undefined);
        },
      };
    },
    1,
  ),
  // ---- sets: `every week`, `each year`, `daily`, `annually`
  rule("set-every", `${B}(?:every|each|per)\\s+(?:other\\s+)?(?:(${COUNT})\\s+)?(${UNIT}|morning|night|evening|summer|winter|spring|fall)${E}`, (m) => {
    const [, countWord, unitWord = ""] = m;
    const stem = unitStem(unitWord);
    return {
      ...span(m),
      resolve() {
        const n = countWord ? countValue(countWord) : 1;
        const part = DAY_PARTS[stem];
        if (part) return { type: "SET", value: `XXXX-XX-XXT${part}` };
        const season = SEASONS[stem];
        if (season) return { type: "SET", value: `XXXX-${season}` };
        return { type: "SET", value: durationValue(n, stem) };
      },
    };
  }, 1),
  rule("set-adverb", `${B}(daily|weekly|monthly|yearly|annually|hourly|quarterly|nightly|biweekly|semiannually|semi-annually|twice\\s+a\\s+(?:day|week|month|year))${E}`, (m) => ({
    ...span(m),
    resolve(ctx) {
      const w = (m[1] ?? "").toLowerCase();
      // Adjectives (`quarterly dividend`, `average daily volume`, `the Party daily Granma`) and
      // growth rates (`rise 8.5% annually`) are not annotated as sets in TimeML news.
      if (w === "quarterly") return null;
      // `a daily basis`, `the daily tally`, `a daily rally` are frequencies (TimeML SET); `the daily`
      // standing alone (`the daily reported`, `quoted the daily.`) is a newspaper.
      if (/^(?:daily|weekly|monthly)$/.test(w) && (after(ctx, /^\s+(?:[A-Z]|newspaper|paper|magazine|publication|journal|tabloid|bulletin|volume|turnover|share|dividends?|flights?|edition|average|trading)/) || before(ctx, /\b(?:average|Party)\s+$/))) return null;
      if (/^(?:daily|weekly|monthly)$/.test(w) && before(ctx, /\b(?:the|a|its|this|that)\s+$/i) && !after(ctx, /^\s+[a-z]/)) return null;
      if (w === "annually" && before(ctx, /(?:%|percent|units|\d)\s+$/i)) return null;
      const values: Record<string, string> = {
        daily: "P1D", weekly: "P1W", monthly: "P1M", yearly: "P1Y", annually: "P1Y", hourly: "PT1H",
        quarterly: "P3M", nightly: "P1D", biweekly: "P2W", semiannually: "P6M", "semi-annually": "P6M",
      };
      const v = values[w] ?? `P1${(UNIT_LETTER[w.split(/\s+/).pop() ?? "day"] ?? "D")}`;
      return { type: "SET", value: v };
    },
  })),
  // ---- document-relative references: `now`, `currently`, `recently`, `the future`
  rule("present-ref", `${B}${PRESENT_WORDS}${E}`, (m) => ({
    ...span(m),
    resolve(ctx) {
      if (/^now$/i.test(m[0]) && after(ctx, /^-/)) return null;
      return { type: "DATE", value: "PRESENT_REF" };
    },
  })),
  rule("current", `${B}(?:then[\\s-]+)?current(?=\\s+(?!accounts?\\b|affairs\\b|events\\b|carrying\\b|assets\\b|liabilities\\b|dollars\\b|and\\b|or\\b)[a-z])`, (m) => ({
    ...span(m),
    resolve: () => ({ type: "DATE", value: /^then/i.test(m[0]) ? "PAST_REF" : "PRESENT_REF" }),
  }), -2),
  rule("soon", `${B}soon${E}`, (m) => ({
    ...span(m),
    resolve(ctx) {
      // `soon after`, `as soon as`, `was soon released`: sequencing, not a reference to the future.
      if (after(ctx, /^\s+(?:after|afterward|as|thereafter|became|enough\s+that)\b/i) || before(ctx, /\b(?:as|so|too|how|was|were|had|became)\s+$/i)) return null;
      return ctx.tense === "future" || before(ctx, /\b(?:will|would|may|might|could|to|should|shall)\s+$/i) ? { type: "DATE", value: "FUTURE_REF" } : null;
    },
  })),
  rule("past-ref", `${B}${PAST_WORDS}${E}`, (m) => ({
    start: m.index + (/^in\s/i.test(m[0]) ? 3 : 0),
    end: m.index + m[0].length,
    resolve: () => ({ type: "DATE", value: "PAST_REF" }),
  })),
  rule("recent", `${B}recent(?=\\s+(?:weeks|months|days|years|decades|times|history|past|memory|quarters|sessions|trading|declines|advances|rulings|closing)\\b)`, (m) => ({
    ...span(m),
    resolve: () => ({ type: "DATE", value: "PAST_REF" }),
  }), -2),
  rule("future-ref", `${B}${FUTURE_WORDS}${E}`, (m) => ({
    ...span(m),
    resolve(ctx) {
      if (/^future$/i.test(m[0]) && !after(ctx, /^\s+(?:of|for|plans?|growth|earnings|results|years|months|quarters|generations|development|prospects|operations|contracts?|deliveries|sales)\b/i) && !before(ctx, /\b(?:the|near|in)\s+$/i)) return null;
      if (/^one\s+day$|^some\s*day$/i.test(m[0]) && !before(ctx, /(?:^|[.,;]\s*|\b(?:will|could|might|would|may|can)\s+)$/i)) return null;
      return { type: "DATE", value: "FUTURE_REF" };
    },
  })),
];

export { YEAR4, APPROX_PREFIX };
