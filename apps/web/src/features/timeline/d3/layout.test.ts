import { describe, expect, it } from "vitest";
import { truncateToWidth } from "./layout";
import { estimateMeasure } from "./measure";

const measure = estimateMeasure(10); // 6 px per character

describe("truncateToWidth", () => {
  it.each([
    { text: "short", max: 100, expected: "short" },
    { text: "Moscow launched its special military operation", max: 60, expected: "Moscow la…" },
    { text: "a b c d e f", max: 30, expected: "a b…" },
  ])("cuts $text to $max px", ({ text, max, expected }) => {
    const result = truncateToWidth(text, max, measure);
    expect(result).toBe(expected);
    expect(measure(result)).toBeLessThanOrEqual(max);
  });
});
