// A temporary database with N synthetic events for the timeline tests, plus an independent
// (plain better-sqlite3) reader to check what timelineView answers.
import Database from "better-sqlite3";
import { insertSyntheticEvents } from "../../src/timeline/synthetic.ts";
import { createTestDb, type TestDb } from "../helpers.ts";

export interface TimelineTestDb extends TestDb {
  raw: Database.Database;
}

export async function createSyntheticDb(events: number, seed = 7): Promise<TimelineTestDb> {
  const base = createTestDb();
  await insertSyntheticEvents(events, { db: base.db, seed, batchSize: 25_000 });
  const raw = new Database(base.file);
  return {
    ...base,
    raw,
    async dispose() {
      raw.close();
      await base.dispose();
    },
  };
}
