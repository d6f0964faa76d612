import { describe, expect, it } from "vitest";
import { assignLanes, type LaneItem } from "./lanes";

const item = (id: string, x0: number, x1: number): LaneItem => ({ id, x0, x1 });

describe("assignLanes", () => {
  it.each([
    { name: "disjoint marks share lane 0", items: [item("a", 0, 10), item("b", 20, 30)], expected: { a: 0, b: 0 }, count: 1 },
    { name: "overlapping spans split", items: [item("a", 0, 50), item("b", 20, 30)], expected: { a: 0, b: 1 }, count: 2 },
    { name: "the gap counts as overlap", items: [item("a", 0, 10), item("b", 12, 20)], expected: { a: 0, b: 1 }, count: 2 },
    {
      name: "a freed lane is reused",
      items: [item("a", 0, 100), item("b", 10, 20), item("c", 30, 40), item("d", 110, 120)],
      expected: { a: 0, b: 1, c: 1, d: 0 },
      count: 2,
    },
    { name: "input order does not matter", items: [item("c", 30, 40), item("b", 10, 20), item("a", 0, 100)], expected: { a: 0, b: 1, c: 1 }, count: 2 },
    { name: "three mutually overlapping", items: [item("a", 0, 30), item("b", 5, 30), item("c", 10, 30)], expected: { a: 0, b: 1, c: 2 }, count: 3 },
    { name: "nothing", items: [], expected: {}, count: 0 },
  ])("$name", ({ items, expected, count }) => {
    const result = assignLanes(items);
    expect(Object.fromEntries(result.lanes)).toEqual(expected);
    expect(result.count).toBe(count);
  });

  it.each([{ seed: 1 }, { seed: 2 }, { seed: 3 }])("never puts overlapping items in one lane (seed $seed)", ({ seed }) => {
    let s = seed;
    const random = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    const items = Array.from({ length: 200 }, (_, i) => {
      const x0 = random() * 1000;
      return item(`e${i}`, x0, x0 + random() * 80);
    });
    const { lanes } = assignLanes(items, 4);
    for (const a of items)
      for (const b of items)
        if (a !== b && lanes.get(a.id) === lanes.get(b.id)) expect(a.x1 + 4 <= b.x0 || b.x1 + 4 <= a.x0).toBe(true);
  });

  it("leaves its input untouched", () => {
    const items = [item("b", 5, 9), item("a", 0, 3)];
    const copy = structuredClone(items);
    assignLanes(items);
    expect(items).toEqual(copy);
  });
});
