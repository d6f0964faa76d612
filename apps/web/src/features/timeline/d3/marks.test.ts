import { describe, expect, it } from "vitest";
import { markExtent, type MarkGeometry } from "./marks";

describe("markExtent", () => {
  it.each<{ name: string; geometry: MarkGeometry; radius: number; expected: { x0: number; x1: number } }>([
    { name: "a point is its disc", geometry: { kind: "point", x: 96.5, x0: 96, x1: 97, startEdge: "sharp", endEdge: "sharp" }, radius: 5, expected: { x0: 91.5, x1: 101.5 } },
    { name: "a point on a wide day is still its disc", geometry: { kind: "point", x: 100, x0: 50, x1: 150, startEdge: "sharp", endEdge: "sharp" }, radius: 6, expected: { x0: 94, x1: 106 } },
    { name: "a span is its bar", geometry: { kind: "span", x0: 31, x1: 59, startEdge: "fuzzy", endEdge: "open" }, radius: 5, expected: { x0: 31, x1: 59 } },
  ])("$name", ({ geometry, radius, expected }) => {
    expect(markExtent(geometry, radius)).toEqual(expected);
  });
});
