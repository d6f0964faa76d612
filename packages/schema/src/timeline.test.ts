import { describe, expect, it } from "vitest";
import { TimelineQuery } from "./timeline.ts";

describe("TimelineQuery", () => {
  it.each([
    {
      name: "URL strings, epoch ms",
      input: { from: "0", to: "86400000", width: "1200" },
      expected: { from: 0, to: 86_400_000, width: 1200, lanes: "tag" },
    },
    {
      name: "ISO instants, BCE included",
      input: { from: "-000043-03-15T00:00:00Z", to: "2022-02-01T00:00:00.000Z", width: 800 },
      expected: { from: Date.parse("-000043-03-15T00:00:00Z"), to: Date.parse("2022-02-01T00:00:00Z"), width: 800, lanes: "tag" },
    },
    {
      name: "comma lists and a trimmed search",
      input: { from: 0, to: 1, width: 100, q: "  treaty ", precision: "day,month", tag: "politics, sport", lanes: "source" },
      expected: { from: 0, to: 1, width: 100, q: "treaty", precision: ["day", "month"], tag: ["politics", "sport"], lanes: "source" },
    },
  ])("parses $name", ({ input, expected }) => {
    expect(TimelineQuery.parse(input)).toEqual(expected);
  });

  it.each([
    { name: "from after to", input: { from: 5, to: 1, width: 100 }, path: "to" },
    { name: "width too small", input: { from: 0, to: 1, width: 10 }, path: "width" },
    { name: "not an instant", input: { from: "yesterday", to: 1, width: 100 }, path: "from" },
    { name: "year 20000", input: { from: 0, to: "20000-01-01T00:00:00Z", width: 100 }, path: "to" },
    { name: "unknown precision", input: { from: 0, to: 1, width: 100, precision: "fortnight" }, path: "precision" },
    { name: "unknown lanes", input: { from: 0, to: 1, width: 100, lanes: "colour" }, path: "lanes" },
    { name: "a tag with a control character", input: { from: 0, to: 1, width: 100, tag: "politics\u001fsport" }, path: "tag" },
  ])("rejects $name", ({ input, path }) => {
    const result = TimelineQuery.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(path);
  });
});
