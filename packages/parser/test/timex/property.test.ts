import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annotateTimex, findCandidates, selectLongest } from "../../src/timex/index.js";
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
});
