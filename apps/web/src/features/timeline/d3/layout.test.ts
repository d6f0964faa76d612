import { describe, expect, it } from "vitest";
import { createBaseScale } from "./scale";
import { layoutTimeline, truncateToWidth, type TimelineItem } from "./layout";
import { estimateMeasure } from "./measure";

const measure = estimateMeasure(10); // 6 px per character
const item = (id: string, precision: "day" | "month" | "year", start: string, end: string, title = id): TimelineItem => ({
  id,
  title,
  date: { precision, start, end },
  confidence: 1,
});

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

describe("layoutTimeline", () => {
  const scale = createBaseScale([new Date("2022-01-01T00:00Z"), new Date("2023-01-01T00:00Z")], { x0: 0, x1: 365 });
  const bounds = { x0: 0, x1: 365 };

  it.each([
    {
      name: "a year overlapping a month takes a second lane",
      items: [item("y", "year", "2022-01-01T00:00Z", "2023-01-01T00:00Z"), item("m", "month", "2022-02-01T00:00Z", "2022-03-01T00:00Z")],
      lanes: { y: 0, m: 1 },
      visible: { y: true, m: true },
    },
    {
      name: "disjoint marks share a lane",
      items: [item("a", "day", "2022-02-07T00:00Z", "2022-02-08T00:00Z"), item("b", "month", "2022-06-01T00:00Z", "2022-07-01T00:00Z")],
      lanes: { a: 0, b: 0 },
      visible: { a: true, b: true },
    },
    {
      name: "an event outside the window is laid out but not visible",
      items: [item("in", "day", "2022-02-07T00:00Z", "2022-02-08T00:00Z"), item("out", "day", "2024-02-07T00:00Z", "2024-02-08T00:00Z")],
      lanes: { in: 0, out: 0 },
      visible: { in: true, out: false },
    },
  ])("$name", ({ items, lanes, visible }) => {
    const layout = layoutTimeline(items, scale, { bounds, measure });
    expect(Object.fromEntries(layout.marks.map((m) => [m.id, m.lane]))).toEqual(lanes);
    expect(Object.fromEntries(layout.marks.map((m) => [m.id, m.visible]))).toEqual(visible);
    expect(layout.labels.placed.every((l) => visible[l.id as keyof typeof visible])).toBe(true);
  });

  it("gives the emphasised event's label the place in a collision", () => {
    const items = [item("a", "day", "2022-03-01T00:00Z", "2022-03-02T00:00Z", "x".repeat(30)), item("b", "day", "2022-03-21T00:00Z", "2022-03-22T00:00Z", "y".repeat(30))];
    expect(layoutTimeline(items, scale, { bounds, measure }).labels.placed.map((l) => l.id)).toEqual(["a"]);
    expect(layoutTimeline(items, scale, { bounds, measure, emphasize: "b" }).labels.placed.map((l) => l.id)).toEqual(["b"]);
  });
});
