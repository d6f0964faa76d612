// Lanes by source (`lanes: "source"`: the first publisher of the documents an event cites, kept in
// Event.sourceLane and TimelineSourceRollup by the triggers of migration timeline_source_lanes, and
// with a precision or tag filter in TimelineSourceFacet, migration timeline_source_facets)
// against a plain-SQL recount (./checks.ts), after writes to events, citations and documents.
// Runs after ./sources.ts, whose documents and citations it starts from.
import type { TimelineView } from "@dateline/schema/timeline";
import { describe, expect, it } from "vitest";
import { SYNTHETIC_FROM, SYNTHETIC_TO } from "../../src/timeline/synthetic.ts";
import { timelineView } from "../../src/timeline/view.ts";
import { at, DAY, expectRollupMatchesEvents, expectSourceLanesMatchSources, HEAVY, type Row } from "./checks.ts";
import type { SyntheticContext } from "./context.ts";
import { expectConsistent } from "./expect-view.ts";

const WINDOWS = [
  // Month buckets over the archive (TimelineSourceRollup), day buckets (the same), hour buckets
  // (the events themselves), and precision and tag filters (TimelineSourceFacet) with month, week
  // and day buckets.
  { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 1200 },
  { from: "2008-01-01T00:00:00Z", to: "2010-01-01T00:00:00Z", width: 1200 },
  { from: "2008-03-01T00:00:00Z", to: "2008-03-10T00:00:00Z", width: 1200 },
  { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 300, precision: "day" },
  { from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 1200, tag: "science,sport" },
  { from: "2008-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z", width: 3000, tag: "health,politics" },
  { from: "2008-01-01T00:00:00Z", to: "2017-01-01T00:00:00Z", width: 10_000, precision: "day,month", tag: "health,politics,science,sport" },
] as const;

/** The view's lanes and cells equal the rows' (lane = their recounted source lane); returns the rows counted. */
function expectLanesBySource(view: TimelineView, rows: readonly Row[], matches: (r: Row) => boolean): Row[] {
  const bySource = rows.map((r) => ({ ...r, lane: r.source }));
  const inWindow = expectConsistent(view, bySource, matches);
  const counts = new Map<string, number>();
  for (const r of inWindow) counts.set(r.lane, (counts.get(r.lane) ?? 0) + 1);
  const cellLanes = view.lanes.filter((l) => l.count > 0);
  expect(Object.fromEntries(cellLanes.map((l) => [l.key, l.count]))).toEqual(Object.fromEntries(counts));
  for (const cell of view.cells) {
    const key = view.lanes[cell.lane]?.key;
    expect(bySource.find((r) => r.id === cell.topId)?.lane).toBe(key);
  }
  const laneOf = new Map(bySource.map((r) => [r.id, r.lane]));
  expect(view.events.filter((e) => laneOf.get(e.id) !== e.lane)).toEqual([]);
  return inWindow;
}

/** Lanes by source of the synthetic archive, after every kind of write. */
export function describeSourceLanes(ctx: SyntheticContext): void {
  describe(`timelineView lanes by source (${ctx.provider})`, () => {
    const check = async () => {
      await expectSourceLanesMatchSources(ctx.t);
      await expectRollupMatchesEvents(ctx.t);
      await ctx.refresh();
      const units = new Set<string>();
      let citedInFiltered = 0;
      for (const window of WINDOWS) {
        const view = await timelineView({ ...window, lanes: "source" }, { db: ctx.t.db });
        const precisions = "precision" in window ? window.precision.split(",") : undefined;
        const tags = "tag" in window ? window.tag.split(",") : undefined;
        const counted = expectLanesBySource(
          view,
          ctx.rows,
          (r) => (precisions === undefined || precisions.includes(r.precision)) && (tags === undefined || r.tags.some((t) => tags.includes(t))),
        );
        if (precisions || tags) {
          units.add(view.unit);
          citedInFiltered += counted.filter((r) => r.lane !== "").length;
        }
      }
      // The filtered views cover every cell unit and count cited events (lanes other than '').
      expect([...units].sort()).toEqual(["day", "month", "week", "year"]);
      expect(citedInFiltered).toBeGreaterThan(0);
      return ctx.rows;
    };

    it("lanes by source equal the recount as loaded (documents of ./sources.ts)", async () => {
      const rows = await check();
      expect(new Set(rows.map((r) => r.source))).toEqual(new Set(["", "AP", "Reuters"]));
    }, HEAVY);

    it("follow citations added, moved and removed, publishers renamed and documents deleted", async () => {
      const t = ctx.t;
      const sample = await t.all<{ id: string }>(`SELECT "id" FROM "Event" WHERE "dateStart" >= ? AND "status" = 'published' AND "deletedAt" IS NULL ORDER BY "id" LIMIT 30 OFFSET 100`, [
        at("2008-03-01T00:00:00Z"),
      ]);
      const ids = sample.map((s) => s.id);
      await t.run(`INSERT INTO "Document" ("id", "publisher", "text", "contentHash") VALUES ('doc_bbc', 'BBC', 'text', 'hash_bbc'), ('doc_afp', 'AFP', 'text', 'hash_afp')`);
      // Several citations per event: the first publisher wins (AFP before BBC before Reuters).
      for (const [i, id] of ids.slice(0, 20).entries()) {
        await t.run(`INSERT INTO "EventSource" ("id", "eventId", "documentId", "spanStart", "spanEnd", "quote") VALUES (?, ?, ?, 0, 4, 'text')`, [`bbc_${i}`, id, "doc_bbc"]);
      }
      await t.run(`INSERT INTO "EventSource" ("id", "eventId", "documentId", "spanStart", "spanEnd", "quote")
        SELECT 'afp_' || "id", "id", 'doc_afp', 1, 4, 'text' FROM "Event" WHERE "id" IN (${ids.slice(0, 5).map(() => "?").join(",")})`, ids.slice(0, 5));
      await check();
      // A citation moved to another event and to another document; one removed.
      await t.run(`UPDATE "EventSource" SET "eventId" = ? WHERE "id" = 'bbc_0'`, [ids[25]]);
      await t.run(`UPDATE "EventSource" SET "documentId" = 'doc_reuters' WHERE "id" = 'bbc_1'`);
      await t.run(`DELETE FROM "EventSource" WHERE "id" = 'bbc_2'`);
      await check();
      // Publishers renamed (one to sort first, one to null) and a document deleted (its citations cascade).
      await t.run(`UPDATE "Document" SET "publisher" = 'AAA Wire' WHERE "id" = 'doc_bbc'`);
      await t.run(`UPDATE "Document" SET "publisher" = NULL WHERE "id" = 'doc_ap'`);
      await check();
      await t.run(`DELETE FROM "Document" WHERE "id" = 'doc_afp'`);
      const rows = await check();
      expect(rows.filter((r) => r.source === "AAA Wire").length).toBe(18);
      expect(rows.some((r) => r.source === "AP" || r.source === "AFP")).toBe(false);
    }, HEAVY);

    it("follow events cited moving, changing importance, unpublished, deleted and created", async () => {
      const t = ctx.t;
      const cited = await t.all<{ id: string }>(`SELECT DISTINCT "eventId" AS "id" FROM "EventSource" ORDER BY 1 LIMIT 8`);
      const [a, b, c, d, ...rest] = cited.map((r) => r.id);
      await t.run(`UPDATE "Event" SET "dateStart" = "dateStart" + ?, "dateEnd" = "dateEnd" + ? WHERE "id" = ?`, [40 * DAY, 40 * DAY, a]);
      await t.run(`UPDATE "Event" SET "status" = 'draft' WHERE "id" = ?`, [b]);
      await t.run(`UPDATE "Event" SET "deletedAt" = '2026-01-01T00:00:00.000Z' WHERE "id" = ?`, [c]);
      await t.run(`DELETE FROM "Event" WHERE "id" = ?`, [d]);
      await t.run(`UPDATE "Event" SET "importance" = 5 WHERE "id" IN (${rest.map(() => "?").join(",")})`, rest);
      await t.run(
        `INSERT INTO "Event" ("id", "title", "dateValue", "datePrecision", "dateStart", "dateEnd", "importance", "status", "updatedAt")
         VALUES ('src_new', 'New', 'x', 'day', ?, ?, 9, 'published', '2026-01-01T00:00:00.000Z')`,
        [at("2009-05-05T00:00:00Z"), at("2009-05-06T00:00:00Z")],
      );
      await t.run(`INSERT INTO "EventSource" ("id", "eventId", "documentId", "spanStart", "spanEnd", "quote") VALUES ('new_0', 'src_new', 'doc_reuters', 0, 4, 'text')`);
      await t.run(`UPDATE "Event" SET "deletedAt" = NULL WHERE "id" = ?`, [c]);
      const rows = await check();
      expect(rows.find((r) => r.id === "src_new")?.source).toBe("Reuters");
    }, HEAVY);
  });
}
