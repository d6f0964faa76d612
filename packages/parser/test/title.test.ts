import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DANGLING, MAX_TITLE, dangles, makeTitle, spaceSplitCount, tidy, withoutRelative, withoutUrls } from "../src/stages/title.js";

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

/** `makeTitle` with the date given as its text (its first occurrence in the sentence). */
function titleOf(sentence: string, date: string): string {
  const start = sentence.indexOf(date);
  expect(start).toBeGreaterThanOrEqual(0);
  return makeTitle(sentence, { start, end: start + date.length });
}

describe("makeTitle: URLs", () => {
  it.each([
    {
      sentence: "The report was published on March 3, 2023 (see https://example.gov/reports/2023/annual-report-of-the-ministry-of-finance.pdf) after months of delay.",
      title: "The report was published after months of delay",
    },
    {
      sentence: "The statistics office said on March 3, 2023 that inflation fell, see https://www.example.gov/statistics/prices/cpi-march-2023-release-notes.html for details.",
      title: "The statistics office said that inflation fell",
    },
    {
      sentence: "The ministry published its findings on March 3, 2023 at https://example.gov/reports/2023/annual-report-of-the-ministry-of-finance-and-economy.pdf",
      title: "The ministry published its findings",
    },
    {
      sentence: "The full text of the agreement signed by the two ministers on March 3, 2023 is available at www.example.org/treaties/agreement.html.",
      title: "The full text of the agreement signed by the two ministers is available",
    },
  ])("leaves the link out: $title", ({ sentence, title }) => {
    const made = titleOf(sentence, "March 3, 2023");
    expect(made).toBe(title);
    expect(made).not.toMatch(/https?|www|:\/\//);
  });

  it.each([
    { sentence: "See https://x.org/a.pdf) on Friday.", date: "Friday", text: ") on Friday." },
    { sentence: "Read (see https://x.org/a) on Friday.", date: "Friday", text: "Read  on Friday." },
    { sentence: "It rose on Friday, see www.x.org/2023/a.pdf.", date: "Friday", text: "It rose on Friday, ." },
    { sentence: "Nothing to cut on Friday.", date: "Friday", text: "Nothing to cut on Friday." },
  ])("withoutUrls($sentence) keeps the date's place", ({ sentence, date, text }) => {
    const start = sentence.indexOf(date);
    const cut = withoutUrls(sentence, { start, end: start + date.length });
    expect(cut.text).toBe(text);
    expect(cut.text.slice(cut.date.start, cut.date.end)).toBe(date);
  });
});

describe("makeTitle: the clause naming what happened", () => {
  it.each([
    {
      // The verbless opening phrase holding the date goes whole (it was the whole title: "Two days before the presidential election").
      sentence: "Two days before the presidential election on March 3, 2023, police arrested the leader of the main opposition party in a raid on his headquarters in the capital.",
      date: "March 3, 2023",
      title: "Police arrested the leader of the main opposition party in a raid on his headquarters",
    },
    {
      sentence: "Hours before the vote on Friday, opposition lawmakers walked out of the chamber in protest against the new security law.",
      date: "Friday",
      title: "Opposition lawmakers walked out of the chamber in protest against the new security law",
    },
    {
      // A subject with its apposition is no opening phrase.
      sentence: "The attack, the biggest since 1945, followed weeks of warnings.",
      date: "1945",
      title: "The attack, the biggest, followed weeks of warnings",
    },
    {
      // A relative clause after the subject goes before the subject does ("The opposition leader").
      sentence: "The opposition leader who had been detained by police in Moscow and held for several days was released on March 3 before a court hearing.",
      date: "March 3",
      title: "The opposition leader was released before a court hearing",
    },
    {
      // A relative clause between commas no longer ends the clause before its verb.
      sentence: "The company said in a statement released on Monday that its chief executive, who had led the firm for more than a decade, would step down after",
      date: "Monday",
      title: "The company said in a statement released that its chief executive would step down",
    },
    {
      sentence: "The minister had resigned on Friday, a week before.",
      date: "Friday",
      title: "The minister had resigned",
    },
    {
      sentence: "The central bank of the Republic of Turkey unexpectedly cut its main interest rate on March 3, 2023 just before the election campaign began.",
      date: "March 3, 2023",
      title: "The central bank of the Republic of Turkey unexpectedly cut its main interest rate",
    },
    {
      // "after the 1987 crash": the year goes, the preposition stays with its noun.
      sentence: "Brokers dropped most of the defensive measures they adopted after the 1987 crash.",
      date: "1987",
      title: "Brokers dropped most of the defensive measures they adopted after the crash",
    },
  ])("titles $title", ({ sentence, date, title }) => {
    const made = titleOf(sentence, date);
    expect(made).toBe(title);
    expect(made.length).toBeLessThanOrEqual(MAX_TITLE);
  });

  it.each([
    { text: "The leader who had been held for days was released", out: "The leader was released" },
    { text: "A nurse who was critically injured in the bombing was among those who attended", out: "A nurse was among those who attended" },
    { text: "The man who hurled a grenade before the bomb exploded was identified", out: "The man was identified" },
    { text: "The FBI released one of two men who were sought last week", out: "The FBI released one of two men who were sought last week" },
    { text: "Tour operators who work in Kenya and Tanzania, say there were no cancellations", out: "Tour operators who work in Kenya and Tanzania, say there were no cancellations" },
    { text: "Its chief, who had led the firm for years, would step down", out: "Its chief would step down" },
  ])("withoutRelative($text)", ({ text: t, out }) => {
    expect(withoutRelative(t)).toBe(out);
  });

  const words = fc.array(
    fc.constantFrom("The", "minister", "resigned", "on", "Friday", "before", "after", "the", "vote", "a", "week", "who", "was", "held", ",", "see", "https://x.org/a/b", "(", ")", "and", "just"),
    { minLength: 3, maxLength: 40 },
  );
  it("never ends a title on a function word or inside a link, nor passes 90 characters (3,000 inputs)", () => {
    fc.assert(
      fc.property(words, (parts) => {
        const sentence = `${parts.join(" ")} on March 3, 2023 ${parts.join(" ")}.`;
        const title = titleOf(sentence, "March 3, 2023");
        expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
        expect(title).not.toMatch(/https?:?$|:\/\/\S*$/);
        if (spaceSplitCount(title) > 3) expect(title).not.toMatch(/\s(?:the|a|of|and|before|after|see)$/i);
      }),
      { numRuns: 3_000, seed: 15 },
    );
  });
});
