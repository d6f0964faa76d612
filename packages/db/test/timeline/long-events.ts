// Events reaching into a window from long before it (TimelineLongEvent and the lookback scan).
import { beforeAll, describe, expect, it } from "vitest";
import { exportTimelineEvents } from "../../src/timeline/export.ts";
import { timelineExtent } from "../../src/timeline/extent.ts";
import { OVERLAP_LOOKBACK_MS } from "../../src/timeline/sql.ts";
import { timelineView } from "../../src/timeline/view.ts";
import { at, DAY, expectLongEventsListed, expectRollupMatchesEvents, HEAVY, YEAR } from "./checks.ts";
import type { SyntheticContext } from "./context.ts";
import { expectConsistent, expectedEvents } from "./expect-view.ts";

/** Long ranges added to the synthetic archive, then changed and deleted. */
export function describeLongEvents(ctx: SyntheticContext): void {
  describe(`long events (${ctx.provider})`, () => {
    // A 20-year range starting long before a narrow window, a range ending decades after the
    // archive, and ranges on either side of the lookback.
    const long = [
      { id: "long_20y", start: at("1998-01-01T00:00:00Z"), end: at("2018-01-01T00:00:00Z"), importance: 5, status: "published" },
      { id: "long_future", start: at("2020-01-01T00:00:00Z"), end: at("2060-01-01T00:00:00Z"), importance: 0, status: "published" },
      { id: "long_draft", start: at("1999-01-01T00:00:00Z"), end: at("2019-01-01T00:00:00Z"), importance: 9, status: "draft" },
      { id: "long_at_lookback", start: at("2010-01-01T00:00:00Z"), end: at("2010-01-01T00:00:00Z") + OVERLAP_LOOKBACK_MS, importance: 4, status: "published" },
      { id: "long_past_lookback", start: at("2010-01-01T00:00:00Z"), end: at("2010-01-01T00:00:00Z") + OVERLAP_LOOKBACK_MS + 1, importance: 4, status: "published" },
    ];
    const narrow = { from: "2016-03-10T00:00:00Z", to: "2016-03-11T00:00:00Z", width: 1200 };

    beforeAll(async () => {
      for (const e of long) {
        await ctx.t.run(
          `INSERT INTO "Event" ("id", "title", "dateValue", "datePrecision", "dateStart", "dateEnd", "importance", "status", "updatedAt")
           VALUES (?, ?, ?, 'day', ?, ?, ?, ?, '2026-01-01T00:00:00.000Z')`,
          [e.id, `Long range ${e.id}`, `${new Date(e.start).toISOString().slice(0, 10)}/${new Date(e.end - DAY).toISOString().slice(0, 10)}`, e.start, e.end, e.importance, e.status],
        );
      }
      await ctx.refresh();
    }, HEAVY);

    it("lists exactly the events longer than the lookback", async () => {
      await expectLongEventsListed(ctx.t);
      const listed = await ctx.t.all<{ eventId: string }>(`SELECT "eventId" FROM "TimelineLongEvent" WHERE "eventId" LIKE 'long%' ORDER BY "eventId"`);
      expect(listed.map((l) => l.eventId)).toEqual(["long_20y", "long_draft", "long_future", "long_past_lookback"]);
    });

    it("a 20-year range starting long before a narrow window appears in events mode", async () => {
      const view = await timelineView(narrow, { db: ctx.t.db });
      expect(view.mode).toBe("events");
      const { reaching, ids } = expectedEvents(view, ctx.rows);
      expect(reaching.map((r) => r.id)).toContain("long_20y");
      expect(view.events.map((e) => e.id)).toContain("long_20y");
      expect(view.events.map((e) => e.id)).not.toContain("long_draft");
      expect(view.covering).toBe(reaching.length);
      expect(view.events.map((e) => e.id).sort()).toEqual(ids);
      const inWindow = expectConsistent(view, ctx.rows, () => true);
      expect(view.total).toBe(inWindow.length);
    });

    it.each([
      { name: "a day the 20-year range covers", from: "2004-02-03T00:00:00Z", to: "2004-02-04T00:00:00Z" },
      { name: "the day after the lookback edge", from: "2011-02-05T00:00:00Z", to: "2011-02-06T00:00:00Z" },
      { name: "a window in the far future", from: "2050-01-01T00:00:00Z", to: "2050-02-01T00:00:00Z" },
    ])("finds every event covering a window: $name", async ({ from, to }) => {
      const view = await timelineView({ from, to, width: 1200 }, { db: ctx.t.db });
      expect(view.mode).toBe("events");
      const { reaching, ids } = expectedEvents(view, ctx.rows);
      expect(view.covering).toBe(reaching.length);
      expect(view.events.map((e) => e.id).sort()).toEqual(ids);
      const exported = await exportTimelineEvents({ from, to }, { db: ctx.t.db });
      expect(exported.map((e) => e.id).sort()).toEqual(ctx.rows.filter((r) => r.start < at(to) && r.end > at(from)).map((r) => r.id).sort());
      expect(reaching.length).toBeGreaterThan(0);
    });

    it("the extent reaches the end of the longest range", async () => {
      expect(await timelineExtent({ db: ctx.t.db })).toEqual({ from: Math.min(...ctx.rows.map((r) => r.start)), to: at("2060-01-01T00:00:00Z") });
    });

    it("follows date changes, soft deletes and hard deletes", async () => {
      await ctx.t.run(`UPDATE "Event" SET "dateEnd" = "dateStart" + ? WHERE "id" = 'long_past_lookback'`, [YEAR]);
      await ctx.t.run(`UPDATE "Event" SET "dateEnd" = "dateStart" + ? WHERE "id" = 'long_at_lookback'`, [OVERLAP_LOOKBACK_MS + DAY]);
      await ctx.t.run(`UPDATE "Event" SET "deletedAt" = '2026-01-01T00:00:00.000Z' WHERE "id" = 'long_20y'`);
      await ctx.t.run(`DELETE FROM "Event" WHERE "id" = 'long_future'`);
      await expectLongEventsListed(ctx.t);
      await ctx.refresh();
      const view = await timelineView(narrow, { db: ctx.t.db });
      expect(view.events.map((e) => e.id)).not.toContain("long_20y");
      expect(view.events.map((e) => e.id).sort()).toEqual(expectedEvents(view, ctx.rows).ids);
      expect(await timelineExtent({ db: ctx.t.db })).toEqual({ from: Math.min(...ctx.rows.map((r) => r.start)), to: Math.max(...ctx.rows.map((r) => r.end)) });
      await expectRollupMatchesEvents(ctx.t);
    }, HEAVY);

    // timelineExtent reads the latest end of the lookback from the (dateStart, dateEnd) index, then
    // checks that the event ending there is published; when it is not, it reads them all. (After
    // the test above: no long event ends after the synthetic events any more.)
    it.each([
      { name: "a draft", id: "extent_draft", status: "draft", deletedAt: null },
      { name: "a soft-deleted event", id: "extent_deleted", status: "published", deletedAt: "2026-01-01T00:00:00.000Z" },
    ])("the extent ignores $name ending after every published event", async ({ id, status, deletedAt }) => {
      const before = await timelineExtent({ db: ctx.t.db });
      const start = Math.max(...ctx.rows.map((r) => r.start)) - DAY;
      // Not a long event (those are checked apart), and ending after everything published.
      const end = start + OVERLAP_LOOKBACK_MS;
      expect(end).toBeGreaterThan(before?.to ?? Infinity);
      await ctx.t.run(
        `INSERT INTO "Event" ("id", "title", "dateValue", "datePrecision", "dateStart", "dateEnd", "importance", "status", "deletedAt", "updatedAt")
         VALUES (?, 'Ends last, unpublished', '2025', 'year', ?, ?, 1, ?, ?, '2026-01-01T00:00:00.000Z')`,
        [id, start, end, status, deletedAt],
      );
      try {
        expect(await timelineExtent({ db: ctx.t.db })).toEqual(before);
      } finally {
        await ctx.t.run(`DELETE FROM "Event" WHERE "id" = ?`, [id]);
      }
    });
  });
}
