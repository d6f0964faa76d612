// Which trigger-kept table a filtered view counts from.
import { describe, expect, it } from "vitest";
import { timelineView } from "../../src/timeline/view.ts";
import { at, DAY } from "./checks.ts";
import { useEmptyStore } from "./context.ts";
import type { Provider } from "./store.ts";

/**
 * Which table a view counts from: TimelineFacet for precision and tag filters, TimelineSourceFacet
 * for them with lanes by source, TimelineRollup for one lane, and the week cells of each for week
 * buckets. Each table's cells are shifted behind the triggers' back, and the views follow.
 */
export function describeCountSources(provider: Provider): void {
  describe(`filtered views count from the trigger-kept cells (${provider})`, () => {
    const store = useEmptyStore(provider);

    it("precision and tag filters read TimelineFacet (TimelineSourceFacet by source), one lane TimelineRollup, weeks their week cells", async () => {
      const t = store();
      const events = [
        { id: "src_a", precision: "month", start: at("1990-03-01T00:00:00Z"), tag: "alpha" },
        { id: "src_b", precision: "month", start: at("1990-03-01T00:00:00Z"), tag: "alpha" },
        { id: "src_c", precision: "day", start: at("1990-07-04T00:00:00Z"), tag: "beta" },
      ];
      await t.run(`INSERT INTO "Tag" ("id", "name") VALUES ('tag_alpha', 'alpha'), ('tag_beta', 'beta')`);
      for (const e of events) {
        await t.run(
          `INSERT INTO "Event" ("id", "title", "dateValue", "datePrecision", "dateStart", "dateEnd", "importance", "status", "updatedAt")
           VALUES (?, ?, 'x', ?, ?, ?, 1, 'published', '2026-01-01T00:00:00.000Z')`,
          [e.id, e.id, e.precision, e.start, e.start + DAY],
        );
        await t.run(`INSERT INTO "EventTag" ("eventId", "tagId") VALUES (?, ?)`, [e.id, `tag_${e.tag}`]);
      }
      // 100 px over a year: month buckets.
      const year = { from: "1990-01-01T00:00:00Z", to: "1991-01-01T00:00:00Z", width: 100 };
      const totals = async () => [
        (await timelineView({ ...year, precision: "month" }, { db: t.db })).total,
        (await timelineView({ ...year, tag: "beta" }, { db: t.db })).total,
        (await timelineView({ ...year, lanes: "none" }, { db: t.db })).total,
        (await timelineView({ ...year, precision: "month", lanes: "source" }, { db: t.db })).total,
        (await timelineView({ ...year, tag: "beta", lanes: "source" }, { db: t.db })).total,
      ];
      expect(await totals()).toEqual([2, 1, 3, 2, 1]);
      await t.run(`UPDATE "TimelineFacet" SET "count" = "count" + 10 WHERE "unit" = 'month'`);
      expect(await totals()).toEqual([12, 11, 3, 2, 1]);
      await t.run(`UPDATE "TimelineRollup" SET "count" = "count" + 100 WHERE "unit" = 'month'`);
      expect(await totals()).toEqual([12, 11, 203, 2, 1]);
      // One cell each (the events cite nothing: source lane '').
      await t.run(`UPDATE "TimelineSourceFacet" SET "count" = "count" + 1000 WHERE "unit" = 'month'`);
      expect(await totals()).toEqual([12, 11, 203, 1002, 1001]);

      // 100 px over 200 days: week buckets, read from the week cells of each table.
      const weeks = { from: "1990-01-01T00:00:00Z", to: "1990-07-20T00:00:00Z", width: 100 };
      const weekTotals = async () => {
        const views = [
          await timelineView(weeks, { db: t.db }),
          await timelineView({ ...weeks, lanes: "source" }, { db: t.db }),
          await timelineView({ ...weeks, tag: "alpha" }, { db: t.db }),
          await timelineView({ ...weeks, tag: "alpha", lanes: "source" }, { db: t.db }),
        ];
        expect(views.map((v) => v.unit)).toEqual(["week", "week", "week", "week"]);
        return views.map((v) => v.total);
      };
      expect(await weekTotals()).toEqual([3, 3, 2, 2]);
      await t.run(`UPDATE "TimelineRollup" SET "count" = "count" + 100 WHERE "unit" = 'week'`);
      await t.run(`UPDATE "TimelineSourceRollup" SET "count" = "count" + 10 WHERE "unit" = 'week'`);
      await t.run(`UPDATE "TimelineFacet" SET "count" = "count" + 1000 WHERE "unit" = 'week' AND "tagSet" LIKE '%alpha%'`);
      await t.run(`UPDATE "TimelineSourceFacet" SET "count" = "count" + 10000 WHERE "unit" = 'week' AND "tagSet" LIKE '%alpha%'`);
      // Two tag lanes in two weeks (alpha's events share one); one source lane ('') in two weeks.
      expect(await weekTotals()).toEqual([203, 23, 1002, 10002]);
    });
  });
}
