import { describe, expect, it } from "vitest";
import { displayInterval, edgeStops } from "./precision";

const Y2022 = [Date.parse("2022-01-01T00:00:00Z"), Date.parse("2023-01-01T00:00:00Z")] as const;
const len = Y2022[1] - Y2022[0];
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("displayInterval", () => {
  it.each([
    { mod: null, start: "2022-01-01", end: "2023-01-01", edges: ["sharp", "sharp"] },
    { mod: "START", start: "2022-01-01", end: iso(Y2022[0] + len / 3), edges: ["fuzzy", "fuzzy"] },
    { mod: "MID", start: iso(Y2022[0] + len / 3), end: iso(Y2022[1] - len / 3), edges: ["fuzzy", "fuzzy"] },
    { mod: "END", start: iso(Y2022[1] - len / 3), end: "2023-01-01", edges: ["fuzzy", "fuzzy"] },
    { mod: "APPROX", start: iso(Y2022[0] - len / 4), end: iso(Y2022[1] + len / 4), edges: ["fuzzy", "fuzzy"] },
    { mod: "BEFORE", start: "2021-01-01", end: "2022-01-01", edges: ["open", "sharp"] },
    { mod: "ON_OR_BEFORE", start: "2021-01-01", end: "2023-01-01", edges: ["open", "sharp"] },
    { mod: "AFTER", start: "2023-01-01", end: "2024-01-01", edges: ["sharp", "open"] },
    { mod: "ON_OR_AFTER", start: "2022-01-01", end: "2024-01-01", edges: ["sharp", "open"] },
  ] as const)("2022 with mod $mod → [$start, $end) $edges", ({ mod, start, end, edges }) => {
    const d = displayInterval(Y2022[0], Y2022[1], mod);
    expect([iso(d.start), iso(d.end)]).toEqual([start, end]);
    expect([d.startEdge, d.endEdge]).toEqual(edges);
  });

  it.each([{ start: 5, end: 5 }, { start: 6, end: 5 }])("rejects the empty interval [$start, $end)", ({ start, end }) => {
    expect(() => displayInterval(start, end, null)).toThrow(/invalid interval/);
  });
});

describe("edgeStops", () => {
  it.each([
    { start: "sharp", end: "sharp", expected: [[0, 1], [1, 1]] },
    { start: "fuzzy", end: "fuzzy", expected: [[0, 0.15], [0.3, 1], [0.7, 1], [1, 0.15]] },
    { start: "open", end: "sharp", expected: [[0, 0], [0.4, 1], [1, 1]] },
    { start: "sharp", end: "open", expected: [[0, 1], [0.6, 1], [1, 0]] },
  ] as const)("$start/$end", ({ start, end, expected }) => {
    expect(edgeStops(start, end)).toEqual(expected);
  });
});
