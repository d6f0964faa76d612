import { describe, expect, it } from "vitest";
import { annotationAt } from "./helpers.js";
import { parseReferenceDate } from "../../src/date/iso.js";
import type { Candidate } from "../../src/stages/refine.js";
import { resolutionOf } from "../../src/timex/mention.js";
import { mergeCandidates, timexCandidates } from "../../src/timex/stage.js";

const at = (text: string, span: string, value: string): Candidate => {
  const start = text.indexOf(span);
  return {
    start, end: start + span.length, timex: { type: "DATE", value }, precision: "day", date: null,
    resolution: { rule: "absolute", anchor: null, implied: [], explanation: "" }, confidence: 0.9,
  };
};

describe("timexCandidates", () => {
  it.each([
    { text: "Sales rose in the third quarter of 1998.", reference: "1998-10-20", expected: [["the third quarter of 1998", "1998-Q3"]] },
    { text: "Prices fell last week.", reference: "2023-04-08", expected: [["last week", "2023-W13"]] },
    { text: "Prices fell last week.", reference: null, expected: [] },
    { text: "He served three years from 1990 on.", reference: null, expected: [["three years", "P3Y"], ["1990", "1990"]] },
  ])("finds $expected in “$text” (reference $reference)", ({ text, reference, expected }) => {
    const ref = reference ? parseReferenceDate(reference) : null;
    const found = timexCandidates(text, ref, 0).candidates.map((c) => [text.slice(c.start, c.end), c.timex.value]);
    expect(found).toEqual(expected);
  });

  it("reports what it cannot resolve without a reference date", () => {
    const text = "He arrived on Friday and left in March 2020.";
    const { candidates, rejections } = timexCandidates(text, null, 0);
    expect(candidates.map((c) => c.timex.value)).toEqual(["2020-03"]);
    expect(rejections.map((r) => [r.code, text.slice(r.span.start, r.span.end)])).toEqual([["unresolved-relative", "Friday"]]);
  });
});

describe("mergeCandidates", () => {
  const text = "On 08.04.2023 talks ended on Friday; the 1990s were calm.";
  it.each([
    { chrono: ["08.04.2023"], rules: ["Friday", "the 1990s"], expected: ["08.04.2023", "Friday", "the 1990s"], why: "a numeric date only chrono read is kept" },
    { chrono: ["on Friday"], rules: ["Friday"], expected: ["Friday"], why: "an overlapping chrono result gives way to the rule" },
    { chrono: ["talks"], rules: [], expected: [], why: "chrono results without a numeric date are left to the rules" },
  ])("$why", ({ chrono, rules, expected }) => {
    const merged = mergeCandidates(text, rules.map((s) => at(text, s, "X")), chrono.map((s) => at(text, s, "X")));
    expect(merged.map((c) => text.slice(c.start, c.end))).toEqual(expected);
  });
});

describe("resolutionOf", () => {
  it.each([
    { text: "It was founded in 1998.", dct: "2023-04-08", span: "1998", rule: "bare-year" },
    { text: "He said on Friday that talks were off.", dct: "2023-04-08", span: "Friday", rule: "weekday-past-tense" },
    { text: "She will fly to Rome on Friday.", dct: "2023-04-08", span: "Friday", rule: "weekday-future-tense" },
    { text: "He left last Friday.", dct: "2023-04-08", span: "last Friday", rule: "weekday-relative" },
    { text: "The deal was signed on October 5.", dct: "2023-04-08", span: "October 5", rule: "implied-year" },
    { text: "Sales fell last month.", dct: "2023-04-08", span: "last month", rule: "relative-to-published" },
    { text: "The blast came at 5 p.m. local time.", dct: "2023-04-08", span: "5 p.m. local time", rule: "time-on-published-day" },
    { text: "The storm hit on Aug. 3. The following day the river flooded.", dct: "2023-08-20", span: "The following day", rule: "anchored-to-previous" },
    { text: "It rained on March 3, 2023.", dct: "2023-04-08", span: "March 3, 2023", rule: "absolute" },
  ])("names how $span was resolved: $rule", ({ text, dct, span, rule }) => {
    const a = annotationAt(text, dct, span);
    expect(a).toBeDefined();
    if (a) expect(resolutionOf(a, text).resolution.rule).toBe(rule);
  });
});
