// The trigger-kept tables (TimelineRollup, TimelineFacet, Event.lane) after every kind of write:
// plain SQL updates, soft and hard deletes, tag changes, multi-row updates and admin edits.
import { describe, expect, it } from "vitest";
import { createEvent, restoreEvent, softDeleteEvent, updateEvent } from "../../src/admin/index.ts";
import { timelineView } from "../../src/timeline/view.ts";
import { at, DAY, expectLanesMatchTags, expectLongEventsListed, expectRollupMatchesEvents, HEAVY, readRows } from "./checks.ts";
import type { SyntheticContext } from "./context.ts";
import { expectConsistent } from "./expect-view.ts";

const actor = { id: "timeline-test", email: "timeline@example.org" };

/** The rollups as loaded, then after writes. */
export function describeRollupWrites(ctx: SyntheticContext): void {
  describe(`rollups and lanes after writes (${ctx.provider})`, () => {
    it("rollups and lanes equal their recomputation from the synthetic events", async () => {
      expect(ctx.rows.length).toBe(ctx.events);
      await expectRollupMatchesEvents(ctx.t);
      await expectLanesMatchTags(ctx.t);
      await expectLongEventsListed(ctx.t);
    }, HEAVY);

    it("rollups stay in step with updates, soft deletes, hard deletes and retags", async () => {
      const sample = await ctx.t.all<{ id: string }>(`SELECT "id" FROM "Event" WHERE "dateStart" >= ? AND "dateStart" < ? ORDER BY "id" LIMIT 40`, [
        at("2012-01-01T00:00:00Z"),
        at("2013-01-01T00:00:00Z"),
      ]);
      const ids = sample.map((s) => s.id);
      const [a, b, c, d, ...rest] = ids;
      await ctx.t.run(`UPDATE "Event" SET "status" = 'draft' WHERE "id" = ?`, [a]);
      await ctx.t.run(`UPDATE "Event" SET "deletedAt" = '2026-01-01T00:00:00.000Z' WHERE "id" = ?`, [b]);
      await ctx.t.run(`DELETE FROM "Event" WHERE "id" = ?`, [c]);
      await ctx.t.run(`UPDATE "Event" SET "dateStart" = "dateStart" + ?, "dateEnd" = "dateEnd" + ? WHERE "id" = ?`, [40 * DAY, 40 * DAY, d]);
      await ctx.t.run(`UPDATE "Event" SET "importance" = 2 WHERE "id" IN (${rest.map(() => "?").join(",")})`, rest);
      await ctx.t.run(`DELETE FROM "EventTag" WHERE "eventId" = ?`, [rest[0]]);
      await ctx.refresh();
      expect(ctx.rows.find((r) => r.id === rest[0])?.lane).toBe("");
      expect(ctx.rows.some((r) => r.id === a || r.id === b || r.id === c)).toBe(false);
      for (const width of [1200, 300]) {
        const view = await timelineView({ from: "2011-06-01T00:00:00Z", to: "2013-06-01T00:00:00Z", width }, { db: ctx.t.db });
        expectConsistent(view, ctx.rows, () => true);
      }
      await expectRollupMatchesEvents(ctx.t);
      await expectLanesMatchTags(ctx.t);
    }, HEAVY);

    it("rollups and lanes follow tag inserts, tag renames, tag deletes, restores and multi-row updates", async () => {
      const sample = await ctx.t.all<{ id: string; lane: string }>(
        `SELECT "id", "lane" FROM "Event" WHERE "dateStart" >= ? AND "dateStart" < ? AND "status" = 'published' ORDER BY "id" LIMIT 30`,
        [at("2015-03-01T00:00:00Z"), at("2015-06-01T00:00:00Z")],
      );
      const ids = sample.map((s) => s.id);
      // A tag sorting first takes over the lane of the events it is added to.
      await ctx.t.run(`INSERT INTO "Tag" ("id", "name") VALUES ('tag_aaa', 'aaa first')`);
      await ctx.t.run(`INSERT INTO "EventTag" ("eventId", "tagId") SELECT "id", 'tag_aaa' FROM "Event" WHERE "id" IN (${ids.slice(0, 10).map(() => "?").join(",")})`, ids.slice(0, 10));
      await expectLanesMatchTags(ctx.t);
      expect((await readRows(ctx.t)).filter((r) => r.lane === "aaa first").length).toBe(10);
      // Renaming it to sort last gives them back their other tag's lane; renaming a synthetic tag
      // moves every event of that lane.
      await ctx.t.run(`UPDATE "Tag" SET "name" = 'zzz last' WHERE "id" = 'tag_aaa'`);
      await ctx.t.run(`UPDATE "Tag" SET "name" = 'economics' WHERE "name" = 'economy'`);
      await expectLanesMatchTags(ctx.t);
      await expectRollupMatchesEvents(ctx.t);
      // A link moved to another tag (UPDATE of EventTag): the lane follows.
      const moved = ids.slice(20, 25);
      const lanesBefore = await ctx.t.all<{ id: string; lane: string }>(`SELECT "id", "lane" FROM "Event" WHERE "id" IN (?, ?, ?, ?, ?) ORDER BY "id"`, moved);
      for (const id of moved) {
        await ctx.t.run(`UPDATE "EventTag" SET "tagId" = 'tag_aaa' WHERE "eventId" = ?
          AND "tagId" = (SELECT et."tagId" FROM "EventTag" et JOIN "Tag" g ON g."id" = et."tagId" WHERE et."eventId" = ? ORDER BY g."name" LIMIT 1)`, [id, id]);
      }
      const lanesAfter = await ctx.t.all<{ id: string; lane: string }>(`SELECT "id", "lane" FROM "Event" WHERE "id" IN (?, ?, ?, ?, ?) ORDER BY "id"`, moved);
      expect(lanesAfter.filter((r, i) => r.lane === lanesBefore[i]?.lane)).toEqual([]);
      await expectLanesMatchTags(ctx.t);
      await expectRollupMatchesEvents(ctx.t);
      // Deleting a tag (its links cascade) and a multi-row update moving many events at once.
      await ctx.t.run(`DELETE FROM "Tag" WHERE "id" = 'tag_aaa'`);
      await ctx.t.run(`UPDATE "Event" SET "dateStart" = "dateStart" - ?, "dateEnd" = "dateEnd" - ?, "importance" = "importance" / 2
        WHERE "dateStart" >= ? AND "dateStart" < ?`, [3 * DAY, 3 * DAY, at("2015-04-01T00:00:00Z"), at("2015-04-20T00:00:00Z")]);
      await ctx.t.run(`UPDATE "Event" SET "deletedAt" = '2026-01-02T00:00:00.000Z' WHERE "id" IN (${ids.slice(10, 20).map(() => "?").join(",")})`, ids.slice(10, 20));
      await ctx.t.run(`UPDATE "Event" SET "deletedAt" = NULL WHERE "id" IN (${ids.slice(10, 15).map(() => "?").join(",")})`, ids.slice(10, 15));
      await expectLanesMatchTags(ctx.t);
      await expectRollupMatchesEvents(ctx.t);
      await ctx.refresh();
      const view = await timelineView({ from: "2015-01-01T00:00:00Z", to: "2016-01-01T00:00:00Z", width: 1200 }, { db: ctx.t.db });
      expectConsistent(view, ctx.rows, () => true);
    }, HEAVY);

    it("admin edits keep the rollups in step (create, date change, status change, soft delete, restore)", async () => {
      const date = { value: "2014-07-04", precision: "day", start: "2014-07-04T00:00:00.000Z", end: "2014-07-05T00:00:00.000Z" };
      const created = await createEvent({ title: "Admin-made event", date, status: "published", tags: ["politics", "aardvark"] }, { db: ctx.t.db, actor });
      await expectRollupMatchesEvents(ctx.t);
      const moved = { value: "2014-09", precision: "month", start: "2014-09-01T00:00:00.000Z", end: "2014-10-01T00:00:00.000Z" };
      const edited = await updateEvent({ id: created.id, version: created.version, title: "Moved", date: moved, status: "published", tags: ["sport"] }, { db: ctx.t.db, actor });
      await expectRollupMatchesEvents(ctx.t);
      const drafted = await updateEvent({ id: edited.id, version: edited.version, title: "Moved", date: moved, status: "draft", tags: ["sport"] }, { db: ctx.t.db, actor });
      await expectRollupMatchesEvents(ctx.t);
      const republished = await updateEvent({ id: drafted.id, version: drafted.version, title: "Moved", date: moved, status: "published", tags: [] }, { db: ctx.t.db, actor });
      const deleted = await softDeleteEvent({ id: republished.id, version: republished.version }, { db: ctx.t.db, actor });
      await expectRollupMatchesEvents(ctx.t);
      await restoreEvent({ id: deleted.id, version: deleted.version }, { db: ctx.t.db, actor });
      await expectRollupMatchesEvents(ctx.t);
      await expectLanesMatchTags(ctx.t);
      await ctx.refresh();
      expect(ctx.rows.find((r) => r.id === created.id)).toMatchObject({ lane: "", start: at(moved.start) });
    }, HEAVY);
  });
}
