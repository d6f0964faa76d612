import { zoomIdentity } from "d3";
import { describe, expect, it } from "vitest";
import { sameWindow, transformFor, windowAttribute, windowOf } from "./viewWindow";

const DAY = 86_400_000;
const T0 = Date.parse("2000-01-01T00:00:00Z");
const limits = [T0, T0 + 1000 * DAY] as const;
const bounds = { x0: 16, x1: 1016 };

describe("windowOf", () => {
  it.each([
    { name: "identity", transform: zoomIdentity, expected: [0, 1000] },
    { name: "×2 about the left edge", transform: zoomIdentity.translate(16 - 2 * 16, 0).scale(2), expected: [0, 500] },
    { name: "×4 about the centre", transform: zoomIdentity.translate(516 - 4 * 516, 0).scale(4), expected: [375, 625] },
    { name: "a pan of 100 px at ×1", transform: zoomIdentity.translate(-100, 0), expected: [100, 1100] },
  ])("$name shows days $expected", ({ transform, expected }) => {
    expect(windowOf(transform, limits, bounds).map((ms) => Math.round(((ms - T0) / DAY) * 1e6) / 1e6)).toEqual(expected);
  });
});

describe("transformFor", () => {
  it.each([
    { window: [0, 1000] },
    { window: [250, 260] },
    { window: [999, 1000] },
    { window: [-100, 400] },
  ])("round-trips days $window through windowOf", ({ window }) => {
    const ms = [T0 + (window[0] ?? 0) * DAY, T0 + (window[1] ?? 0) * DAY] as const;
    expect(sameWindow(windowOf(transformFor(ms, limits, bounds), limits, bounds), ms)).toBe(true);
  });
});

describe("sameWindow", () => {
  it.each([
    { a: [0, 10], b: [0.5, 10.5], same: true },
    { a: [0, 10], b: [1, 10], same: false },
    { a: [0, 10], b: [0, 11], same: false },
  ])("$a vs $b: $same", ({ a, b, same }) => {
    expect(sameWindow([a[0] ?? 0, a[1] ?? 0], [b[0] ?? 0, b[1] ?? 0])).toBe(same);
  });
});

describe("windowAttribute", () => {
  it("rounds to whole milliseconds", () => {
    expect(windowAttribute([1.4, 2.6])).toBe("1,3");
  });
});
