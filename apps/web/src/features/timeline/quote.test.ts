import { describe, expect, it } from "vitest";
import { splitQuote } from "./quote";
import { safeHttpUrl } from "./links";

const QUOTE = "Moscow launched its special military operation in Ukraine in February 2022, amid attacks.";

describe("splitQuote", () => {
  it.each([
    {
      name: "marks the date expression",
      highlight: { start: 61, end: 74 },
      expected: [
        { text: "Moscow launched its special military operation in Ukraine in ", highlighted: false },
        { text: "February 2022", highlighted: true },
        { text: ", amid attacks.", highlighted: false },
      ],
    },
    { name: "keeps the quote whole without a highlight", highlight: null, expected: [{ text: QUOTE, highlighted: false }] },
    { name: "ignores an empty highlight", highlight: { start: 5, end: 5 }, expected: [{ text: QUOTE, highlighted: false }] },
    {
      name: "clamps offsets past the end",
      highlight: { start: 75, end: 500 },
      expected: [
        { text: QUOTE.slice(0, 75), highlighted: false },
        { text: QUOTE.slice(75), highlighted: true },
      ],
    },
  ])("$name", ({ highlight, expected }) => {
    const parts = splitQuote(QUOTE, highlight);
    expect(parts).toEqual(expected);
    expect(parts.map((p) => p.text).join("")).toBe(QUOTE);
  });

  it("leaves markup as text", () => {
    expect(splitQuote("<img src=x onerror=alert(1)> on Friday", { start: 29, end: 38 })).toEqual([
      { text: "<img src=x onerror=alert(1)> ", highlighted: false },
      { text: "on Friday", highlighted: true },
    ]);
  });
});

describe("safeHttpUrl", () => {
  it.each([
    { url: "https://sputniknews.com/a", expected: "https://sputniknews.com/a" },
    { url: "http://example.org", expected: "http://example.org/" },
    { url: "javascript:alert(1)", expected: null },
    { url: "data:text/html,<script>alert(1)</script>", expected: null },
    { url: "not a url", expected: null },
    { url: null, expected: null },
  ])("accepts $url → $expected", ({ url, expected }) => {
    expect(safeHttpUrl(url)).toBe(expected);
  });
});
