import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyLine, titleCaseRatio } from "../src/stages/metadata.js";
import { OffsetMap, normalizeText, toInputSpan } from "../src/stages/normalize.js";
import { chunkSpans, segment } from "../src/stages/segment.js";

describe("segment", () => {
  it.each([
    { text: "Blinken said.Moscow launched its operation.", sentences: ["Blinken said.", "Moscow launched its operation."] },
    { text: "U.S. Secretary of State Blinken spoke. He left.", sentences: ["U.S. Secretary of State Blinken spoke.", "He left."] },
    { text: "It was 08.04.2023 and 6.5 kg. Then more.", sentences: ["It was 08.04.2023 and 6.5 kg.", "Then more."] },
    { text: "Dr. Who met Mr. Smith on Jan. 5. Nothing else.", sentences: ["Dr. Who met Mr. Smith on Jan. 5.", "Nothing else."] },
    { text: "First line\nSecond line. Third!", sentences: ["First line", "Second line.", "Third!"] },
    { text: "Shelling stopped at 5 a.m. A ceasefire was declared at noon.", sentences: ["Shelling stopped at 5 a.m.", "A ceasefire was declared at noon."] },
    { text: "The vote closed at 8 p.m. In a statement, the party conceded.", sentences: ["The vote closed at 8 p.m.", "In a statement, the party conceded."] },
    { text: "He moved to the U.S. The family followed.", sentences: ["He moved to the U.S.", "The family followed."] },
    { text: "Sirens sounded at 5 a.m. Kyiv time and at 6 p.m. EST on Friday.", sentences: ["Sirens sounded at 5 a.m. Kyiv time and at 6 p.m. EST on Friday."] },
    { text: "Talks end at 4 p.m. Friday, U.S. officials said.", sentences: ["Talks end at 4 p.m. Friday, U.S. officials said."] },
    { text: "See e.g. The Times or Mr. A Smith.", sentences: ["See e.g. The Times or Mr. A Smith."] },
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

describe("titleCaseRatio", () => {
  it.each([
    { line: "Blinken Rules Out Talks Between Russia and Ukraine", ratio: 1 },
    { line: "Blinken rules out talks with Russia", ratio: 2 / 5 },
    { line: "a view of the river from the old bridge", ratio: 0 },
    { line: "O’Neill's Post-War Plans and more", ratio: 3 / 4 },
    { line: "", ratio: 0 },
  ])("$line → $ratio", ({ line, ratio }) => expect(titleCaseRatio(line)).toBe(ratio));

  it("is the capitalised share of the words longer than three letters (2,000 lines)", () => {
    const reference = (line: string): number => {
      const content = (line.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).filter((w) => w.length > 3);
      return content.length === 0 ? 0 : content.filter((w) => /^[A-Z]/.test(w)).length / content.length;
    };
    const piece = fc.oneof(fc.constantFrom("Word", "word", "it's", "O’Neill", "-", "’", "'", " ", "Ünder", "x1y", "ABCD", "abc"), fc.string({ maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join("")), (line) => {
        expect(titleCaseRatio(line)).toBe(reference(line));
      }),
      { numRuns: 2_000, seed: 11 },
    );
  });
});

describe("normalizeText", () => {
  it.each([
    { input: "a  \t b", text: "a b" },
    { input: "\uFEFFa\u0000b", text: "ab" },
    { input: "a\r\n\r\n\r\nb", text: "a\nb" },
    { input: "Cafe\u0301", text: "Caf\u00e9" },
    { input: "x\uD800y", text: "x\uFFFDy" },
    // Long runs (skipped with one search past their first characters).
    { input: `x${" ".repeat(20)}y`, text: "x y" },
    { input: `a${" \t".repeat(10)}\u2028${"  ".repeat(5)}b`, text: "a\nb" },
    { input: `${"long words here ".repeat(3)}  end\u00a0 stop`, text: `${"long words here ".repeat(3)}end stop` },
  ])("normalises $input", ({ input, text }) => {
    const norm = normalizeText(input);
    expect(norm.text).toBe(text);
    expect(norm.map.length).toBe(text.length);
  });

  it("maps spans back to the input", () => {
    const input = "\uFEFFThe  talks\t\tended.";
    const norm = normalizeText(input);
    const at = norm.text.indexOf("ended");
    expect(toInputSpan(norm, at, at + 5)).toEqual({ start: input.indexOf("ended"), end: input.indexOf("ended") + 5 });
  });
});

describe("OffsetMap", () => {
  it("maps identity runs, single units and their joins", () => {
    const map = new OffsetMap(1);
    map.pushIdentity(0, 3); // units 0-2 ← input 0-2
    map.pushIdentity(3, 5); // continues: units 3-4 ← input 3-4
    map.push(5, 9); // unit 5 ← a run of four
    map.pushIdentity(10, 12); // units 6-7 ← input 10-11 (input 9 dropped)
    map.push(12, 14);
    map.push(12, 14); // a surrogate pair: both units ← input 12-13
    expect(map.length).toBe(10);
    const units = Array.from({ length: map.length }, (_, i) => [map.startOf(i), map.endOf(i)]);
    expect(units).toEqual([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 9], [10, 11], [11, 12], [12, 14], [12, 14]]);
  });
});

describe("normalizeText mapping", () => {
  const WHITESPACE = /^[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/;
  const piece = fc.oneof(
    fc.constantFrom("word", "Café", "Cafe\u0301", "e\u0301\u0327", " ", "  ", "\n", "\r\n", "\n \n", "\t", "\u00a0", "\u2028", "\u200b", "\uFEFF", "\u0000", "\uD83D\uDE00", "\uD800", "\uDC00x", "."),
    fc.string({ unit: "binary", maxLength: 4 }),
  );
  const input = fc.array(piece, { maxLength: 25 }).map((parts) => parts.join(""));

  it("maps every unit to a non-empty, ordered source range that it came from (5,000 inputs)", () => {
    fc.assert(
      fc.property(input, (raw) => {
        const norm = normalizeText(raw);
        expect(norm.map.length).toBe(norm.text.length);
        let prev = [0, 0];
        for (let i = 0; i < norm.text.length; i++) {
          const start = norm.map.startOf(i);
          const end = norm.map.endOf(i);
          expect(start).toBeGreaterThanOrEqual(prev[0] as number);
          expect(end).toBeGreaterThanOrEqual(prev[1] as number);
          expect(start).toBeLessThan(end);
          expect(end).toBeLessThanOrEqual(raw.length);
          const unit = norm.text[i] as string;
          const source = raw.slice(start, end);
          if (unit === " " || unit === "\n") expect(source).toMatch(WHITESPACE);
          // A unit copied, or part of its NFC form (U+F900 → U+8C48, U+FA6C → U+242EE as a surrogate
          // pair); U+FFFD replaced a lone surrogate.
          else if (end - start === 1 && unit !== "\uFFFD") expect(source.normalize("NFC")).toContain(unit);
          prev = [start, end];
        }
      }),
      { numRuns: 5_000, seed: 21 },
    );
  });

  it("maps each word back to the input it normalises from (5,000 inputs)", () => {
    fc.assert(
      fc.property(input, (raw) => {
        const norm = normalizeText(raw);
        for (const m of norm.text.matchAll(/[^ \n]+/g)) {
          const span = toInputSpan(norm, m.index, m.index + m[0].length);
          expect(normalizeText(raw.slice(span.start, span.end)).text).toBe(m[0]);
        }
      }),
      { numRuns: 5_000, seed: 22 },
    );
  });
});

describe("chunkSpans", () => {
  const spans = (text: string, max: number) => chunkSpans(text, [{ start: 0, end: text.length }], max).map((s) => text.slice(s.start, s.end));
  it.each([
    // A long sentence is cut at its last space in the second half of each piece …
    { text: "aaaa bbbb cccc dddd", max: 10, pieces: ["aaaa bbbb", " cccc dddd"] },
    // … or at the limit when that half has none (a space in the first half does not count) …
    { text: "a bbbbbbbbbbbbbbbbbbb", max: 10, pieces: ["a bbbbbbbb", "bbbbbbbbbb", "b"] },
    // … or when the text has no spaces at all.
    { text: "12:12:12:12:12:12:12", max: 8, pieces: ["12:12:12", ":12:12:1", "2:12"] },
  ])("cuts $text into $pieces", ({ text, max, pieces }) => {
    expect(spans(text, max)).toEqual(pieces);
  });
});
