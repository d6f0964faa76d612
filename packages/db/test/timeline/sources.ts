// The source filter (`source`: publishers of the documents an event cites) against a plain-SQL
// recount on the raw connection, on events of the synthetic archive linked to a few documents.
import { beforeAll, describe, expect, it } from "vitest";
import { SYNTHETIC_FROM, SYNTHETIC_TO } from "../../src/timeline/synthetic.ts";
import { timelineView } from "../../src/timeline/view.ts";
import { at, HEAVY } from "./checks.ts";
import type { SyntheticContext } from "./context.ts";
import { expectConsistent } from "./expect-view.ts";

/** Documents (publisher null for one) and how many sampled events each cites. */
const DOCUMENTS = [
  { id: "doc_reuters", publisher: "Reuters", events: [0, 12] },
  { id: "doc_ap", publisher: "AP", events: [8, 20] },
  { id: "doc_anonymous", publisher: null, events: [18, 26] },
] as const;

/** Source-filtered views of the synthetic archive. */
export function describeSources(ctx: SyntheticContext): void {
  describe(`timelineView source filter (${ctx.provider})`, () => {
    beforeAll(async () => {
      const t = ctx.t;
      const sample = await t.all<{ id: string }>(`SELECT "id" FROM "Event" WHERE "dateStart" >= ? ORDER BY "id" LIMIT 26`, [at("2008-01-01T00:00:00Z")]);
      for (const doc of DOCUMENTS) {
        await t.run(`INSERT INTO "Document" ("id", "publisher", "text", "contentHash") VALUES (?, ?, 'text', ?)`, [doc.id, doc.publisher, `hash_${doc.id}`]);
        for (const [i, event] of sample.slice(...doc.events).entries()) {
          await t.run(`INSERT INTO "EventSource" ("id", "eventId", "documentId", "spanStart", "spanEnd", "quote") VALUES (?, ?, ?, 0, 4, 'text')`, [
            `${doc.id}_${i}`,
            event.id,
            doc.id,
          ]);
        }
      }
      await ctx.refresh();
    }, HEAVY);

    it.each([
      { source: "Reuters", window: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO } },
      { source: "Reuters,AP", window: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO } },
      { source: "AP", window: { from: "2008-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" } },
      { source: "Nobody", window: { from: SYNTHETIC_FROM, to: SYNTHETIC_TO } },
    ])("a source filter equals the events citing the publishers: $source", async ({ source, window }) => {
      const publishers = source.split(",");
      const citing = await ctx.t.all<{ id: string }>(
        `SELECT DISTINCT es."eventId" AS "id" FROM "EventSource" es JOIN "Document" d ON d."id" = es."documentId"
         WHERE d."publisher" IN (${publishers.map(() => "?").join(",")})`,
        publishers,
      );
      const expected = new Set(citing.map((r) => r.id));
      for (const width of [1200, 90]) {
        const view = await timelineView({ ...window, width, source }, { db: ctx.t.db });
        const inWindow = expectConsistent(view, ctx.rows, (r) => expected.has(r.id));
        if (source !== "Nobody") expect(inWindow.length).toBeGreaterThan(0);
      }
    });
  });
}
