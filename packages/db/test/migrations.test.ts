// Committed migrations vs the schema, and the bookkeeping `setup` relies on.
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { committedMigrations, migrateDeploy, pendingMigrations } from "../src/migrations.ts";
import { resolveDatabase } from "../src/paths.ts";
import { migrationScripts, packageDir } from "./helpers.ts";

const dir = mkdtempSync(path.join(tmpdir(), "dateline-migrations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Tables → columns (name, type, not null, default, pk) and indexes (name, unique, columns), minus
 * the title search tables (migration timeline_search: an FTS5 table, its shadow tables and its
 * key table), which Prisma's schema language cannot declare.
 */
function shape(sql: string): unknown {
  const db = new Database(":memory:");
  db.exec(sql);
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'EventSearch%' ORDER BY name",
    )
    .all()
    .map((t) => t.name);
  const result = tables.map((table) => ({
    table,
    columns: db.pragma(`table_info("${table}")`),
    foreignKeys: db.pragma(`foreign_key_list("${table}")`),
    indexes: (db.pragma(`index_list("${table}")`) as { name: string; unique: number }[])
      .map((i) => ({ ...i, columns: db.pragma(`index_info("${i.name}")`) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }));
  db.close();
  return result;
}

describe("committed SQLite migrations", () => {
  it("build exactly the tables, columns and indexes of prisma/schema.prisma", () => {
    const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
    const fromSchema = execFileSync(
      process.execPath,
      [cli, "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { cwd: packageDir, env: { ...process.env, DATABASE_URL: "file::memory:" }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    expect(shape(migrationScripts().join("\n"))).toEqual(shape(fromSchema));
  });
});

describe("pendingMigrations / migrateDeploy", () => {
  const target = resolveDatabase(`file:${path.join(dir, "setup.db")}`);

  it("lists every committed migration for a database that does not exist", async () => {
    expect(await pendingMigrations(target)).toEqual(committedMigrations("sqlite"));
    expect(committedMigrations("sqlite").length).toBeGreaterThan(0);
  });

  it("lists none after `prisma migrate deploy`", async () => {
    migrateDeploy(target, { quiet: true });
    expect(await pendingMigrations(target)).toEqual([]);
  });

  it.each([
    ["file::memory:", null],
    ["postgresql://root@127.0.0.1:5432/x", null],
  ])("cannot tell for %s (null: always deploy)", async (url, expected) => {
    expect(await pendingMigrations(resolveDatabase(url))).toBe(expected);
  });
});
