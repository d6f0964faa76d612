// timelineView's input errors, timelineExtent and exportTimelineEvents on the synthetic archive.
import { describe, expect, it } from "vitest";
import { exportTimelineEvents } from "../../src/timeline/export.ts";
import { timelineExtent } from "../../src/timeline/extent.ts";
import { SYNTHETIC_FROM, SYNTHETIC_TO } from "../../src/timeline/synthetic.ts";
import { timelineView } from "../../src/timeline/view.ts";
import { DAY, type Row } from "./checks.ts";
import type { SyntheticContext } from "./context.ts";

/** Malformed queries, the extent and exports. */
export function describeQueries(ctx: SyntheticContext): void {
  describe(`timeline queries (${ctx.provider})`, () => {
    it.each([
      { name: "from after to", query: { from: "2020-01-02T00:00:00Z", to: "2020-01-01T00:00:00Z", width: 100 }, error: /from/ },
      { name: "width 0", query: { from: 0, to: DAY, width: 0 }, error: /width/ },
      { name: "unknown precision", query: { from: 0, to: DAY, width: 100, precision: "fortnight" }, error: /precision/ },
      { name: "year 20000", query: { from: 0, to: "20000-01-01T00:00:00Z", width: 100 }, error: /out of range|to/ },
    ])("rejects a malformed query: $name", async ({ query, error }) => {
      await expect(timelineView(query, { db: ctx.t.db })).rejects.toThrow(error);
    });

    it("timelineExtent spans the published events", async () => {
      await ctx.refresh();
      const extent = await timelineExtent({ db: ctx.t.db });
      expect(extent).toEqual({ from: Math.min(...ctx.rows.map((r) => r.start)), to: Math.max(...ctx.rows.map((r) => r.end)) });
    });

    it.each([
      { name: "a month", query: { from: "2012-05-01T00:00:00Z", to: "2012-06-01T00:00:00Z" }, matches: () => true },
      {
        name: "a search over everything",
        query: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, q: "festival in oslo" },
        matches: (r: Row) => r.title.toLowerCase().includes("festival in oslo"),
      },
    ])("exportTimelineEvents returns the events the view selects: $name", async ({ query, matches }) => {
      const from = typeof query.from === "number" ? query.from : Date.parse(query.from);
      const to = typeof query.to === "number" ? query.to : Date.parse(query.to);
      const events = await exportTimelineEvents(query, { db: ctx.t.db });
      const expected = ctx.rows.filter((r) => matches(r) && r.start < to && r.end > from).map((r) => r.id).sort();
      expect(events.map((e) => e.id).sort()).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    });
  });
}
