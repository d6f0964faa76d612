import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTimexValue } from "../src/date/index.js";
import { parseDocument } from "../src/index.js";
import type { ParseResult } from "../src/types.js";

const TOKENS = [
  "on Friday", "in February 2022", "08.04.2023", "06:05 GMT", "yesterday", "last month", "two weeks ago",
  "March 3-5", "1.5.3", "555-123-4567", "3-1", "6.5 kg", "2000 soldiers", "in 1998", "9999/12/31",
  "Ukraine.Moscow", "U.S.", "said", "will", "\n", "  ", "\t", "\uFEFF", "\u0301", "\uD800", ".", ",", "-", "12:12:12:12",
  "January", "1 1 1", "date 2023-04-08", "- Sputnik International, 1920, 08.04.2023", "next Tuesday at 5 p.m.",
];

const textArb = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: "binary", maxLength: 12 }), fc.string({ maxLength: 12 })), { maxLength: 30 })
  .map((parts) => parts.join(" "));
const publishedArb = fc.option(
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: undefined },
);

function checkInvariants(text: string, r: ParseResult): void {
  for (const m of r.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.start).toBeLessThan(m.end);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(isTimexValue(m.timex.value)).toBe(true);
    if (m.date) expect(Date.parse(m.date.start)).toBeLessThan(Date.parse(m.date.end));
  }
  for (const e of r.events) {
    expect(text.slice(e.span.start, e.span.end)).toBe(e.sentence);
    expect(e.title.length).toBeLessThanOrEqual(90);
    expect(Date.parse(e.date.start)).toBeLessThan(Date.parse(e.date.end));
    expect(e.confidence).toBeGreaterThan(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
  }
}

describe("parseDocument properties", () => {
  it("never throws, keeps spans inside the input, values valid TIMEX3, intervals non-empty (10,000 runs)", () => {
    fc.assert(
      fc.property(textArb, publishedArb, (text, published) => {
        checkInvariants(text, parseDocument(text, published ? { published } : {}));
      }),
      { numRuns: 10_000, seed: 20230408 },
    );
    // 10,000 documents take ~3 s alone; the machine is shared, so the default 5 s limit is no ceiling.
  }, 60_000);
});
