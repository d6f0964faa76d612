/** TIMEX3 rules: sets: `every week`, `daily`, `annually`. Order within the group is the declared order. */
import { COUNT, DAY_PARTS, SEASONS, UNIT, UNIT_LETTER, countValue, isTimeUnit, unitStem } from "../lexicon.js";
import { after, before } from "../resolve.js";
import { B, E, durationValue, rule, span, type Rule } from "./shared.js";

export const SET_RULES: readonly Rule[] = [
  // ---- sets: `every week`, `each year`, `daily`, `annually`
  rule("set-every", `${B}(?:every|each|per)\\s+(?:other\\s+)?(?:(${COUNT})\\s+)?(${UNIT}|morning|night|evening|summer|winter|spring|fall)${E}`, (m) => {
    const [, countWord, unitWord = ""] = m;
    const stem = unitStem(unitWord);
    return {
      ...span(m),
      resolve(ctx) {
        // `15 million instructions per second`, `60 miles per hour`: a unit of measure, not a set of
        // times (`three times per hour` is one).
        if (/^per\s/i.test(m[0]) && isTimeUnit(stem) && !before(ctx, /\b(?:times|once|twice)\s+$/i)) return null;
        const n = countWord ? countValue(countWord) : 1;
        const part = DAY_PARTS[stem];
        if (part) return { type: "SET", value: `XXXX-XX-XXT${part}` };
        const season = SEASONS[stem];
        if (season) return { type: "SET", value: `XXXX-${season}` };
        return { type: "SET", value: durationValue(n, stem) };
      },
    };
  }, 1),
  // `the past three summers`: a counted plural season is the season recurring (TimeML SET), not a stretch.
  rule("season-set", `${B}(?:the\\s+)?(?:past|last|next|previous|coming|following)\\s+(?:${COUNT})\\s+(summers|winters|springs|autumns|falls)${E}`, (m) => ({
    ...span(m),
    resolve: () => ({ type: "SET", value: `XXXX-${SEASONS[(m[1] ?? "").toLowerCase().slice(0, -1)] ?? "SU"}` }),
  }), 1),
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
];
