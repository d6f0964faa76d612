/**
 * Migration bookkeeping for `setup`: which committed migrations a SQLite database has not applied
 * yet, read from Prisma's `_prisma_migrations` table, so a second start skips the Prisma CLI
 * (≈2 s) when there is nothing to do. Applying is always `prisma migrate deploy`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { DatabaseTarget } from "./paths.ts";
import { repoRoot } from "./paths.ts";

const packageDir = () => path.join(repoRoot(), "packages", "db");

/** Names of the committed migrations for a provider, in apply order. */
export function committedMigrations(provider: DatabaseTarget["provider"]): string[] {
  const dir = path.join(packageDir(), "prisma", ...(provider === "postgresql" ? ["postgres"] : []), "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/**
 * Committed migrations not yet applied to the database; every one of them when the database does
 * not exist, and null when it cannot tell (PostgreSQL): then run `migrate deploy` anyway.
 */
export async function pendingMigrations(target: DatabaseTarget): Promise<string[] | null> {
  if (target.provider !== "sqlite" || target.file === ":memory:") return null;
  const all = committedMigrations(target.provider);
  if (!existsSync(target.file)) return all;
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(target.file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return all;
    const applied = new Set(
      db
        .prepare<[], { migration_name: string }>(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
        )
        .all()
        .map((r) => r.migration_name),
    );
    return all.filter((name) => !applied.has(name));
  } finally {
    db.close();
  }
}

/** Runs `prisma migrate deploy` against `target`; its output is shown unless `quiet`. */
export function migrateDeploy(target: DatabaseTarget, { quiet = false }: { quiet?: boolean } = {}): void {
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  execFileSync(process.execPath, [cli, "migrate", "deploy"], {
    cwd: packageDir(),
    env: { ...process.env, DATABASE_URL: target.url },
    stdio: quiet ? "pipe" : "inherit",
  });
}
