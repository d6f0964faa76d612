// The two stores the timeline tests run against, behind one small interface: a migrated database
// (SQLite file or PostgreSQL scratch database), the `Db` handle under test, and an independent raw
// connection (better-sqlite3 / pg) to read what the triggers wrote and to change rows behind
// Prisma's back. SQL given to `all`/`run` uses `?` placeholders (rewritten to $n for PostgreSQL);
// BIGINT values come back as numbers on both.
import Database from "better-sqlite3";
import type { Db } from "../../src/client.ts";
import { createDb } from "../../src/client.ts";
import { insertSyntheticEvents } from "../../src/timeline/synthetic.ts";
import { createTestDb } from "../helpers.ts";
import { createScratchDatabase, prismaCli, rawClient } from "../pg.ts";

export type Provider = Db["provider"];

export interface TimelineStore {
  provider: Provider;
  db: Db;
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
  dispose(): Promise<void>;
}

export async function openSqliteStore(): Promise<TimelineStore> {
  const base = createTestDb();
  const raw = new Database(base.file);
  raw.defaultSafeIntegers(false);
  return {
    provider: "sqlite",
    db: base.db,
    all: async <T>(sql: string, params: readonly unknown[] = []) => raw.prepare<unknown[], T>(sql).all(...params),
    run: async (sql, params = []) => {
      raw.prepare(sql).run(...params);
    },
    async dispose() {
      raw.close();
      await base.dispose();
    },
  };
}

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** A fresh, randomly named PostgreSQL database brought up to date by `prisma migrate deploy`. */
export async function openPostgresStore(): Promise<TimelineStore> {
  const scratch = await createScratchDatabase("dateline_timeline");
  try {
    await prismaCli(["migrate", "deploy"], scratch.url);
    const raw = rawClient(scratch.url);
    await raw.connect();
    const db = createDb(scratch.url);
    return {
      provider: "postgresql",
      db,
      all: async <T>(sql: string, params: readonly unknown[] = []) => (await raw.query(numbered(sql), [...params])).rows as T[],
      run: async (sql, params = []) => {
        await raw.query(numbered(sql), [...params]);
      },
      async dispose() {
        await db.close();
        await raw.end();
        await scratch.drop();
      },
    };
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}

export const openStore = (provider: Provider): Promise<TimelineStore> =>
  provider === "postgresql" ? openPostgresStore() : openSqliteStore();

/** A store holding `events` synthetic events. */
export async function openSyntheticStore(provider: Provider, events: number, seed = 7): Promise<TimelineStore> {
  const store = await openStore(provider);
  try {
    await insertSyntheticEvents(events, { db: store.db, seed, batchSize: 25_000 });
    return store;
  } catch (error) {
    await store.dispose();
    throw error;
  }
}
