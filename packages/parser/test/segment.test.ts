import { describe, expect, it } from "vitest";
import { classifyLine } from "../src/stages/metadata.js";
import { normalizeText, toInputSpan } from "../src/stages/normalize.js";
import { segment } from "../src/stages/segment.js";

describe("segment", () => {
  it.each([
    { text: "Blinken said.Moscow launched its operation.", sentences: ["Blinken said.", "Moscow launched its operation."] },
    { text: "U.S. Secretary of State Blinken spoke. He left.", sentences: ["U.S. Secretary of State Blinken spoke.", "He left."] },
    { text: "It was 08.04.2023 and 6.5 kg. Then more.", sentences: ["It was 08.04.2023 and 6.5 kg.", "Then more."] },
    { text: "Dr. Who met Mr. Smith on Jan. 5. Nothing else.", sentences: ["Dr. Who met Mr. Smith on Jan. 5.", "Nothing else."] },
    { text: "First line\nSecond line. Third!", sentences: ["First line", "Second line.", "Third!"] },
  ])("splits $text", ({ text, sentences }) => {
    expect(segment(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(sentences);
  });
});

describe("classifyLine", () => {
  it.each([
    { line: "date 2023-04-08 International", kind: "header" },
    { line: "06:05 GMT 08.04.2023", kind: "timestamp" },
    { line: "Ukrainian soldiers fire at Russian positions from a U.S.-supplied M777 howitzer - Sputnik International, 1920, 08.04.2023", kind: "caption" },
    { line: "Blinken Rules Out Talks Between Russia and Ukraine", kind: "heading" },
    { line: "U.S. Secretary of State Anthony Blinken", kind: "heading" },
    { line: "By John Smith and Jane Doe", kind: "byline" },
    { line: "a view of the river from the old bridge", kind: "label" },
    { line: "S Secretary of State Antony Blinken said that negotiations between Russia and Ukraine are currently off the table", kind: "body" },
    { line: "Moscow launched its operation in February 2022.", kind: "body" },
  ])("$line → $kind", ({ line, kind }) => expect(classifyLine(line)).toBe(kind));
});

describe("normalizeText", () => {
  it.each([
    { input: "a  \t b", text: "a b" },
    { input: "\uFEFFa\u0000b", text: "ab" },
    { input: "a\r\n\r\n\r\nb", text: "a\nb" },
    { input: "Cafe\u0301", text: "Caf\u00e9" },
    { input: "x\uD800y", text: "x\uFFFDy" },
  ])("normalises $input", ({ input, text }) => {
    const norm = normalizeText(input);
    expect(norm.text).toBe(text);
    expect(norm.starts).toHaveLength(text.length);
  });

  it("maps spans back to the input", () => {
    const input = "\uFEFFThe  talks\t\tended.";
    const norm = normalizeText(input);
    const at = norm.text.indexOf("ended");
    expect(toInputSpan(norm, at, at + 5)).toEqual({ start: input.indexOf("ended"), end: input.indexOf("ended") + 5 });
  });
});
