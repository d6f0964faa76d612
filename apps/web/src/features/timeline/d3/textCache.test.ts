import { describe, expect, it } from "vitest";
import { truncateToWidth } from "./layout";
import { GenerationalCache, cachedTextMeasure } from "./textCache";

/** 6 px per character, counting every call. */
function counted() {
  const calls: string[] = [];
  const raw = (text: string) => {
    calls.push(text);
    return text.length * 6;
  };
  return { raw, calls };
}

describe("cachedTextMeasure", () => {
  it.each([
    { texts: ["alpha", "alpha", "alpha"], widths: [30, 30, 30], rawCalls: 1 },
    { texts: ["alpha", "beta", "alpha", "beta"], widths: [30, 24, 30, 24], rawCalls: 2 },
    { texts: ["", "x"], widths: [0, 6], rawCalls: 2 },
  ])("width() measures $texts once each", ({ texts, widths, rawCalls }) => {
    const { raw, calls } = counted();
    const m = cachedTextMeasure(raw);
    expect(texts.map((t) => m.width(t))).toEqual(widths);
    expect(calls).toHaveLength(rawCalls);
  });

  it.each([
    { text: "short", max: 100, expected: "short" },
    { text: "Moscow launched its special military operation", max: 60, expected: "Moscow la…" },
    { text: "Moscow launched its special military operation", max: 60.9, expected: "Moscow la…" },
    { text: "a b c d e f", max: 30, expected: "a b…" },
    { text: "no room at all", max: 3, expected: "" },
  ])("truncate($text, $max) fits and is cached", ({ text, max, expected }) => {
    const { raw, calls } = counted();
    const m = cachedTextMeasure(raw);
    const first = m.truncate(text, max);
    expect(first).toEqual({ text: expected, width: expected.length * 6 });
    expect(first.width).toBeLessThanOrEqual(max);
    const before = calls.length;
    expect(m.truncate(text, max)).toEqual(first);
    expect(calls.length).toBe(before);
  });

  it.each([{ max: 60 }, { max: 100 }, { max: 33 }, { max: 250 }, { max: 7 }])(
    "truncate(…, $max) gives what truncateToWidth gives",
    ({ max }) => {
      const text = "Moscow launched its special military operation in Ukraine";
      const m = cachedTextMeasure(counted().raw);
      const raw = (t: string) => t.length * 6;
      const expected = truncateToWidth(text, max, raw);
      expect(m.truncate(text, max).text).toBe(raw(expected) <= max ? expected : "");
    },
  );

  it("shortens one title to 94 widths measuring few prefixes, each at most once", () => {
    const { raw, calls } = counted();
    const m = cachedTextMeasure(raw);
    const text = "Moscow launched its special military operation in Ukraine";
    for (let max = 300; max >= 20; max -= 3) m.truncate(text, max);
    // The whole title once, its characters once each, then "prefix…" strings: one or two per
    // width at most, and never the same prefix length twice.
    expect(calls.filter((c) => c === text)).toHaveLength(1);
    const prefixes = calls.filter((c) => c.length > 1 && c !== text);
    expect(prefixes.length).toBeLessThanOrEqual(text.length + 1);
    expect(calls.filter((c) => c.length === 1).length).toBe(new Set([...text, "…"]).size);
  });

  /** Kerning: "av", "Wo" and "ll" pairs are 2 px narrower than their characters' sum. */
  const kerned = (t: string) => t.length * 6 - 2 * (t.match(/av|Wo|ll/g)?.length ?? 0) + (t.endsWith("…") ? 1 : 0);
  it.each([20, 41, 47, 60, 77, 95, 120, 161])("truncate(…, %i) is exact when the estimate is off", (max) => {
    const text = "Wollaston avalanche, Wolverhampton: llamas travel all over Avalon";
    const m = cachedTextMeasure(kerned);
    const expected = truncateToWidth(text, max, kerned);
    const fitted = m.truncate(text, max);
    expect(fitted.text).toBe(kerned(expected) <= max ? expected : "");
    expect(fitted.width).toBe(fitted.text === "" ? 0 : kerned(fitted.text));
  });

  it("keeps at most two generations: an entry unused for a whole generation is measured again", () => {
    const { raw, calls } = counted();
    const m = cachedTextMeasure(raw, 2);
    for (const t of ["a", "b", "c", "d", "e"]) m.width(t);
    expect(calls).toEqual(["a", "b", "c", "d", "e"]);
    m.width("e");
    m.width("d");
    expect(calls).toHaveLength(5);
    m.width("a");
    expect(calls).toEqual(["a", "b", "c", "d", "e", "a"]);
  });
});

describe("cachedTextMeasure quick()", () => {
  it("sums character widths without measuring the text, and is exact once the text was measured", () => {
    const { raw, calls } = counted();
    const m = cachedTextMeasure((t) => raw(t) - (t.includes("av") ? 2 : 0));
    expect(m.quick("lava lava")).toBe(9 * 6);
    expect(calls.filter((c) => c.length > 1)).toEqual([]);
    expect(m.width("lava lava")).toBe(9 * 6 - 2);
    expect(m.quick("lava lava")).toBe(9 * 6 - 2);
  });
});

describe("GenerationalCache", () => {
  it.each([
    { capacity: 1, keys: 10, maxSize: 2 },
    { capacity: 3, keys: 100, maxSize: 6 },
  ])("holds at most 2 × $capacity entries after $keys keys", ({ capacity, keys, maxSize }) => {
    const cache = new GenerationalCache<number>(capacity);
    for (let i = 0; i < keys; i++) cache.set(`k${i}`, i);
    expect(cache.size).toBeLessThanOrEqual(maxSize);
    expect(cache.get(`k${keys - 1}`)).toBe(keys - 1);
    expect(cache.get("k0")).toBeUndefined();
  });

  it("promotes an old entry that is read again, so it survives the next turnover", () => {
    const cache = new GenerationalCache<string>(2);
    cache.set("a", "A");
    cache.set("b", "B");
    cache.set("c", "C"); // a, b age
    expect(cache.get("a")).toBe("A"); // back to the young generation
    cache.set("d", "D"); // b is dropped, a survives
    expect(cache.get("a")).toBe("A");
    expect(cache.get("b")).toBeUndefined();
  });

  it("refuses a capacity below one", () => {
    expect(() => new GenerationalCache(0)).toThrow("invalid cache capacity: 0");
  });
});
