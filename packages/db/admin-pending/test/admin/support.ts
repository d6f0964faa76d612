// Test support for the admin verbs: a migrated temporary database, an editor, a checksum.
import Database from "better-sqlite3";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createTestDb, packageDir, type TestDb } from "../helpers.ts";

// Phase-1 scaffolding: the admin tables' migration until it is committed under prisma/migrations.
const pendingMigration = path.join(packageDir, ".tmp", "admin-migration.sql");

export function createAdminTestDb(): TestDb {
  const test = createTestDb();
  const raw = new Database(test.file);
  const hasUsers = raw.prepare("SELECT 1 FROM sqlite_master WHERE name = 'User'").get();
  if (!hasUsers && existsSync(pendingMigration)) raw.exec(readFileSync(pendingMigration, "utf8"));
  raw.close();
  return test;
}

/** Every row of every table, serialised in a stable order: equal strings ⇔ unchanged database. */
export function databaseChecksum(file: string): string {
  const raw = new Database(file, { readonly: true });
  try {
    const tables = raw
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all();
    return tables
      .map(({ name }) => {
        const rows = raw.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().all();
        return `${name}:${JSON.stringify(rows, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))}`;
      })
      .join("\n");
  } finally {
    raw.close();
  }
}

/** A fresh admin test database for the enclosing suite (created before, disposed after it). */
export function useAdminTestDb(): Pick<TestDb, "db" | "file"> {
  let current: TestDb | undefined;
  beforeAll(() => {
    current = createAdminTestDb();
  });
  afterAll(async () => {
    await current?.dispose();
  });
  const get = (): TestDb => {
    if (!current) throw new Error("useAdminTestDb: used outside a test");
    return current;
  };
  return {
    get db() {
      return get().db;
    },
    get file() {
      return get().file;
    },
  };
}
