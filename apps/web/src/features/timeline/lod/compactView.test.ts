import { describe, expect, it } from "vitest";
import type { TimelineEvent, TimelineView } from "@dateline/schema/timeline";
import { compactView, expandView, type CompactView } from "./compactView";

const event = (id: string, lane: string, start: number, mod: TimelineEvent["mod"] = null): TimelineEvent => ({
  id,
  title: `Event ${id}, "quoted" — ünïcode`,
  value: "2011-06",
  precision: "month",
  mod,
  start,
  end: start + 30 * 86_400_000,
  importance: start % 7,
  lane,
});

const buckets: TimelineView = {
  from: 0,
  to: 4000,
  unit: "month",
  mode: "buckets",
  total: 6012,
  covering: 0,
  lanes: [
    { key: "politics", count: 12 },
    { key: "", count: 6000 },
  ],
  buckets: [0, 1000, 2000, 3000, 4000],
  cells: [
    { bucket: 0, lane: 0, count: 5, topId: "a" },
    { bucket: 0, lane: 1, count: 3000, topId: "b" },
    { bucket: 2, lane: 0, count: 7, topId: "c" },
    { bucket: 3, lane: 1, count: 3000, topId: "d" },
  ],
  events: [event("a", "politics", 10), event("b", "", 20, "APPROX"), event("c", "politics", 2100)],
};

const events: TimelineView = { ...buckets, mode: "events", total: 3, covering: 1, cells: [], events: [event("x", "sport", -5), event("y", "sport", 5)] };
const empty: TimelineView = { ...buckets, total: 0, lanes: [], cells: [], events: [] };

describe("compactView / expandView", () => {
  it.each([
    { name: "buckets mode", view: buckets },
    { name: "events mode", view: events },
    { name: "no cells, no events", view: empty },
  ])("round trip: $name", ({ view }) => {
    expect(expandView(compactView(view))).toEqual(view);
  });

  it("round trip through JSON (as the page sends it)", () => {
    expect(expandView(JSON.parse(JSON.stringify(compactView(buckets))) as CompactView)).toEqual(buckets);
  });

  it("sends no field name per cell or event, and bucket indices as differences", () => {
    const compact = compactView(buckets);
    expect(compact.cells).toEqual({ bucketStep: [0, 0, 2, 1], lane: [0, 1, 0, 1], count: [5, 3000, 7, 3000], topId: ["a", "b", "c", "d"] });
    expect(compact.events.laneKeys).toEqual(["politics", ""]);
    expect(compact.events.lane).toEqual([0, 1, 0]);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(buckets).length);
  });

  it.each([
    { name: "a short cell column", view: { ...compactView(buckets), cells: { ...compactView(buckets).cells, count: [5] } }, message: /compact cells: columns of unequal length \(bucketStep 4, lane 4, count 1, topId 4\)/ },
    { name: "a short event column", view: { ...compactView(buckets), events: { ...compactView(buckets).events, title: [] } }, message: /compact events: columns of unequal length/ },
    { name: "an unknown lane", view: { ...compactView(buckets), events: { ...compactView(buckets).events, lane: [0, 1, 5] } }, message: /compact events: event 2 has lane 5, beyond the 2 lane keys/ },
  ])("expandView rejects $name", ({ view, message }) => {
    expect(() => expandView(view)).toThrow(message);
  });
});
