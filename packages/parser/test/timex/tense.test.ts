import { describe, expect, it } from "vitest";
import { shiftCues, tenseAt, tenseCues, tenseFromCues } from "../../src/timex/tense.js";

/** Tense at the first occurrence of `word` in `sentence`. */
const at = (sentence: string, word: string) => tenseAt(sentence, sentence.indexOf(word));

describe("tenseAt", () => {
  it.each([
    { sentence: "The minister said on Friday that talks had failed.", word: "Friday", expected: "past" },
    { sentence: "In January, American Medical brought in a new chief executive.", word: "January", expected: "past", why: "irregular simple past" },
    { sentence: "The talks will resume on Friday in Geneva.", word: "Friday", expected: "future" },
    { sentence: "We'll know more by Monday.", word: "Monday", expected: "future", why: "a contracted will" },
    { sentence: "The vote is scheduled for Tuesday.", word: "Tuesday", expected: "future", why: "scheduled leans to the future, not past" },
    { sentence: "Officials said the group would be ready to leave as soon as Tuesday.", word: "Tuesday", expected: "future", why: "the embedded clause's cue is nearer than the reporting verb" },
    { sentence: "Talks in Geneva on Friday.", word: "Friday", expected: "none", why: "no cue at all" },
    { sentence: "The United States and a hundred others meet on Friday.", word: "Friday", expected: "none", why: "-ed words that are not verbs" },
  ])("$sentence → $expected", ({ sentence, word, expected }) => {
    expect(at(sentence, word)).toBe(expected);
  });

  it("ignores cues outside the window", () => {
    const far = `He said so. ${" ".repeat(400)}Talks on Friday.`;
    expect(at(far, "Friday")).toBe("none");
  });
});

describe("tenseFromCues", () => {
  it("agrees with tenseAt, and looks only inside [lo, hi)", () => {
    const sentence = "They met on Monday and will meet again on Thursday.";
    const cues = tenseCues(sentence);
    for (const word of ["Monday", "Thursday"]) {
      const i = sentence.indexOf(word);
      expect(tenseFromCues(cues, i, 0, sentence.length)).toBe(tenseAt(sentence, i));
    }
    const thursday = sentence.indexOf("Thursday");
    expect(tenseFromCues(cues, thursday, sentence.indexOf("again"), sentence.length)).toBe("none");
  });

  it("shiftCues moves a sentence's cues to document offsets", () => {
    const cues = shiftCues(tenseCues("It was late."), 100);
    expect(cues.past).toEqual([103]);
    expect(cues.future).toEqual([]);
  });
});
