/** TIMEX3 rules: clock times with their zones. Order within the group is the declared order. */
import { addDays, fmtDay, isValidDay, pad, type CalendarDay } from "../../date/calendar.js";
import { MONTH_ANY, WEEKDAY, monthValue, weekdayValue } from "../lexicon.js";
import { before, weekdayDay, yearFor } from "../resolve.js";
import { zoneOf } from "../zones.js";
import type { Resolved } from "../types.js";
import { B, YEAR4, withMod, rule, span, type Rule } from "./shared.js";

export const CLOCK_RULES: readonly Rule[] = [
  // ---- clock times: `10:35 a.m.`, `5 p.m. EST Nov. 9`, `noon Saturday`, `around 7:15 p.m.`
  rule(
    "clock",
    `${B}(?:(about|around|approximately|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?(?:(\\d{1,2})(?:[:.](\\d\\d))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm|o'clock|in\\s+the\\s+(?:morning|afternoon|evening))|(\\d{1,2}):(\\d\\d)(?=\\s+(?:GMT|UTC|[ECMP][SD]T|local|a\\.m|p\\.m))|(noon|midnight|midday))(?:\\s+(GMT|UTC|[ECMP][SD]T|local\\s+time|[A-Z][a-z]+\\s+time))?(?:,?\\s+(?:on\\s+)?(today|yesterday|tomorrow|tonight|${WEEKDAY}|(?:${MONTH_ANY})\\.?\\s*\\d{1,2}(?!\\d)(?:,?\\s+${YEAR4}(?!\\d))?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_ANY})(?![a-z])\\.?(?:,?\\s+${YEAR4}(?!\\d))?))?(?![\\w])`,
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
            // `Nov. 9, 1989` or `24 Feb 2022`: month and day in either order.
            const trimmed = dayWord.trim();
            const dm = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?(?:,?\s+(\d{4}))?$/i.exec(trimmed);
            const md = dm ? [dm[0], dm[2], dm[1], dm[3]] : /^([a-z.]+)\s*(\d{1,2})(?:,?\s+(\d{4}))?$/i.exec(trimmed);
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
];
