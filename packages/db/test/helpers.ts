// Test support: a fresh SQLite file per test file, migrated with the committed migration SQL.
import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb, type Db } from "../src/client.ts";

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const repoDir = path.resolve(packageDir, "..", "..");
const migrationsDir = path.join(packageDir, "prisma", "migrations");

/** The committed migrations' SQL, in the order `prisma migrate deploy` applies them. */
export function migrationScripts(): string[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8"));
}

export interface TestDb {
  db: Db;
  file: string;
  /** Row count of every table (for "nothing changed" assertions). */
  counts(): Record<string, number>;
  dispose(): Promise<void>;
}

export function createTestDb(): TestDb {
  const dir = mkdtempSync(path.join(tmpdir(), "dateline-db-"));
  const file = path.join(dir, "test.db");
  const raw = new Database(file);
  for (const sql of migrationScripts()) raw.exec(sql);
  // The title search index (FTS5 and shadow tables, key table: migration timeline_search) is
  // derived from Event by triggers and not one of the tables the counts describe.
  const tables = raw
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'EventSearch%' ORDER BY name",
    )
    .all()
    .map((t) => t.name);
  const db = createDb(`file:${file}`);
  return {
    db,
    file,
    counts: () =>
      Object.fromEntries(
        tables.map((t) => [t, raw.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM "${t}"`).get()?.n ?? -1]),
      ),
    async dispose() {
      await db.close();
      raw.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
