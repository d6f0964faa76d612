// Views of the synthetic archive: whole archive to one day, filtered by search, precision and tag,
// one lane; each checked against the rows binned in JS (./expect-view.ts).
import type { TimelineQueryInput } from "@dateline/schema/timeline";
import { describe, expect, it } from "vitest";
import { SYNTHETIC_FROM, SYNTHETIC_TO } from "../../src/timeline/synthetic.ts";
import { MAX_COVERING_EVENTS, MAX_VIEW_EVENTS, timelineView } from "../../src/timeline/view.ts";
import { at, type Row } from "./checks.ts";
import type { SyntheticContext } from "./context.ts";
import { expectConsistent, expectedEvents } from "./expect-view.ts";

const windows: { name: string; query: TimelineQueryInput; matches: (r: Row) => boolean }[] = [
  { name: "whole archive", query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 1200 }, matches: () => true },
  { name: "whole archive, narrow chart", query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 400 }, matches: () => true },
  { name: "five years", query: { from: at("2005-03-10T00:00:00Z"), to: at("2010-03-10T00:00:00Z"), width: 1200 }, matches: () => true },
  { name: "one year", query: { from: "2012-01-01T00:00:00Z", to: "2013-01-01T00:00:00Z", width: 1200 }, matches: () => true },
  { name: "one month", query: { from: "2012-05-01T00:00:00Z", to: "2012-06-01T00:00:00Z", width: 1200 }, matches: () => true },
  { name: "one day", query: { from: "2012-05-07T00:00:00Z", to: "2012-05-08T00:00:00Z", width: 1200 }, matches: () => true },
  {
    name: "search 'treaty'",
    query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 1200, q: "TREATY" },
    matches: (r) => r.title.toLowerCase().includes("treaty"),
  },
  {
    name: "month precision only",
    query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 800, precision: "month" },
    matches: (r) => r.precision === "month",
  },
  {
    name: "one lane",
    query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 800, lanes: "none" },
    matches: () => true,
  },
  { name: "tag 'science'", query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 1200, tag: "science" }, matches: (r) => r.tags.includes("science") },
  {
    name: "two tags and a precision",
    query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 1200, tag: ["sport", "health"], precision: "day" },
    matches: (r) => (r.tags.includes("sport") || r.tags.includes("health")) && r.precision === "day",
  },
  {
    name: "tag, one lane",
    query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 600, tag: "economy", lanes: "none" },
    matches: (r) => r.tags.includes("economy"),
  },
  {
    name: "precisions over one year (day buckets)",
    query: { from: "2012-01-01T00:00:00Z", to: "2013-01-01T00:00:00Z", width: 1200, precision: "year,quarter,month" },
    matches: (r) => ["year", "quarter", "month"].includes(r.precision),
  },
  {
    name: "tag over one week (events mode)",
    query: { from: "2019-09-01T00:00:00Z", to: "2019-09-08T00:00:00Z", width: 1200, tag: "culture" },
    matches: (r) => r.tags.includes("culture"),
  },
  {
    name: "search and tag",
    query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 1200, q: "treaty", tag: "politics" },
    matches: (r) => r.title.toLowerCase().includes("treaty") && r.tags.includes("politics"),
  },
  {
    name: "search over one year (day buckets)",
    query: { from: "2012-01-01T00:00:00Z", to: "2013-01-01T00:00:00Z", width: 1200, q: "in oslo" },
    matches: (r) => r.title.toLowerCase().includes("in oslo"),
  },
  { name: "an unknown tag", query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 1200, tag: "scien" }, matches: () => false },
];

/** timelineView over windows of the synthetic archive, unfiltered and filtered. */
export function describeWindows(ctx: SyntheticContext): void {
  describe(`timelineView windows (${ctx.provider})`, () => {
    it.each(windows)("bucket counts add up to the events in range: $name", async ({ query, matches }) => {
      const view = await timelineView(query, { db: ctx.t.db });
      const from = typeof query.from === "number" ? query.from : Date.parse(String(query.from));
      expect(view.from).toBeLessThanOrEqual(from);
      const inWindow = expectConsistent(view, ctx.rows, matches);
      expect(view.mode).toBe(inWindow.length <= MAX_VIEW_EVENTS ? "events" : "buckets");
    });

    it.each([
      { name: "one day", from: "2012-05-07T00:00:00Z", to: "2012-05-08T00:00:00Z" },
      { name: "one week", from: "2019-09-01T00:00:00Z", to: "2019-09-08T00:00:00Z" },
    ])("returns every event starting in a small window ($name) and the top ones reaching into it", async ({ from, to }) => {
      const view = await timelineView({ from, to, width: 1000 }, { db: ctx.t.db });
      expect(view.mode).toBe("events");
      const { starting, reaching, ids } = expectedEvents(view, ctx.rows);
      expect(view.covering).toBe(reaching.length);
      expect(view.events.map((e) => e.id).sort()).toEqual(ids);
      expect(starting.length).toBeGreaterThan(0);
      expect(reaching.length).toBeGreaterThan(MAX_COVERING_EVENTS);
    });
  });
}
