import { describe, expect, it } from "vitest";
import { LruCache, fetchWindow, serves } from "./request";

const DAY = 86_400_000;
const LIMITS = [Date.parse("1990-01-01T00:00:00Z"), Date.parse("2030-01-01T00:00:00Z")] as const;
const at = (s: string) => Date.parse(s);

describe("fetchWindow", () => {
  it.each([
    { name: "a year", visible: [at("2010-03-01T00:00:00Z"), at("2011-03-01T00:00:00Z")] },
    { name: "a day", visible: [at("2010-03-01T00:00:00Z"), at("2010-03-02T00:00:00Z")] },
    { name: "the whole range", visible: [LIMITS[0], LIMITS[1]] },
  ] as const)("covers the view with margin: $name", ({ visible }) => {
    const w = fetchWindow(visible, 1000, ...LIMITS);
    expect(w.from).toBeLessThanOrEqual(visible[0]);
    expect(w.to).toBeGreaterThanOrEqual(visible[1]);
    expect(w.from).toBeGreaterThanOrEqual(LIMITS[0]);
    expect(w.to).toBeLessThanOrEqual(LIMITS[1]);
    expect(serves(w, visible, 1000, ...LIMITS)).toBe(true);
  });

  it.each([
    { shift: 0.01 },
    { shift: 0.05 },
  ])("keeps its key when the view pans by $shift of a span", ({ shift }) => {
    const a = at("2010-03-01T00:00:00Z");
    const b = a + 40 * DAY;
    const w = fetchWindow([a, b], 1000, ...LIMITS);
    const moved = [a + shift * 40 * DAY, b + shift * 40 * DAY] as const;
    expect(serves(w, moved, 1000, ...LIMITS)).toBe(true);
  });

  it.each([
    { name: "zoom in 4×", f: (a: number, b: number) => [a, a + (b - a) / 4] as const },
    { name: "zoom out 4×", f: (a: number, b: number) => [a - (b - a) * 1.5, b + (b - a) * 1.5] as const },
    { name: "pan far", f: (a: number, b: number) => [a + 5 * (b - a), b + 5 * (b - a)] as const },
  ])("asks again after $name", ({ f }) => {
    const a = at("2010-03-01T00:00:00Z");
    const b = a + 40 * DAY;
    const w = fetchWindow([a, b], 1000, ...LIMITS);
    expect(serves(w, f(a, b), 1000, ...LIMITS)).toBe(false);
  });

  it.each([{ visible: [5, 5] as const, width: 100 }, { visible: [0, 10] as const, width: 0 }])("rejects $visible over $width px", ({ visible, width }) => {
    expect(() => fetchWindow(visible, width, ...LIMITS)).toThrow(/invalid view/);
  });
});

describe("LruCache", () => {
  it.each([{ capacity: 2, keep: ["b", "c"], drop: "a" }, { capacity: 3, keep: ["a", "b", "c"], drop: null }])(
    "capacity $capacity keeps $keep",
    ({ capacity, keep, drop }) => {
      const cache = new LruCache<number>(capacity);
      cache.set("a", 1);
      cache.set("b", 2);
      cache.set("c", 3);
      for (const k of keep) expect(cache.get(k)).toBeDefined();
      if (drop) expect(cache.get(drop)).toBeUndefined();
    },
  );
});
