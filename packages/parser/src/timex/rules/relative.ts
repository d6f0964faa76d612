/** TIMEX3 rules: relative units, narrative anchoring, deictic days and weekdays. Order within the group is the declared order. */
import { addDays, fmtDay, fmtYear, isoWeekday } from "../../date/calendar.js";
import { DAY_PARTS, ORDINAL, WEEKDAY, weekdayValue } from "../lexicon.js";
import { after, before, relDate, shiftValue, type Granularity } from "../resolve.js";
import {
  B, E, edgeMod, GRAN, rule, groupStart, span, fixedDay, weekdayPhrase, dayPartSuffix, withMod, type Rule,
} from "./shared.js";

/** Parts of the day that a weekday keeps in its value (`Friday evening`); `night` is left out. */
const PART_OF_WEEKDAY = new Set(["afternoon", "evening"]);

export const RELATIVE_RULES: readonly Rule[] = [
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
          // `ABC's "This Week"`: a quoted, capitalised unit is a title, not a week.
          if (/^[A-Z][a-z]/.test(unit) && before(ctx, /["“'‘]$/)) return null;
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
      // `ahead of the weekend`, `until the weekend` look forward whatever the clause's tense.
      const forward = before(ctx, /\b(?:ahead\s+of|until|till)\s+$/i);
      const shift = n === 0 && ctx.tense === "past" && wd < 5 && !forward ? -1 : n;
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
      // `the year of the dragon` is no calendar year; `a high for the year of $42.875` is (the amount is the high's).
      if (after(ctx, /^\s*(?:-|of\b(?!\s+(?:US)?\$)|in\b|before\b|after\b|when\b|that\b|[A-Za-z]+s\b)/)) return null;
      if (w.startsWith("the ")) {
        if (u !== "year") return null;
        // `the year ended Sept. 30`, `throughout the year` measure a year; `earlier in the year`,
        // `for the year` (a report's year to date) name the current one.
        if (after(ctx, /^\s+(?:ended|ending|to\s+date)\b/i) || before(ctx, /\b(?:throughout|during|over|within)\s+$/i)) return { type: "DURATION", value: "P1Y" };
        return { type: "DATE", value: fmtYear(ctx.dct.year), relative: true };
      }
      const gran = GRAN[u] ?? "day";
      if (w.startsWith("that") && u === "year" && ctx.anchorYear !== null) return { type: "DATE", value: fmtYear(ctx.anchorYear), relative: true };
      return relDate(w.startsWith("this") ? ctx.dct : ctx.anchor, gran, 0);
    },
  }), -1),
  // ---- narrative anchoring: `the following day`, `the day before`, `that same day`
  rule(
    "anchored",
    `${B}(?:(earlier|later)\\s+)?(?:(?:the|that)\\s+)?(following|next|previous|preceding|same|prior)\\s+(day|morning|afternoon|evening|night|week|month|year)|(?:the\\s+)?(day|night)\\s+(before|after)(?!\\s+(?!(?:and|but|or|when|as|while)\\b)[A-Za-z0-9])|(?:earlier|later)\\s+that\\s+(day|morning|week|month|year)|that\\s+(?:same\\s+)?(day|morning|afternoon|evening|night)`,
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
        // `today's computers`, `today's world`, `today's personal computers` (an adjective between):
        // the present era, which TimeML news leaves unmarked.
        if (/^today$/i.test(m[0]) && /^['’]s\s+(?:[a-z]+\s+)?(?:world|youth|society|standards|economy|market|young|generation|computers|technology|children|kids|families)\b/i.test(ctx.text.slice(ctx.end, ctx.end + 40))) return null;
        // `the people of tomorrow`, `the cars of tomorrow`: the era to come, not the next day.
        if (/^tomorrow$/i.test(m[0]) && before(ctx, /\b(?:the|our|their)\s+[a-z]+\s+of\s+$/i)) return null;
        if (word === "overnight") {
          // In a story set on an earlier day (`closed lower Friday ... depressed by overnight losses`)
          // it is the night before that day.
          const storyDay = ctx.anchor;
          if (fmtDay(storyDay) !== fmtDay(ctx.dct)) return { type: "TIME", value: `${fmtDay(addDays(storyDay, -1))}TNI`, relative: true, narrative: true };
          return { type: "TIME", value: `${fmtDay(day)}TNI`, relative: true };
        }
        if (part && (word === "this" || word === "last" || word === "yesterday" || word === "tomorrow" || word === "today")) {
          return { type: "TIME", value: `${fmtDay(day)}${dayPartSuffix(part)}`, day, relative: true };
        }
        return fixedDay(ctx, day);
      },
    }),
  ),
  // ---- `today is the eighth day of the blockade`, `it's the second day of an offensive`: the present day
  rule("ordinal-day", `(?<=\\b(?:today\\s+is|it['’]s|it\\s+is|this\\s+is)\\s+)(?:the\\s+)?${ORDINAL}\\s+(?:straight\\s+|consecutive\\s+)?day${E}`, (m) => ({
    ...span(m),
    resolve: (ctx) => fixedDay(ctx, ctx.dct),
  })),
  // ---- a qualified part of the story's day: `mid-afternoon`, `late morning yesterday`
  rule("day-part", `${B}(early|late|mid-?)\\s*(morning|afternoon|evening)(?:\\s+(yesterday|today|tomorrow))?${E}`, (m) => ({
    ...span(m),
    resolve(ctx) {
      const word = (m[3] ?? "").toLowerCase();
      const day = word ? addDays(ctx.dct, word === "yesterday" ? -1 : word === "tomorrow" ? 1 : 0) : ctx.anchor;
      return withMod({ type: "TIME", value: `${fmtDay(day)}${dayPartSuffix(m[2])}`, day, relative: true, narrative: !word }, edgeMod(m[1]));
    },
  })),
  // `placed orders in the morning`, in a past clause of a story set on an earlier day: that day's morning.
  // (Elsewhere `in the morning` is habitual or tomorrow's, which TimeML news leaves unmarked.)
  rule("the-day-part", `${B}the\\s+(morning|afternoon|evening)${E}`, (m) => ({
    ...span(m),
    resolve(ctx) {
      if (!before(ctx, /\b(?:in|during)\s+$/i) || after(ctx, /^\s+(?:of|before|after)\b/i)) return null;
      if (fmtDay(ctx.anchor) === fmtDay(ctx.dct) || ctx.tense !== "past") return null;
      return { type: "TIME", value: `${fmtDay(ctx.anchor)}${dayPartSuffix(m[1])}`, relative: true, narrative: true };
    },
  })),
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
          // TimeML gives a named part of the day its own value (`Friday evening` → `…TEV`); news
          // annotation mostly dates `Friday night` to the day itself, so night stays a day.
          const part = (m[3] ?? "").toLowerCase();
          const r = PART_OF_WEEKDAY.has(part) ? { ...fixedDay(ctx, day), type: "TIME" as const, value: `${fmtDay(day)}${dayPartSuffix(part)}` } : fixedDay(ctx, day);
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
];
