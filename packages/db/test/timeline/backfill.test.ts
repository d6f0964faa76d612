// The timeline migrations on a database that already holds events: the committed migrations up to
// timeline_lod are applied, events and tags written, then the later migrations. Their backfills
// must leave TimelineRollup, TimelineFacet, TimelineSourceRollup, TimelineSourceFacet, Event.lane,
// Event.sourceLane and TimelineLongEvent equal to a recomputation, and the triggers must keep them
// so afterwards. SQLite (better-sqlite3) and PostgreSQL (pg) apply the
// committed SQL files directly, in the order `prisma migrate deploy` would.
import Database from "better-sqlite3";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OVERLAP_LOOKBACK_MS } from "../../src/timeline/sql.ts";
import { SYNTHETIC_TAGS, syntheticBursts, syntheticEvent } from "../../src/timeline/synthetic.ts";
import { packageDir } from "../helpers.ts";
import { createScratchDatabase, PG_ENABLED, rawClient, type ScratchDatabase } from "../pg.ts";
import { expectLanesMatchTags, expectLongEventsListed, expectRollupMatchesEvents, expectSourceLanesMatchSources, readRows, type Reader } from "./checks.ts";

const DAY = 86_400_000;
/** The last migration before the ones under test. */
const BEFORE = "20261128090000_timeline_lod";

function migrations(provider: "sqlite" | "postgresql"): { name: string; sql: string }[] {
  const dir = path.join(packageDir, "prisma", ...(provider === "postgresql" ? ["postgres"] : []), "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

const bursts = syntheticBursts(11);
const synthetic = Array.from({ length: 1500 }, (_, i) => syntheticEvent(11, i, bursts));
/** Long ranges (one a draft) and a few unpublished or deleted events. */
const extra = [
  { id: "old_decade", start: Date.UTC(1990, 0, 1), end: Date.UTC(2000, 0, 1), status: "published", deleted: false, tags: ["politics", "economy"] },
  { id: "old_draft_range", start: Date.UTC(1995, 5, 1), end: Date.UTC(1995, 5, 1) + OVERLAP_LOOKBACK_MS + 1, status: "draft", deleted: false, tags: [] },
  { id: "old_deleted", start: Date.UTC(2001, 1, 1), end: Date.UTC(2001, 1, 2), status: "published", deleted: true, tags: ["sport"] },
];
const rows = [
  ...synthetic.map((e) => ({ id: e.id, start: e.start, end: e.end, precision: e.precision, importance: e.importance, status: "published", deleted: false, tags: e.tags })),
  ...extra.map((e) => ({ ...e, precision: "day", importance: 0.5 })),
];

const INSERT_EVENT = `INSERT INTO "Event" ("id", "title", "dateValue", "datePrecision", "dateStart", "dateEnd", "importance", "status", "deletedAt", "updatedAt")
  VALUES (?, ?, 'x', ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z')`;
const INSERT_TAG = `INSERT INTO "Tag" ("id", "name") VALUES (?, ?)`;
const INSERT_LINK = `INSERT INTO "EventTag" ("eventId", "tagId") VALUES (?, ?)`;
const eventParams = (r: (typeof rows)[number]) => [r.id, `Event ${r.id}`, r.precision, r.start, r.end, r.importance, r.status, r.deleted ? "2026-01-02T00:00:00.000Z" : null];
const tagNames = [...SYNTHETIC_TAGS, "zebra"];
/** Documents (one without a publisher) and the events citing them, for the source lanes' backfill. */
const INSERT_DOCUMENT = `INSERT INTO "Document" ("id", "publisher", "text", "contentHash") VALUES (?, ?, 'text', ?)`;
const INSERT_CITATION = `INSERT INTO "EventSource" ("id", "eventId", "documentId", "spanStart", "spanEnd", "quote") VALUES (?, ?, ?, 0, 4, 'text')`;
const documents = [
  { id: "doc_b", publisher: "Beta News", cites: rows.slice(0, 40).map((r) => r.id) },
  { id: "doc_a", publisher: "Alpha Wire", cites: rows.slice(20, 60).map((r) => r.id) },
  { id: "doc_none", publisher: null, cites: rows.slice(50, 80).map((r) => r.id).concat(["old_deleted"]) },
];
const citations = documents.flatMap((d) => d.cites.map((eventId, i) => [`${d.id}_${i}`, eventId, d.id]));

describe("timeline migrations backfill existing events (sqlite)", () => {
  const raw = new Database(":memory:");
  const reader: Reader = { all: async <T>(sql: string, params: readonly unknown[] = []) => raw.prepare<unknown[], T>(sql).all(...params) };
  afterAll(() => raw.close());

  it("rollups, lanes and long events equal their recomputation, before and after more writes", async () => {
    const all = migrations("sqlite");
    const split = all.findIndex((m) => m.name === BEFORE) + 1;
    expect(split).toBeGreaterThan(0);
    for (const m of all.slice(0, split)) raw.exec(m.sql);
    raw.transaction(() => {
      for (const name of tagNames) raw.prepare(INSERT_TAG).run(`tag_${name}`, name);
      for (const r of rows) {
        raw.prepare(INSERT_EVENT).run(...eventParams(r));
        for (const t of r.tags) raw.prepare(INSERT_LINK).run(r.id, `tag_${t}`);
      }
      for (const d of documents) raw.prepare(INSERT_DOCUMENT).run(d.id, d.publisher, `hash_${d.id}`);
      for (const c of citations) raw.prepare(INSERT_CITATION).run(...c);
    })();
    for (const m of all.slice(split)) raw.exec(m.sql);
    expect(all.length - split).toBeGreaterThan(0);
    await expectLongEventsListed(reader);
    await expectRollupMatchesEvents(reader);
    await expectLanesMatchTags(reader);
    await expectSourceLanesMatchSources(reader);
    expect(new Set((await readRows(reader)).map((r) => r.source))).toEqual(new Set(["", "Alpha Wire", "Beta News"]));
    expect((await reader.all<{ eventId: string }>(`SELECT "eventId" FROM "TimelineLongEvent" ORDER BY 1`)).map((r) => r.eventId)).toEqual(["old_decade", "old_draft_range"]);

    raw.prepare(INSERT_LINK).run("old_deleted", "tag_zebra");
    raw.prepare(`UPDATE "Event" SET "dateEnd" = "dateStart" + ? WHERE "id" = 'old_decade'`).run(DAY);
    raw.prepare(`UPDATE "Event" SET "deletedAt" = NULL WHERE "id" = 'old_deleted'`).run();
    raw.prepare(`UPDATE "Document" SET "publisher" = 'Gamma' WHERE "id" = 'doc_none'`).run();
    await expectLongEventsListed(reader);
    await expectRollupMatchesEvents(reader);
    await expectLanesMatchTags(reader);
    await expectSourceLanesMatchSources(reader);
  });
});

describe.runIf(PG_ENABLED)("timeline migrations backfill existing events (postgresql)", () => {
  let scratch: ScratchDatabase;
  let client: pg.Client;
  let reader: Reader;
  const run = (sql: string, params: readonly unknown[] = []) => {
    let n = 0;
    return client.query(sql.replace(/\?/g, () => `$${++n}`), [...params]);
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase("dateline_backfill");
    client = rawClient(scratch.url);
    await client.connect();
    reader = { all: async <T>(sql: string, params: readonly unknown[] = []) => (await run(sql, params)).rows as T[] };
  }, 60_000);
  afterAll(async () => {
    await client?.end();
    await scratch?.drop();
  });

  it("rollups, lanes and long events equal their recomputation, before and after more writes", async () => {
    const all = migrations("postgresql");
    const split = all.findIndex((m) => m.name === BEFORE) + 1;
    expect(split).toBeGreaterThan(0);
    for (const m of all.slice(0, split)) await client.query(m.sql);
    await client.query("BEGIN");
    for (const name of tagNames) await run(INSERT_TAG, [`tag_${name}`, name]);
    for (const r of rows) {
      await run(INSERT_EVENT, eventParams(r));
      for (const t of r.tags) await run(INSERT_LINK, [r.id, `tag_${t}`]);
    }
    for (const d of documents) await run(INSERT_DOCUMENT, [d.id, d.publisher, `hash_${d.id}`]);
    for (const c of citations) await run(INSERT_CITATION, c);
    await client.query("COMMIT");
    // Nothing maintained the lanes or rollups on PostgreSQL before these migrations.
    expect(await reader.all(`SELECT 1 FROM "TimelineRollup"`)).toEqual([]);
    expect((await readRows(reader)).filter((r) => r.lane !== "")).toEqual([]);

    for (const m of all.slice(split)) await client.query(m.sql);
    expect(all.length - split).toBeGreaterThan(0);
    await expectLongEventsListed(reader);
    await expectRollupMatchesEvents(reader);
    await expectLanesMatchTags(reader);
    await expectSourceLanesMatchSources(reader);
    expect(new Set((await readRows(reader)).map((r) => r.source))).toEqual(new Set(["", "Alpha Wire", "Beta News"]));
    expect((await reader.all<{ eventId: string }>(`SELECT "eventId" FROM "TimelineLongEvent" ORDER BY 1`)).map((r) => r.eventId)).toEqual(["old_decade", "old_draft_range"]);

    await run(INSERT_LINK, ["old_deleted", "tag_zebra"]);
    await run(`UPDATE "Event" SET "dateEnd" = "dateStart" + ? WHERE "id" = 'old_decade'`, [DAY]);
    await run(`UPDATE "Event" SET "deletedAt" = NULL WHERE "id" = 'old_deleted'`);
    await run(`UPDATE "Document" SET "publisher" = 'Gamma' WHERE "id" = 'doc_none'`);
    await expectLongEventsListed(reader);
    await expectRollupMatchesEvents(reader);
    await expectLanesMatchTags(reader);
    await expectSourceLanesMatchSources(reader);
  }, 120_000);
});
