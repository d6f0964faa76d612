import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annotateTimex, findCandidates, selectLongest } from "../../src/timex/index.js";
import { forEachSelected } from "../../src/timex/candidates.js";
import { RULES, type Rule } from "../../src/timex/rules/index.js";
import type { Candidate } from "../../src/timex/types.js";
import { annotationToCandidate } from "../../src/timex/mention.js";
import { isTimex3Value } from "../../src/timex/syntax.js";

// Pieces of news prose and of the adversarial families: dates, counts, clock times, whitespace
// runs, repeated numbers and month names, punctuation.
const TOKENS = [
  "Friday", "last week", "the third quarter", "1998", "2000 soldiers", "in 1990", "the 1990s", "'80s",
  "Jan.", "March", "May", "12", "31", "7,", "3-5", "10:35 a.m.", "5 p.m. EST", "noon", "12:12:12",
  "two", "three years", "a year", "ago", "earlier", "later", "every", "each", "Monday", "weekly",
  "now", "recently", "the future", "early", "mid-", "late", "fiscal", "$", "%", "1.5.3", "555-1234",
  "the", "of", "and", ",", ".", "\n", "  ", "   \t ", "-", "'s", "summer", "last", "next", "this",
  "BC", "B.C.", "century", "20th", "Thanksgiving", "year-ago", "period", "half", "the following day",
];
const piece = fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 3000 }).map(String));
const input = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(" "));
const dct = fc
  .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

describe("annotateTimex properties", () => {
  it("never throws, keeps spans inside the input, writes valid TIMEX3 values and forward intervals (10,000 inputs)", () => {
    fc.assert(
      fc.property(input, dct, (text, reference) => {
        for (const a of annotateTimex(text, { dct: reference })) {
          expect(a.start).toBeGreaterThanOrEqual(0);
          expect(a.end).toBeLessThanOrEqual(text.length);
          expect(a.start).toBeLessThan(a.end);
          expect(text.slice(a.start, a.end)).toBe(text.slice(a.start, a.end).trim());
          expect(isTimex3Value(a.value), a.value).toBe(true);
          const c = annotationToCandidate(a, text, 0);
          if (c.date) expect(Date.parse(c.date.start)).toBeLessThan(Date.parse(c.date.end));
        }
      }),
      { numRuns: 10_000, seed: 20261128 },
    );
  });

  it("finds the same expressions with keyword windows as with full scans (2,000 inputs)", () => {
    const key = (c: { start: number; end: number; rule: string }) => `${c.rule}:${c.start}:${c.end}`;
    fc.assert(
      fc.property(input, (text) => {
        const full = selectLongest(findCandidates(text, undefined, false), text.length).map(key);
        const gated = selectLongest(findCandidates(text, undefined, true), text.length).map(key);
        expect(gated).toEqual(full);
      }),
      { numRuns: 2_000, seed: 7 },
    );
  });

  // The anchored rules (rules/anchors.ts): month words in both cases and look-alikes, clock times,
  // hyphenated units, and long words so that windows end inside tokens.
  const ANCHOR_TOKENS = [
    "May", "may", "MAY", "March", "march", "Mar.", "Market", "mayor", "Jan5", "Sept.", "Febr.", "decision", "Dec",
    "5", "12", "10:35", "10.35", "a.m.", "p.m.", "am", "pm", "5pm", "o'clock", "in the morning", "noon", "Midnight", "GMT", "EST",
    "Kyiv time", "on", "Friday", "two-year", "-", "year", "years", "years-long", "-old", "week of", "the week of", "every", "each",
    "1998", "3", "4-5", "through", "to", ",", "early", "mid", "of", "the", "x".repeat(37), "Nov".padEnd(60, "e"),
    "5th", "the 5th of", "OF", "every", "Each", "the week of", "this year", "nineteen ninety", "two thousand", "at", "AT 14:30",
    ", 2023,", ".", " ".repeat(50), "\t\n", "Jan.5", "March3", "14:30",
  ];
  const anchorPiece = fc.oneof(fc.constantFrom(...ANCHOR_TOKENS), fc.string({ maxLength: 3 }));
  const anchorText = fc.array(anchorPiece, { maxLength: 40 }).map((parts) => parts.join(" "));
  it("skips only windows where anchored rules cannot match (5,000 inputs)", () => {
    const key = (c: { start: number; end: number; rule: string }) => `${c.rule}:${c.start}:${c.end}`;
    fc.assert(
      fc.property(anchorText, (text) => {
        const every = findCandidates(text, undefined, true, false).map(key);
        const anchored = findCandidates(text, undefined, true, true).map(key);
        expect(anchored.sort()).toEqual(every.sort());
      }),
      { numRuns: 5_000, seed: 8 },
    );
  });

  it.each([
    // A window (from "5", no clock time) ends inside "12amx": its scan sees "12am", as it did before anchors.
    { text: `5 ${"x".repeat(40)} 12amx`, rule: "clock", spans: ["12am"] },
    // Only lower-case month words and look-alikes: no month rule keeps anything, windows or not.
    { text: "the market may decide in march whether the decline", rule: "month-day", spans: [] },
    { text: "Officials met on March 3 and a two-year plan began at 5 p.m.", rule: "month-day", spans: ["March 3"] },
    { text: "Officials met on March 3 and a two-year plan began at 5 p.m.", rule: "clock", spans: ["5 p.m."] },
    { text: "Officials met on March 3 and a two-year plan began at 5 p.m.", rule: "duration-adjective", spans: ["two-year"] },
    // Context anchors: a number after the month (either date-time form), a day before it, a year after it.
    { text: "It started on 24 Feb at 05:00 local time.", rule: "date-time", spans: ["24 Feb at 05:00 local time"] },
    { text: "It started on March 3, 2023, at 14:30 GMT.", rule: "date-time", spans: ["March 3, 2023, at 14:30 GMT"] },
    { text: "It ended on the 5th of  May 1998.", rule: "day-month", spans: ["the 5th of  May 1998"] },
    { text: "It ended in May of two thousand.", rule: "month-year", spans: ["May of two thousand"] },
    { text: "The talks, the week of\tJune 3, failed.", rule: "week-of", spans: ["the week of\tJune 3"] },
  ])("finds $spans for $rule in $text with anchors, as without", ({ text, rule, spans }) => {
    for (const anchors of [true, false]) {
      const found = findCandidates(text, undefined, true, anchors).filter((c) => c.rule === rule);
      expect(found.map((c) => text.slice(c.start, c.end))).toEqual(spans);
    }
  });

  it("forEachSelected hands on what selectLongest keeps of findCandidates and the extra candidates, in order (3,000 inputs)", () => {
    const key = (c: Candidate) => `${c.rule}:${c.start}:${c.end}`;
    // Extra candidates (as a caller passes): overlapping, empty, equal to rule candidates, past the text's end.
    const extra = fc.array(
      fc.record({ start: fc.integer({ min: 0, max: 120 }), length: fc.integer({ min: 0, max: 12 }), priority: fc.integer({ min: -1, max: 3 }) }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(input, extra, (text, spans) => {
        const extras: Candidate[] = spans.map((s, i) => ({ start: s.start, end: s.start + s.length, rule: `extra${i}`, priority: s.priority, resolve: () => null }));
        const expected = selectLongest([...findCandidates(text), ...extras], text.length).map(key);
        const visited: string[] = [];
        forEachSelected(text, RULES, extras, (c) => visited.push(key(c)));
        expect(visited).toEqual(expected);
      }),
      { numRuns: 3_000, seed: 9 },
    );
  });

  it("forEachSelected hands on a candidate before the scans reach the end of the text", () => {
    // Two rules that log when they build a candidate; the visitor logs what it is handed.
    const log: string[] = [];
    const logging = (name: string, source: string): Rule => ({
      name,
      pattern: new RegExp(source, "g"),
      priority: 0,
      trigger: null,
      build: (m) => {
        log.push(`build ${name} ${m.index}`);
        return { start: m.index, end: m.index + m[0].length, resolve: () => null };
      },
    });
    const text = "aa b aa b aa";
    forEachSelected(text, [logging("a", "a+"), logging("b", "b")], [], (c) => log.push(`visit ${c.rule} ${c.start}`));
    expect(log.indexOf("visit a 0")).toBeGreaterThanOrEqual(0);
    expect(log.indexOf("visit a 0")).toBeLessThan(log.indexOf("build a 10"));
    expect(log.filter((l) => l.startsWith("visit"))).toEqual(["visit a 0", "visit b 3", "visit a 5", "visit b 8", "visit a 10"]);
  });

  // A value the text states in full cannot change with the reference date; one that does is
  // relative and must say so (anchor set), or a document without a reference would keep a value
  // computed from the stand-in date (`early October this year` → 2000-10).
  const FULL_TOKENS = [
    "early", "October", "March 6", "this year", "last year", "next year", "of", "the week of", "the", "nineties",
    "'80s", "1988", "period", "quarter", "third", "1998", "in", "Friday", "later", ",", ".", "profit", "rose",
    "March 5, 2020", "three days later", "the next day", "between May and", "June 2022", "from 1 a.m. to", "5 a.m. on 26 March 2023",
  ];
  const prose = fc.array(fc.constantFrom(...FULL_TOKENS), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(" "));
  it("gives values stated in full or counted from them (anchor null, fromText) whatever the reference date (3,000 inputs)", () => {
    fc.assert(
      fc.property(prose, dct, dct, (text, first, second) => {
        const other = new Map(annotateTimex(text, { dct: second }).map((a) => [`${a.start}:${a.end}`, a]));
        for (const a of annotateTimex(text, { dct: first })) {
          const b = other.get(`${a.start}:${a.end}`);
          if ((a.anchor !== null && !a.fromText) || !b) continue;
          expect([text.slice(a.start, a.end), b.value, b.endValue]).toEqual([text.slice(a.start, a.end), a.value, a.endValue]);
        }
      }),
      { numRuns: 3_000, seed: 1128 },
    );
  });
});
