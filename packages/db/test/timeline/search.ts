// Title search (`q`) against a plain-SQL recount: the store's own LIKE (SQLite) or ILIKE
// (PostgreSQL) over every published event, read on the raw connection, so neither the trigram
// index nor the code choosing it is involved. Odd input (FTS5 syntax, LIKE pattern characters,
// quotes, non-ASCII case, 1–2 characters) and every kind of write (insert, title edit, status
// change, soft delete, restore, hard delete, id change).
import { beforeAll, describe, expect, it } from "vitest";
import { exportTimelineEvents } from "../../src/timeline/export.ts";
import { SYNTHETIC_FROM, SYNTHETIC_TO } from "../../src/timeline/synthetic.ts";
import { timelineView } from "../../src/timeline/view.ts";
import { at, DAY, HEAVY } from "./checks.ts";
import type { SyntheticContext } from "./context.ts";
import { expectConsistent } from "./expect-view.ts";
import type { TimelineStore } from "./store.ts";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Ids of the published events whose title contains `text` (the store's case-insensitive LIKE). */
async function recount(t: TimelineStore, text: string): Promise<Set<string>> {
  const like = t.provider === "postgresql" ? "ILIKE" : "LIKE";
  const rows = await t.all<{ id: string }>(
    `SELECT "id" FROM "Event" WHERE "status" = 'published' AND "deletedAt" IS NULL AND "title" ${like} ? ESCAPE '\\'`,
    [`%${escapeLike(text)}%`],
  );
  return new Set(rows.map((r) => r.id));
}

/** Titles exercising the odd queries below (each event on its own day of 1997, untagged). */
const ODD_TITLES = [
  'Treaty "NEAR" Oslo -signed- at 50% (a_b) *star*',
  "Zürich ÉTÉ festival naïve",
  "zürich été festival",
  "Kelvin \u212a sign",
  "OR AND NOT title: ^x {col}",
  "quote ' and \"double\" quotes",
  "100%_off",
];

const QUERIES = [
  "treaty",
  "TREATY",
  "festival in oslo",
  "in oslo",
  "tr",
  "a",
  "é",
  "ÉTÉ",
  "été",
  "zürich",
  "k sign",
  '"near"',
  '"',
  '""',
  'treaty "near',
  "NEAR",
  "treaty NEAR oslo",
  "NEAR(treaty oslo)",
  "-signed-",
  "-treaty",
  "tre*",
  "*star*",
  "%",
  "50%",
  "_",
  "a_b",
  "%_o",
  "100%_",
  "title: ^x",
  "OR AND NOT",
  "{col}",
  "(a_b)",
  "' and \"",
  "\\",
  "naïve",
  "no such text anywhere",
];

/** Search views and exports of the synthetic archive, then the index after writes. */
export function describeSearch(ctx: SyntheticContext): void {
  describe(`timelineView search (${ctx.provider})`, () => {
    beforeAll(async () => {
      for (const [i, title] of ODD_TITLES.entries()) {
        const start = at("1997-01-01T00:00:00Z") + i * DAY;
        await ctx.t.run(
          `INSERT INTO "Event" ("id", "title", "dateValue", "datePrecision", "dateStart", "dateEnd", "importance", "status", "updatedAt")
           VALUES (?, ?, 'x', 'day', ?, ?, 1, 'published', '2026-01-01T00:00:00.000Z')`,
          [`odd_${i}`, title, start, start + DAY],
        );
      }
      await ctx.refresh();
    }, HEAVY);

    it.each(QUERIES.map((q) => ({ q })))("a search equals the LIKE recount: $q", async ({ q }) => {
      const expected = await recount(ctx.t, q);
      for (const width of [1200, 90]) {
        const view = await timelineView({ from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width, q }, { db: ctx.t.db });
        expectConsistent(view, ctx.rows, (r) => expected.has(r.id));
      }
      const exported = await exportTimelineEvents({ from: SYNTHETIC_FROM, to: SYNTHETIC_TO, q }, { db: ctx.t.db, limit: 50_000 });
      expect(exported.length).toBe(Math.min(expected.size, 50_000));
      expect(exported.filter((e) => !expected.has(e.id))).toEqual([]);
    });

    it("follows inserts, title edits, id changes, status changes, soft deletes, restores and hard deletes", async () => {
      const t = ctx.t;
      const word = "Quokka accord";
      const count = async () => {
        const expected = await recount(t, "quokka");
        await ctx.refresh();
        const view = await timelineView({ from: SYNTHETIC_FROM, to: SYNTHETIC_TO, width: 1200, q: "quokka" }, { db: t.db });
        expectConsistent(view, ctx.rows, (r) => expected.has(r.id));
        return expected.size;
      };
      expect(await count()).toBe(0);
      const sample = await t.all<{ id: string; title: string }>(
        `SELECT "id", "title" FROM "Event" WHERE "status" = 'published' AND "deletedAt" IS NULL AND "dateStart" >= ? ORDER BY "id" LIMIT 12`,
        [at("2003-01-01T00:00:00Z")],
      );
      const ids = sample.map((s) => s.id);
      // Title edits, one at a time and many at once.
      await t.run(`UPDATE "Event" SET "title" = ? || "title" WHERE "id" = ?`, [`${word}: `, ids[0]]);
      await t.run(`UPDATE "Event" SET "title" = "title" || ? WHERE "id" IN (${ids.slice(1, 8).map(() => "?").join(",")})`, [` (${word})`, ...ids.slice(1, 8)]);
      expect(await count()).toBe(8);
      // Inserts (a published one and a draft), a title edit away, a case-only edit.
      for (const [id, status] of [["quokka_new", "published"], ["quokka_draft", "draft"]] as const) {
        await t.run(
          `INSERT INTO "Event" ("id", "title", "dateValue", "datePrecision", "dateStart", "dateEnd", "importance", "status", "updatedAt")
           VALUES (?, ?, 'x', 'day', ?, ?, 3, ?, '2026-01-01T00:00:00.000Z')`,
          [id, `The ${word} signed`, at("1996-06-15T00:00:00Z"), at("1996-06-16T00:00:00Z"), status],
        );
      }
      await t.run(`UPDATE "Event" SET "title" = ? WHERE "id" = ?`, [sample[1]?.title, ids[1]]);
      await t.run(`UPDATE "Event" SET "title" = upper("title") WHERE "id" = ?`, [ids[2]]);
      expect(await count()).toBe(8);
      // An id change (of a draft, whose rollup cells hold no id), then status changes, soft
      // deletes and restores: the view follows the Event row.
      await t.run(`UPDATE "Event" SET "id" = 'quokka_renamed' WHERE "id" = 'quokka_draft'`);
      await t.run(`UPDATE "Event" SET "status" = 'published' WHERE "id" = 'quokka_renamed'`);
      await t.run(`UPDATE "Event" SET "status" = 'draft' WHERE "id" = ?`, [ids[3]]);
      await t.run(`UPDATE "Event" SET "deletedAt" = '2026-01-01T00:00:00.000Z' WHERE "id" IN (?, ?)`, [ids[4], ids[5]]);
      await t.run(`UPDATE "Event" SET "deletedAt" = NULL WHERE "id" = ?`, [ids[5]]);
      expect(await count()).toBe(7);
      // Hard deletes, then an id used again for another title: the index must drop the old one.
      await t.run(`DELETE FROM "Event" WHERE "id" IN (?, ?)`, [ids[6], "quokka_new"]);
      expect(await count()).toBe(5);
      await t.run(
        `INSERT INTO "Event" ("id", "title", "dateValue", "datePrecision", "dateStart", "dateEnd", "importance", "status", "updatedAt")
         VALUES ('quokka_new', 'Another accord', 'x', 'day', ?, ?, 3, 'published', '2026-01-01T00:00:00.000Z')`,
        [at("1996-06-15T00:00:00Z"), at("1996-06-16T00:00:00Z")],
      );
      expect(await count()).toBe(5);
      const renamed = await timelineView({ from: "1996-06-15T00:00:00Z", to: "1996-06-16T00:00:00Z", width: 1200, q: "quokka" }, { db: t.db });
      expect(renamed.events.map((e) => e.id)).toEqual(["quokka_renamed"]);
    }, HEAVY);
  });
}
