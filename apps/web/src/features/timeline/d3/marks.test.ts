import { describe, expect, it } from "vitest";
import type { Precision, TimexMod } from "@dateline/schema";
import { createBaseScale } from "./scale";
import { markExtent, markGeometry } from "./marks";

// 2022-01-01 … 2023-01-01 onto 0 … 365 px: one pixel per day.
const rounded = (o: object) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "number" ? Math.round(v * 1000) / 1000 : v]));
const scale = createBaseScale([new Date("2022-01-01T00:00Z"), new Date("2023-01-01T00:00Z")], { x0: 0, x1: 365 });

describe("markGeometry", () => {
  it.each<{ precision: Precision; start: string; end: string; expected: object }>([
    { precision: "day", start: "2022-04-07T00:00Z", end: "2022-04-08T00:00Z", expected: { kind: "point", x: 96.5, x0: 96, x1: 97 } },
    { precision: "minute", start: "2022-04-07T06:00Z", end: "2022-04-07T06:01Z", expected: { kind: "point" } },
    { precision: "month", start: "2022-02-01T00:00Z", end: "2022-03-01T00:00Z", expected: { kind: "span", x0: 31, x1: 59 } },
    { precision: "quarter", start: "2022-04-01T00:00Z", end: "2022-07-01T00:00Z", expected: { kind: "span", x0: 90, x1: 181 } },
    { precision: "year", start: "2022-01-01T00:00Z", end: "2023-01-01T00:00Z", expected: { kind: "span", x0: 0, x1: 365 } },
    { precision: "week", start: "2022-01-03T00:00Z", end: "2022-01-10T00:00Z", expected: { kind: "span", x0: 2, x1: 9 } },
  ])("draws a $precision as $expected.kind", ({ precision, start, end, expected }) => {
    expect(rounded(markGeometry({ precision, start, end }, scale))).toMatchObject(expected);
  });

  it("widens a span thinner than the minimum around its centre", () => {
    const g = markGeometry({ precision: "week", start: "2022-01-03T00:00Z", end: "2022-01-10T00:00Z" }, scale, 11);
    expect(rounded(g)).toMatchObject({ kind: "span", x0: 0, x1: 11 });
  });

  it.each<{ mod: TimexMod | undefined; startEdge: string; endEdge: string }>([
    { mod: undefined, startEdge: "sharp", endEdge: "sharp" },
    { mod: "APPROX", startEdge: "fuzzy", endEdge: "fuzzy" },
    { mod: "START", startEdge: "fuzzy", endEdge: "fuzzy" },
    { mod: "BEFORE", startEdge: "open", endEdge: "sharp" },
    { mod: "ON_OR_AFTER", startEdge: "sharp", endEdge: "open" },
  ])("gives modifier $mod a $startEdge start and a $endEdge end", ({ mod, startEdge, endEdge }) => {
    const g = markGeometry({ precision: "month", start: "2022-02-01T00:00Z", end: "2022-03-01T00:00Z", mod }, scale);
    expect({ startEdge: g.startEdge, endEdge: g.endEdge }).toEqual({ startEdge, endEdge });
  });
});

describe("markExtent", () => {
  it.each([
    { precision: "day" as const, radius: 5, expected: { x0: 91.5, x1: 101.5 } },
    { precision: "month" as const, radius: 5, expected: { x0: 31, x1: 59 } },
  ])("covers a $precision mark with radius $radius", ({ precision, radius, expected }) => {
    const start = precision === "day" ? "2022-04-07T00:00Z" : "2022-02-01T00:00Z";
    const end = precision === "day" ? "2022-04-08T00:00Z" : "2022-03-01T00:00Z";
    expect(rounded(markExtent(markGeometry({ precision, start, end }, scale), radius))).toEqual(expected);
  });
});
