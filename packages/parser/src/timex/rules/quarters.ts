/** TIMEX3 rules: quarters, halves and fiscal years. Order within the group is the declared order. */
import { fmtYear, quarterOf } from "../../date/calendar.js";
import { MONTH_ANY, NUMBER_WORD, ORDINAL, countValue, monthValue, ordinalValue } from "../lexicon.js";
import { relDate, yearNotAfter } from "../resolve.js";
import type { Resolved, ResolveContext } from "../types.js";
import { B, E, QUARTER_REACH, YEAR4, rule, groupStart, span, quarterYear, type Rule } from "./shared.js";

const ENDED = new RegExp(`^\\s+ended\\s+(${MONTH_ANY})\\.?\\s*(\\d{1,2})(?!\\d)(?:,?\\s+(${YEAR4}))?`, "i");

/**
 * The year of a (fiscal) quarter from the day it ended (`the second quarter ended Oct. 31`): the
 * day's year, stated or the latest such day not after the reference. Null without such a clause.
 */
function endedYear(ctx: ResolveContext): number | null {
  const m = ENDED.exec(ctx.text.slice(ctx.end, ctx.end + 30));
  const month = m ? monthValue(m[1] ?? "") : null;
  if (!m || month === null) return null;
  return m[3] ? Number(m[3]) : yearNotAfter(ctx.dct, month, Number(m[2]));
}

/** `the first nine months`, `the six months`, `quarter`: the period words of an earnings report. */
const PERIOD_WORD = new RegExp(`\\b(?:(?:first|the|past|latest)\\s+(${NUMBER_WORD}|\\d{1,2})\\s+months|quarter)\\b`, "gi");

/**
 * The count of months of the period named last in the sentence and the one before it (`the first
 * nine months`), or null when a quarter (or nothing) was named last.
 */
function lastMonthsSpan(ctx: ResolveContext): number | null {
  // A bounded window before the mention: a text without sentence ends stays linear.
  const window = ctx.text.slice(Math.max(0, ctx.sentenceStart - QUARTER_REACH, ctx.start - 2 * QUARTER_REACH), ctx.start);
  let last: RegExpExecArray | null = null;
  PERIOD_WORD.lastIndex = 0;
  for (let m = PERIOD_WORD.exec(window); m; m = PERIOD_WORD.exec(window)) last = m;
  const n = last?.[1] ? countValue(last[1]) : null;
  return n !== null && Number.isInteger(n) && n > 1 && n < 12 ? n : null;
}

export const QUARTER_RULES: readonly Rule[] = [
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
          // `a quarter of the shares`, `quarter-century`, `quarter-to-quarter`: not a calendar quarter.
          // An ordinal keeps it a quarter: `a loss for the third quarter of $226.3 million`.
          if (/^(?:\s*(?:of|point|mile|inch|century)|-(?:century|to-))/i.test(ctx.text.slice(ctx.end, ctx.end + 20)) && !ofYear && !(ord && /^\s*of\b/i.test(ctx.text.slice(ctx.end, ctx.end + 5)))) return null;
          const ordinal = ord ? (ordinalValue(ord) ?? (/final|last/i.test(ord) ? (n === "half" ? 2 : 4) : null)) : null;
          const yearWord = /((?:19|20)\d\d)/.exec(a)?.[1] ?? (ofYear && /\d/.test(ofYear) ? ofYear : undefined);
          let y: number;
          let q: number;
          const last = ctx.lastQuarter;
          let fromStory = false;
          // Set when the quarter itself (not only its year) is counted from the reference.
          let quarterFromDct = false;
          if (ordinal !== null) {
            q = ordinal;
            y = yearWord ? Number(yearWord) : endedYear(ctx) ?? quarterYear(ctx, n === "half" ? ordinal * 2 : ordinal);
          } else if (/latest|recent/.test(a) && !yearWord) {
            const prev = quarterOf(ctx.dct.month) - 1;
            q = prev === 0 ? 4 : prev;
            y = prev === 0 ? ctx.dct.year - 1 : ctx.dct.year;
            quarterFromDct = true;
          } else if (/current/.test(a) || d === "this") {
            q = quarterOf(ctx.dct.month);
            y = ctx.dct.year;
            quarterFromDct = true;
          } else if (last && !/previous|prior/.test(a)) {
            q = last.q;
            y = yearWord ? Number(yearWord) : last.year;
            fromStory = !yearWord;
            quarterFromDct = last.relative;
          } else {
            const prev = quarterOf(ctx.dct.month) - 1;
            q = prev === 0 ? 4 : prev;
            y = prev === 0 ? ctx.dct.year - 1 : ctx.dct.year;
            if (yearWord) y = Number(yearWord);
            quarterFromDct = true;
          }
          const rel = `${d} ${ofYear ?? ""}`;
          if (/last year|previous year|prior year/.test(rel)) y = ctx.dct.year - 1;
          if (/next year/.test(rel)) y = ctx.dct.year + 1;
          if (/this year/.test(rel)) y = ctx.dct.year;
          const shifted = /year-ago|year-earlier|year ago|year earlier/.test(a) || Boolean(yearAgo);
          if (shifted) y -= 1;
          // `the first nine months ... In the year-earlier period`: a period with no name of its own is
          // the stretch the story last measured, when that was a count of months rather than a quarter.
          if (n === "period" && shifted && ordinal === null) {
            const months = lastMonthsSpan(ctx);
            if (months !== null) return { type: "DURATION", value: `P${months}M` };
          }
          const relative = !yearWord || quarterFromDct;
          if (n === "half") return { type: "DATE", value: `${fmtYear(y)}-H${q}`, relative };
          const r: Resolved = { type: "DATE", value: `${fmtYear(y)}-Q${q}`, relative };
          // `after a flat second quarter`: a quarter named with `a` is a comparison, not the quarter
          // the story reports (`a third-quarter loss`, an adjective, still is).
          if (!shifted && !yearWord && !(d === "a" && !hyphenated)) r.quarter = { year: y, q };
          // `the year-earlier period` compares with the quarter the story reports: that quarter stays
          // the topic (a later `a year ago` still means its year-ago quarter).
          else if (fromStory && last) r.quarter = { year: last.year, q: last.q };
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
      // `the latest fiscal year` is the last one reported, like `the latest quarter`: the one before the current.
      const n = /next|coming|new/.test(w) ? 1 : /last|previous|latest/.test(w) ? -1 : 0;
      return relDate(ctx.dct, "year", n);
    },
  }), -1),
];
