import { describe, expect, it } from "vitest";
import { annotateTimex } from "../../src/timex/index.js";

/**
 * Which expressions the annotator marks, and where their spans end: each row was added with a rule
 * chosen on one half of the TempEval-3 training documents and kept because the other half did not
 * lose (sentences are made up).
 */
interface Row {
  text: string;
  /** The expression as the annotation must span it. */
  span: string;
  type: string;
  value: string;
}

const DCT = "1989-10-27";

const spans: Row[] = [
  // The head noun belongs to the span: `future quarters`, not `future` before a noun.
  { text: "The credits will lower its tax bills in future quarters.", span: "future quarters", type: "DATE", value: "FUTURE_REF" },
  { text: "Demand should recover in future years, the chairman said.", span: "future years", type: "DATE", value: "FUTURE_REF" },
  // `recent quarters` is a span of quarters like `recent months`, not the adjective alone.
  { text: "Margins have narrowed in recent quarters as costs rose.", span: "recent quarters", type: "DURATION", value: "PXQ" },
  // A counted singular unit before a noun modifies it; the determiner belongs to that noun (`the 14-day period`).
  { text: "Thousands joined the three day march through the capital.", span: "three day", type: "DURATION", value: "P3D" },
  // Counts in words scale by `hundred`/`thousand`: a span of years, not the year 2000.
  { text: "Its craftsmen have kept their secrets for more than two thousand years.", span: "more than two thousand years", type: "DURATION", value: "P2000Y" },
  // `this (crucial) moment` points at the time of writing, like `now`.
  { text: "He would not be travelling at this crucial moment if the talks had failed.", span: "this crucial moment", type: "DATE", value: "PRESENT_REF" },
  // Spoken dates give the day as an ordinal word; an ordinal before a noun leaves the month alone.
  { text: "He arrived on July twenty-first, 1987, the court heard.", span: "July twenty-first, 1987", type: "DATE", value: "1987-07-21" },
  { text: "The fair opened on the eighth of March.", span: "the eighth of March", type: "DATE", value: "1989-03-08" },
  { text: "In March second place went to a newcomer.", span: "March", type: "DATE", value: "1989-03" },
  // An open end (`or later`, `or earlier`) belongs to the date it bounds.
  { text: "The unit won't be profitable until 1994 or later, analysts say.", span: "1994 or later", type: "DATE", value: "1994" },
  // A duration followed by a date is no rate.
  { text: "He was sentenced to 10 years a month ago.", span: "10 years", type: "DURATION", value: "P10Y" },
  // A fiscal or calendar year that measures something stays a duration.
  { text: "Sales rose 5% in a fiscal year that ended in June.", span: "a fiscal year", type: "DURATION", value: "P1Y" },
];

describe("annotateTimex precision and spans", () => {
  it.each(spans)("spans “$span” in “$text” → $type $value", ({ text, span, type, value }) => {
    const all = annotateTimex(text, { dct: DCT });
    const hit = all.find((a) => text.slice(a.start, a.end) === span);
    expect(hit, JSON.stringify(all.map((a) => [text.slice(a.start, a.end), a.value]))).toBeDefined();
    expect(hit?.type).toBe(type);
    expect(hit?.value).toBe(value);
  });

  const negatives: { text: string; why: string }[] = [
    { text: "The baker cut the pie in quarters.", why: "a bare plural `quarters` after `in` is no span of time" },
    { text: "Guards watched the clinic 24 hours a day.", why: "a rate (`24 hours a day`), not a stretch of time" },
    { text: "Volunteers sorted parcels four days a week.", why: "a rate (`four days a week`)" },
    { text: "The operator changed from a fiscal year to a calendar year.", why: "`a fiscal year` names an accounting convention" },
    { text: "The chips run many of today's personal computers.", why: "`today's` + adjective + era noun is the present era, not the day" },
  ];
  it.each(negatives)("finds no date in “$text” ($why)", ({ text }) => {
    expect(annotateTimex(text, { dct: DCT })).toEqual([]);
  });
});
