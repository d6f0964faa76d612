import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DANGLING, MAX_TITLE, dangles, makeTitle, spaceSplitCount, tidy } from "../src/stages/title.js";

// Words and separators titles are made of, with the function words a title must not end on.
const piece = fc.oneof(
  fc.constantFrom("the", "The", "a", "an", "of", "their", "theirs", "that", "with", "Or", "and", "said", "minister", "Kyiv", "x"),
  fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0", ",", ".", "-", "\""),
  fc.string({ maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(""));

describe("title helpers", () => {
  it.each([
    { text: "", count: 1 },
    { text: "one", count: 1 },
    { text: "one two three", count: 3 },
    { text: " leading and  double ", count: 6 },
  ])("spaceSplitCount($text) is $count", ({ text: t, count }) => {
    expect(spaceSplitCount(t)).toBe(count);
  });

  it("spaceSplitCount counts what split(\" \") does (2,000 inputs)", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(spaceSplitCount(t)).toBe(t.split(" ").length);
      }),
      { numRuns: 2_000, seed: 11 },
    );
  });

  it.each([
    { text: "prohibiting negotiations with", dangles: true },
    { text: "a long list of reasons given by their", dangles: true },
    { text: "said the minister", dangles: false },
    { text: "the", dangles: false },
    { text: "x\u00a0the", dangles: true },
    { text: "covered by theirs", dangles: false },
  ])("dangles($text) is $dangles", ({ text: t, dangles: expected }) => {
    expect(dangles(t)).toBe(expected);
  });

  it("dangles reads the tail only but answers as the full pattern (5,000 inputs)", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(dangles(t)).toBe(DANGLING.test(t));
      }),
      { numRuns: 5_000, seed: 12 },
    );
  });
});

describe("tidy", () => {
  it.each([
    { text: "  the talks ,, ended ;  ", tidy: "the talks, ended" },
    { text: "- said:\tthe minister .", tidy: "said: the minister" },
    { text: "a\u00a0b , c", tidy: "a b, c" },
  ])("tidy($text) is $tidy", ({ text: t, tidy: expected }) => {
    expect(tidy(t)).toBe(expected);
  });

  // makeTitle skips tidying what is already tidy.
  const messy = fc
    .array(fc.oneof(fc.constantFrom(" ", "  ", "\t", "\u00a0", ",", ";", ":", ".", "!", "—", "-", "x", "word"), fc.string({ maxLength: 3 })), { maxLength: 20 })
    .map((parts) => parts.join(""));
  it("is idempotent (5,000 inputs)", () => {
    fc.assert(
      fc.property(messy, (t) => {
        const once = tidy(t);
        expect(tidy(once)).toBe(once);
      }),
      { numRuns: 5_000, seed: 14 },
    );
  });
});

describe("makeTitle", () => {
  // Titles over 90 characters stop at the last phrase boundary (at or before character 90) whose
  // prefix has three words, balanced quotes and no dangling function word.
  it.each([
    {
      // Boundaries: "," and " including" (prefix "… plan"), then "(" (prefix "… including the": dangles).
      sentence:
        "The regional council approved the long and heavily debated plan, including the (new) budget for schools and roads in March 2023.",
      date: "March 2023",
      title: "The regional council approved the long and heavily debated plan",
    },
    {
      // Boundaries: "(" (prefix "… the plan") and " from" (prefix "… (with support"): both fit, the later wins.
      sentence:
        "The regional council approved the plan (with support from the mayor) for new schools and roads in the northern provinces and towns in March 2023.",
      date: "March 2023",
      title: "The regional council approved the plan (with support",
    },
    {
      // Boundaries: "," inside the quote (unbalanced prefix), then " when" after it closes.
      sentence: 'The minister said "the talks in Geneva were over, for now" when reporters asked about the ceasefire deal signed on Friday.',
      date: "Friday",
      title: 'The minister said "the talks in Geneva were over, for now"',
    },
  ])("shortens to $title", ({ sentence, date, title }) => {
    const start = sentence.indexOf(date);
    const made = makeTitle(sentence, { start, end: start + date.length });
    expect(made).toBe(title);
    expect(made.length).toBeLessThanOrEqual(MAX_TITLE);
  });
});
