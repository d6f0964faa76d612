// The checks of ./checks.ts catch a missing source-lane trigger (migrations timeline_source_lanes
// and timeline_source_facets): on a small archive, checked after each write, the same writes
// (citations added, moved, removed; publishers renamed; documents deleted; events tagged, moved,
// re-dated to another precision, unpublished and deleted) pass with every trigger and fail with
// any one of them dropped. SQLite: a fresh in-memory database per case;
// PostgreSQL: one scratch database, each case in a transaction rolled back afterwards.
import Database from "better-sqlite3";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationScripts, packageDir } from "../helpers.ts";
import { createScratchDatabase, PG_ENABLED, rawClient, type ScratchDatabase } from "../pg.ts";
import { DAY, expectRollupMatchesEvents, expectSourceLanesMatchSources, type Reader } from "./checks.ts";

/** The row and statement triggers both providers' migrations create, with their tables. */
const TABLE_TRIGGERS = [
  ["Event_source_timeline_insert", "Event"],
  ["Event_source_timeline_delete", "Event"],
  ["Event_source_timeline_update", "Event"],
  ["EventSource_lane_insert", "EventSource"],
  ["EventSource_lane_delete", "EventSource"],
  ["EventSource_lane_update", "EventSource"],
  ["Document_lane_publisher", "Document"],
  ["Event_source_facet_insert", "Event"],
  ["Event_source_facet_delete", "Event"],
  ["Event_source_facet_update", "Event"],
] as const;
/** SQLite also writes the cells through a row-less view's triggers. */
const SQLITE_TRIGGERS = [
  "TimelineSourceRollupDelta_add",
  "TimelineSourceRollupDelta_remove",
  "TimelineSourceFacetDelta_add",
  "TimelineSourceFacetDelta_remove",
  ...TABLE_TRIGGERS.map(([name]) => name),
];

const EVENTS = Array.from({ length: 6 }, (_, i) => {
  const start = Date.UTC(2001, 0, 1 + ((i + 1) % 3));
  return `('e${i + 1}', 'Event ${i + 1}', 'x', 'day', ${start}, ${start + DAY}, ${(i + 1) / 10}, 'published', '2026-01-01T00:00:00.000Z')`;
});

const WRITES = [
  `INSERT INTO "Event" ("id", "title", "dateValue", "datePrecision", "dateStart", "dateEnd", "importance", "status", "updatedAt") VALUES ${EVENTS.join(", ")}`,
  `INSERT INTO "Document" ("id", "publisher", "text", "contentHash") VALUES ('d1', 'Reuters', 't', 'h1'), ('d2', 'AP', 't', 'h2'), ('d3', 'BBC', 't', 'h3')`,
  `INSERT INTO "EventSource" ("id", "eventId", "documentId", "spanStart", "spanEnd", "quote")
   VALUES ('s1', 'e1', 'd1', 0, 1, 'q'), ('s2', 'e2', 'd1', 0, 1, 'q'), ('s3', 'e2', 'd2', 0, 1, 'q'), ('s4', 'e3', 'd3', 0, 1, 'q'),
     ('s5', 'e4', 'd3', 0, 1, 'q'), ('s6', 'e6', 'd2', 0, 1, 'q'), ('s7', 'e1', 'd3', 0, 1, 'q')`,
  `INSERT INTO "Tag" ("id", "name") VALUES ('t1', 'alpha'), ('t2', 'beta')`,
  `INSERT INTO "EventTag" ("eventId", "tagId") VALUES ('e1', 't1'), ('e2', 't2'), ('e2', 't1'), ('e6', 't2')`,
  `UPDATE "Event" SET "datePrecision" = 'month' WHERE "id" IN ('e2', 'e3')`,
  `DELETE FROM "EventSource" WHERE "id" = 's4'`,
  `UPDATE "EventSource" SET "eventId" = 'e5' WHERE "id" = 's1'`,
  `UPDATE "Document" SET "publisher" = 'AAA' WHERE "id" = 'd1'`,
  `DELETE FROM "Document" WHERE "id" = 'd2'`,
  `UPDATE "Event" SET "dateStart" = "dateStart" + ${40 * DAY}, "importance" = 3 WHERE "id" IN ('e3', 'e4')`,
  `UPDATE "Event" SET "status" = 'draft' WHERE "id" = 'e5'`,
  `DELETE FROM "Event" WHERE "id" = 'e4'`,
];

async function checksPass(reader: Reader): Promise<boolean> {
  try {
    await expectSourceLanesMatchSources(reader);
    await expectRollupMatchesEvents(reader);
    return true;
  } catch {
    return false;
  }
}

/** Whether the checks pass after each write. */
async function checkedWrites(exec: (sql: string) => Promise<unknown>, reader: Reader): Promise<boolean> {
  let pass = true;
  for (const sql of WRITES) {
    await exec(sql);
    pass = (await checksPass(reader)) && pass;
  }
  return pass;
}

describe("source lane triggers (sqlite)", () => {
  const run = async (dropped: string | null) => {
    const raw = new Database(":memory:");
    try {
      for (const sql of migrationScripts()) raw.exec(sql);
      if (dropped) raw.exec(`DROP TRIGGER "${dropped}"`);
      const reader: Reader = { all: async <T>(sql: string) => raw.prepare<[], T>(sql).all() };
      return await checkedWrites(async (sql) => raw.exec(sql), reader);
    } finally {
      raw.close();
    }
  };

  it("the checks pass with every trigger", async () => {
    expect(await run(null)).toBe(true);
  });

  it("without the trigger applying EventSourceLaneRefresh, citation writes fail", async () => {
    await expect(run("EventSourceLaneRefresh_apply")).rejects.toThrow(/EventSourceLaneRefresh/);
  });

  it.each(SQLITE_TRIGGERS)("the checks fail without %s", async (trigger) => {
    expect(await run(trigger)).toBe(false);
  });
});

describe.runIf(PG_ENABLED)("source lane triggers (postgresql)", () => {
  let scratch: ScratchDatabase;
  let client: pg.Client;
  const reader: Reader = { all: async <T>(sql: string) => (await client.query(sql)).rows as T[] };
  const run = async (dropped: readonly [string, string] | null) => {
    await client.query("BEGIN");
    try {
      if (dropped) await client.query(`DROP TRIGGER "${dropped[0]}" ON "${dropped[1]}"`);
      return await checkedWrites((sql) => client.query(sql), reader);
    } finally {
      await client.query("ROLLBACK");
    }
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase("dateline_source_lanes");
    client = rawClient(scratch.url);
    await client.connect();
    const dir = path.join(packageDir, "prisma", "postgres", "migrations");
    const names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    for (const name of names) await client.query(readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
  }, 60_000);
  afterAll(async () => {
    await client?.end();
    await scratch?.drop();
  });

  it("the checks pass with every trigger", async () => {
    expect(await run(null)).toBe(true);
  });

  it.each(TABLE_TRIGGERS)("the checks fail without %s", async (trigger, table) => {
    expect(await run([trigger, table])).toBe(false);
  });
});
