import type { TimelineExportEvent } from "@dateline/schema/timeline";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvField, eventsToCsv, eventsToTimelineJs, parseCsv } from "./exports";

const event = (over: Partial<TimelineExportEvent>): TimelineExportEvent => ({
  id: "e1",
  title: "Moscow launched the operation",
  value: "2022-02",
  precision: "month",
  mod: null,
  start: Date.parse("2022-02-01T00:00:00Z"),
  end: Date.parse("2022-03-01T00:00:00Z"),
  importance: 0.5,
  lane: "conflict",
  tags: ["conflict"],
  sources: [{ publisher: "Example Wire", url: "https://example.org/a", quote: "Moscow launched the operation in February 2022." }],
  sourceUrl: null,
  ...over,
});

/** The first data row of `eventsToCsv([e])`, by column name. */
const csvRow = (e: TimelineExportEvent): Record<string, string | undefined> => {
  const rows = parseCsv(eventsToCsv([e]));
  return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]?.[i]]));
};

describe("csvField", () => {
  it.each([
    { value: "=HYPERLINK(\"http://x\")", expected: `"'=HYPERLINK(""http://x"")"` },
    { value: "+1+2", expected: "'+1+2" },
    { value: "-2", expected: "-2" },
    { value: "@SUM(A1)", expected: "'@SUM(A1)" },
    { value: "\tcmd", expected: "'\tcmd" },
    { value: "a, b", expected: '"a, b"' },
    { value: "line\nbreak", expected: '"line\nbreak"' },
    { value: "plain", expected: "plain" },
    { value: -0.5, expected: "-0.5" },
    { value: "-000043-01-01T00:00:00.000Z", expected: "-000043-01-01T00:00:00.000Z" },
    { value: "-2+3+cmd|x", expected: "'-2+3+cmd|x" },
    { value: null, expected: "" },
  ])("$value → $expected", ({ value, expected }) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe("eventsToCsv / parseCsv", () => {
  it.each([
    { name: "a month", e: event({}) },
    { name: "a formula title with quotes", e: event({ title: '=cmd|"/c calc"!A1, "quoted"' }) },
    { name: "an approximate BCE year", e: event({ value: "-0043", precision: "year", mod: "APPROX", start: Date.parse("-000043-01-01T00:00:00Z"), end: Date.parse("-000042-01-01T00:00:00Z") }) },
  ])("reads back what it wrote: $name", ({ e }) => {
    const rows = parseCsv(eventsToCsv([e]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]?.[i]]));
    expect(row.id).toBe(e.id);
    expect(row.title?.replace(/^'/, "")).toBe(e.title);
    expect(row.title?.startsWith("=")).toBe(false);
    expect(Date.parse(row.start ?? "")).toBe(e.start);
    expect(rows).toHaveLength(2);
  });
});

describe("eventsToCsv tags and evidence", () => {
  it.each([
    { name: "one source", e: event({}), tags: "conflict", sources: "Example Wire https://example.org/a", quotes: "Moscow launched the operation in February 2022." },
    { name: "no tags, no sources", e: event({ tags: [], sources: [] }), tags: "", sources: "", quotes: "" },
    {
      name: "two tags, two sources (one without publisher), an editor's URL",
      e: event({
        tags: ["diplomacy", "war, east"],
        sources: [
          { publisher: "Example Wire", url: "https://example.org/a", quote: 'He said "no",\nthen left.' },
          { publisher: null, url: "https://example.org/b?x=1,2", quote: "Second  quote." },
        ],
        sourceUrl: "https://example.org/editor",
      }),
      tags: "diplomacy\nwar, east",
      sources: "Example Wire https://example.org/a\nhttps://example.org/b?x=1,2\nhttps://example.org/editor",
      quotes: 'He said "no", then left.\nSecond quote.',
    },
    { name: "a publisher without URL", e: event({ sources: [{ publisher: "Radio", url: null, quote: "q" }] }), tags: "conflict", sources: "Radio", quotes: "q" },
  ])("reads back: $name", ({ e, tags, sources, quotes }) => {
    expect(csvRow(e)).toMatchObject({ tags, sources, quotes });
  });

  it.each([
    { name: "a tag", e: event({ tags: ["=HYPERLINK(\"http://x\")", "war"] }), column: "tags" },
    { name: "a publisher", e: event({ sources: [{ publisher: "@SUM(A1)", url: null, quote: "q" }] }), column: "sources" },
    { name: "an editor URL alone", e: event({ sources: [], sourceUrl: "+1+2" }), column: "sources" },
    { name: "a quote", e: event({ sources: [{ publisher: null, url: null, quote: "-2+3+cmd|' /C calc'!A0" }] }), column: "quotes" },
    { name: "a tag starting with a tab", e: event({ tags: ["\tcmd"] }), column: "tags" },
  ])("neutralises a formula in $name", ({ e, column }) => {
    const cell = csvRow(e)[column] ?? "";
    expect(cell.startsWith("'")).toBe(true);
    expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
  });
});

describe("eventsToTimelineJs", () => {
  it.each([
    { name: "month", e: event({}), start: { year: 2022, month: 2 }, end: { year: 2022, month: 2 } },
    { name: "day", e: event({ value: "2023-04-07", precision: "day", start: Date.parse("2023-04-07T00:00:00Z"), end: Date.parse("2023-04-08T00:00:00Z") }), start: { year: 2023, month: 4, day: 7 }, end: undefined },
    { name: "year", e: event({ value: "2019", precision: "year", start: Date.parse("2019-01-01T00:00:00Z"), end: Date.parse("2020-01-01T00:00:00Z") }), start: { year: 2019 }, end: { year: 2019 } },
  ])("gives dates only the parts their precision knows: $name", ({ e, start, end }) => {
    const [out] = eventsToTimelineJs([e]).events as { start_date: Record<string, unknown>; end_date?: Record<string, unknown> }[];
    const strip = (d: Record<string, unknown> | undefined) => (d ? Object.fromEntries(Object.entries(d).filter(([k]) => k !== "display_date")) : undefined);
    expect(strip(out?.start_date)).toEqual(start);
    expect(strip(out?.end_date)).toEqual(end);
  });
});
