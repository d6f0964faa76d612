/** TIMEX3 rules: document-relative references: `now`, `recently`, `the future`. Order within the group is the declared order. */
import { after, before } from "../resolve.js";
import { B, E, rule, span, PRESENT_WORDS, PAST_WORDS, FUTURE_WORDS, type Rule } from "./shared.js";

export const REFERENCE_RULES: readonly Rule[] = [
  // ---- document-relative references: `now`, `currently`, `recently`, `the future`
  rule("present-ref", `${B}${PRESENT_WORDS}${E}`, (m) => ({
    ...span(m),
    resolve(ctx) {
      if (/^now$/i.test(m[0]) && after(ctx, /^-/)) return null;
      // A sentence opening `Now,` is a discourse marker (a turn in the argument), not a time.
      if (m[0] === "Now" && after(ctx, /^,/)) return null;
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
      // `the future of the company`: its prospects, not a time.
      // `the future looks bleak`: the future as a subject is the outlook, not a time either.
      if (/^the\s+future$/i.test(m[0]) && after(ctx, /^\s+(?:of|looks?|seems?|remains?|appears?|holds?)\b/i)) return null;
      if (/^one\s+day$|^some\s*day$/i.test(m[0]) && !before(ctx, /(?:^|[.,;]\s*|\b(?:will|could|might|would|may|can)\s+)$/i)) return null;
      return { type: "DATE", value: "FUTURE_REF" };
    },
  })),
];
