/** TIMEX3 rules: calendar dates, seasons, years, decades and centuries. Order within the group is the declared order. */
import { fmtDay, fmtMonth, fmtWeek, fmtYear, isValidDay, pad } from "../../date/calendar.js";
import {
  DAY_ORDINAL, DECADE_WORDS, MONTH_ANY, MONTH_FULL, ORDINAL, SEASON, SEASONS, SPELLED_YEAR, WEEKDAY,
  dayOrdinalValue, monthValue, ordinalValue, spelledYearValue,
} from "../lexicon.js";
import { after, before, relDate, yearFor, yearNotAfter } from "../resolve.js";
import { PAST_VERB_IN } from "../tense.js";
import { zoneOf } from "../zones.js";
import {
  B, E, YEAR4, edgeMod, withMod, rule, span, COUNT_NOUN, looksLikeYear, holidayDay, calendarDay,
  seasonYear, type Rule,
} from "./shared.js";

export const CALENDAR_RULES: readonly Rule[] = [
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
  // `April 24 and 25`: the second day of a pair is a date of its own (TimeML gives each day a TIMEX3).
  rule(
    "month-day-and",
    `(?<=${B}(${MONTH_ANY})\\.?\\s*\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|or)\\s+)(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(${YEAR4}))?(?![\\d:])(?!\\s*(?:a\\.m|p\\.m|am\\b|pm\\b))${E}`,
    (m) => {
      const [, monthWord = "", dayWord = "", yearWord] = m;
      const month = monthValue(monthWord);
      const dayN = Number(dayWord);
      if (month === null || !/^[A-Z]/.test(monthWord) || dayN < 1 || dayN > 31) return null;
      return {
        ...span(m),
        resolve: (ctx) => (COUNT_NOUN.test(ctx.text.slice(ctx.end, ctx.end + 20)) ? null : calendarDay(ctx, month, dayN, yearWord)),
      };
    },
  ),
  // Spoken dates, the day as an ordinal word: `March eighth`, `Sunday, March eighth`, `the fourth of July, 1997`.
  rule(
    "month-day-spelled",
    // After `Month ordinal` without a year, a word other than a function word makes the ordinal its
    // adjective (`in March second place went to…`), and the month stands alone.
    `${B}(?:(${WEEKDAY}),?\\s+)?(?:(${MONTH_FULL})\\s+(?:the\\s+)?(${DAY_ORDINAL})(?:,?\\s+(${YEAR4})(?!\\d)|(?!\\s+(?!(?:and|or|at|in|on|to|until|through|from|for|with|when|as|by|after|before|is|was|will|would|the|a|an|this|that|he|she|it|they|we)\\b)[a-z]))|the\\s+(${DAY_ORDINAL})\\s+of\\s+(${MONTH_FULL})(?:,?\\s+(${YEAR4})(?!\\d))?)(?![\\w-])`,
    (m) => {
      const [, , mdMonth, mdDay, mdYear, dmDay, dmMonth, dmYear] = m;
      const monthWord = mdMonth ?? dmMonth ?? "";
      const month = monthValue(monthWord);
      const dayN = dayOrdinalValue(mdDay ?? dmDay ?? "");
      if (month === null || !/^[A-Z]/.test(monthWord) || dayN === null || dayN > 31) return null;
      return { ...span(m), resolve: (ctx) => calendarDay(ctx, month, dayN, mdYear ?? dmYear) };
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
      return isValidDay(y, month, d) ? { type: "DATE", value: fmtWeek({ year: y, month, day: d }), relative: !m[3] } : null;
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
          const shift = /this year/.test(yw) ? 0 : /last year/.test(yw) ? -1 : /next year/.test(yw) ? 1 : null;
          // `October this year` counts from the reference: relative, and no year the story stated.
          if (shift !== null) {
            const year = ctx.dct.year + shift;
            return withMod({ type: "DATE", value: fmtMonth(year, month), year, relative: true }, edgeMod(edge));
          }
          const y = /^\d/.test(yw) ? Number(yw) : spelledYearValue(yw);
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
          // `may` and `march` are words too: the month needs a preposition before it, or a determiner
          // before and a noun after (`the March accession`).
          const attributive = (): boolean => before(ctx, /\b(?:the|its|their|a)\s+$/i) && after(ctx, /^\s+(?!of\b|on\b)[a-z]/);
          if (/^(?:may|march)$/i.test(monthWord) && !lead && !before(ctx, /\b(?:in|of|since|until|till|by|from|through|to|before|after|during|early|late|mid|last|next|this|and|or|between)\s+$/i) && !attributive()) return null;
          if (/^\s*(?:\d|,\s*\d)/.test(ctx.text.slice(ctx.end, ctx.end + 4))) return null;
          const shift: -1 | 0 | 1 = /last|past/.test(l) ? -1 : /next|coming/.test(l) ? 1 : 0;
          // `since March` reaches back from now: the latest such month not after the reference.
          // `by February` is a deadline: read it as the clause's future whatever verb reports it.
          const prep = lead ? undefined : /\b(since|by)\s+$/i.exec(ctx.text.slice(Math.max(0, ctx.start - 7), ctx.start))?.[1]?.toLowerCase();
          const since = prep === "since";
          const deadline = prep === "by";
          // `left in March` plainly reports the past: the latest March, even when the next is nearer.
          const reported = !lead && ctx.tense === "past" && before(ctx, PAST_VERB_IN, 60);
          const y = l === "this" ? ctx.dct.year : since || reported ? yearNotAfter(ctx.dct, month, null) : yearFor(ctx.dct, month, null, deadline ? "future" : ctx.tense, shift);
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
    `${B}(?:(last|this|next|this\\s+past|this\\s+coming)\\s+)?(Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year's(?:\\s+Day|\\s+Eve)?|Election\\s+Day|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day|Veterans\\s+Day|Easter\\s+week|Easter(?:\\s+Sunday)?|Good\\s+Friday|Halloween|Valentine's\\s+Day)(?:\\s+(${YEAR4}))?${E}`,
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
    `${B}(?:the\\s+(?:first|second|last|latter)\\s+half\\s+of\\s+)?(?:(the)\\s+)?(?:(early|mid|late)[\\s-]+)?(?:(1[0-9]|20)(\\d)0'?s|'(\\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${E}`,
    (m) => {
      const [, , edge, century, tens, shortTens, word] = m;
      return {
        ...span(m),
        resolve(ctx) {
          const t = tens ?? shortTens ?? String(DECADE_WORDS[(word ?? "").toLowerCase()] ?? "X");
          if (word && !/^the$/i.test(m[1] ?? "") && !edge) return null;
          if (century) return withMod({ type: "DATE", value: `${century}${t}` }, edgeMod(edge));
          // `the '80s`, `the nineties`: the latest such decade that has begun by the reference.
          let c = Math.floor(ctx.dct.year / 100);
          if (/^\d$/.test(t) && c * 100 + Number(t) * 10 > ctx.dct.year) c -= 1;
          return withMod({ type: "DATE", value: `${pad(c, 2)}${t}`, relative: true }, edgeMod(edge));
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
];
