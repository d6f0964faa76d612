import { describe, expect, it } from "vitest";
import { annotateTimex } from "../../src/timex/index.js";

/** A mention, its span as the annotation must give it, and `TYPE value` it must resolve to. */
type Row = { text: string; dct: string; span: string; expected: string; why: string };

// Values of mentions the annotator finds (made-up sentences). DCT 1998-08-05 is a Wednesday,
// 1998-08-07 a Friday.
const rows: Row[] = [
  // an uncounted stretch up to now is the recent past; after `for` it is still measured
  { text: "Bond yields have drifted lower over the past several weeks.", dct: "1998-08-07", span: "the past several weeks", expected: "DATE PAST_REF", why: "vague count after the past" },
  { text: "Ticket sales slumped in the last few months.", dct: "1998-08-07", span: "the last few months", expected: "DATE PAST_REF", why: "vague count after the last" },
  { text: "For the past few weeks the mill has run one shift.", dct: "1998-08-07", span: "the past few weeks", expected: "DURATION PXW", why: "`for` measures a duration" },
  { text: "The last few days of the trial were tense.", dct: "1998-08-07", span: "The last few days", expected: "DURATION PXD", why: "the final days of something" },
  { text: "Traders expect the index to recover over the next few days.", dct: "1998-08-07", span: "the next few days", expected: "DURATION PXD", why: "the future stretch stays a duration" },
  // `until`, `as soon as`, `starting` point ahead unless the clause has a past perfect
  { text: "Until Friday, the ministry had not named the buyer.", dct: "1998-08-05", span: "Friday", expected: "DATE 1998-07-31", why: "the past perfect outweighs until" },
  { text: "The bridge remains shut until Friday.", dct: "1998-08-05", span: "Friday", expected: "DATE 1998-08-07", why: "until alone still points ahead" },
  { text: "The agency extended its deadline until Friday.", dct: "1998-08-05", span: "Friday", expected: "DATE 1998-08-07", why: "a simple past does not turn until back" },
  // an -ed word after a determiner or `to` is an adjective, not a past verb
  { text: "The envoy will fly home from the summit Tuesday, according to unconfirmed reports.", dct: "1998-08-07", span: "Tuesday", expected: "DATE 1998-08-11", why: "unconfirmed is no past verb" },
  { text: "Police questioned the injured driver on Monday.", dct: "1998-08-07", span: "Monday", expected: "DATE 1998-08-03", why: "the verb before the adjective still counts" },
];

describe("annotateTimex values", () => {
  it.each(rows)("$span in “$text” (DCT $dct) → $expected ($why)", ({ text, dct, span, expected }) => {
    const all = annotateTimex(text, { dct });
    const hit = all.find((a) => text.slice(a.start, a.end) === span);
    expect(hit && `${hit.type} ${hit.value}`, JSON.stringify(all.map((a) => [text.slice(a.start, a.end), a.value]))).toBe(expected);
  });
});
