/** TIMEX3 rules: counted expressions relative to an anchor (`two weeks ago`), durations and vague spans. Order within the group is the declared order. */
import { fmtYear } from "../../date/calendar.js";
import { COUNT, UNIT, VAGUE, countValue, unitStem } from "../lexicon.js";
import { after, before, relDate } from "../resolve.js";
import {
  QUARTER_REACH, B, E, APPROX_PREFIX, prefixMod, withMod, durationValue, GRAN, rule, span,
  type Rule,
} from "./shared.js";

export const DURATION_RULES: readonly Rule[] = [
  // ---- counted expressions relative to the DCT or the narrative anchor: `two weeks ago`
  rule(
    "ago",
    `${B}(?:(${APPROX_PREFIX})\\s+)?(${COUNT}|${VAGUE})\\s+(?:more\\s+)?(${UNIT})(?:\\s+or\\s+so)?\\s+(ago|earlier|before|later|after|from\\s+now|hence|since)${E}`,
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
          const mod = prefixMod(prefix) === "APPROX" || /\sor\s+so\s/i.test(m[0]) ? "APPROX" : undefined;
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
    `${B}(?:(the|these|those|its|their|his|her|each\\s+of\\s+the)\\s+)?(?:(past|last|next|previous|coming|first|final|remaining|following|latest|same|initial|ensuing|preceding|year-earlier|year-ago|comparable|corresponding)\\s+)?(?:(${APPROX_PREFIX})\\s+)?(?:(the|a)\\s+(?=(?:past|last|next)\\s))?(?:(?:past|last|next)\\s+)?(${COUNT}|${VAGUE})(?:\\s*(?:to|or|-)\\s*(${COUNT}))?\\s+(?:(?:more|additional|full|straight|consecutive|trading|business|calendar|fiscal|long|short)\\s+)?(${UNIT})(\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?${E}`,
    (m) => {
      const [, , lead, prefix, , countWord = "", , unitWord = "", andAHalf] = m;
      const stem = unitStem(unitWord);
      const c = countWord.toLowerCase();
      // `the first quarter` is an ordinal quarter, handled by the quarter rule.
      if (stem === "quarter" && !lead && /^(?:a|an|one)$/.test(c)) return null;
      const plural = /s$/i.test(unitWord) || /centuries|millennia/i.test(unitWord);
      // `a year and a half`, `an hour and a half`: the half belongs to the unit just counted.
      // `two to three weeks`: TimeML news annotation values a range of counts by its lower bound (`P2W`).
      const counted = countValue(countWord);
      const n = counted !== null && andAHalf ? counted + 0.5 : counted;
      // `a four year low`, `a two day rally`: a singular unit after a count is an adjective.
      const adjective = counted !== null && counted !== 1 && !andAHalf && !plural;
      const beforeNoun = /^\s+[a-z]/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3));
      if (adjective && !/^\d/.test(c) && !beforeNoun) return null;
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
      // `the two day rally`: the determiner belongs to the noun the duration modifies (as in `the 14-day period`).
      if (adjective && beforeNoun && m[1] && !lead && !prefix && !m[4]) start = m.indices?.[5]?.[0] ?? start;
      return {
        start,
        end: m.index + m[0].length,
        resolve(ctx) {
          if (after(ctx, /^[\s-]+old\b/i)) return null; // ages: `52 years old`
          if (/^an?$/.test(c) && !lead && !prefix && /^(?:year|month|week|day|hour|night)$/.test(stem)) {
            // `$5 a year`, `700 seats a week`, `24 hours a day`: a rate, not a time expression.
            if (before(ctx, /(?:\d|%|percent|times|twice|once|cents?|dollars?|yen|marks|francs|pounds|barrels|seats|flights|minutes|hours|days|nights|weeks|months|million|billion|thousand|hundred)[\s)]*$/i)) return null;
          }
          // `changed from a fiscal year to a calendar year`: with `a`, a fiscal or calendar year names the
          // accounting convention (a kind of year), not a length of time, unless something is measured by
          // it (`for a fiscal year`, `within a calendar year`).
          if (/^an?$/.test(c) && /\b(?:fiscal|calendar)\s+\S+$/i.test(m[0]) && !before(ctx, /\b(?:for|over|within|in|during|after|than|about|nearly|almost)\s+$/i)) return null;
          // `24 hours a day`, `seven days a week`, `two hours per week`: a rate (how much of each period),
          // not a stretch of time the story places; TimeML marks neither part.
          // (`10 years a month ago` is a duration followed by a date.)
          if (n !== null && !lead && after(ctx, /^\s+(?:a|an|per|each)\s+(?:day|week|month|year)\b(?!\s+(?:ago|earlier|later|before|after|from)\b)/i)) return null;
          const mod = prefixMod(prefix);
          // `the last few months`, `the past several quarters`: an uncounted stretch up to now is the
          // recent past (TimeML PAST_REF), not a measurable duration; `the next few days` stays one,
          // so do `for the past few weeks` (measured) and `the last few days of the trial` (its end).
          if (n === null && !before(ctx, /\bfor\s+$/i) && !after(ctx, /^\s+(?:of|before)\b/i) && /\b(?:the|these)\s+(?:past|last|previous)\s+\S/i.test(ctx.text.slice(ctx.start, ctx.end))) return { type: "DATE", value: "PAST_REF" };
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
    `${B}(?:(the)\\s+)?(?:(recent|coming|past|last|next|previous|following|early|ensuing|intervening)\\s+)?(years|months|weeks|days|decades|centuries|hours|minutes|quarters)(?:\\s+(?:or|and)\\s+(?:years|months|weeks|days|decades))?(?:\\s+(ahead|to\\s+come))?${E}`,
    (m) => {
      const [, det, lead, unitWord = "", ahead] = m;
      // `recent quarters` is a span of quarters; elsewhere a bare `quarters` is rarely a time (`three-quarters`, `quarters of the city`).
      if (/^quarters$/i.test(unitWord) && !/^recent$/i.test(lead ?? "")) return null;
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
          // `the early hours of Thursday`: the start of that day, not a length of time.
          if (l === "early") return after(ctx, /^\s+of\b/i) ? null : { type: "DURATION", value: durationValue(null, unitStem(unitWord)) };
          return { type: "DURATION", value: durationValue(null, unitStem(unitWord)) };
        },
      };
    },
  ),
];
