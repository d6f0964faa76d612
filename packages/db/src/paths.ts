/**
 * Where Dateline's data lives. The one place that turns `DATABASE_URL` (or its default) into a
 * connection target; prisma.config.ts and the runtime client factory both call it.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const MARKER = path.join("packages", "db", "prisma", "schema.prisma");

function ancestors(dir: string): string[] {
  const out: string[] = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    out.push(d);
    if (path.dirname(d) === d) return out;
  }
}

/**
 * The monorepo root: three levels above this file, or (when a bundler moved this module) the
 * nearest ancestor of the working directory that holds packages/db.
 */
export function repoRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, "..", "..", ".."), ...ancestors(process.cwd())];
  const found = candidates.find((dir) => existsSync(path.join(dir, MARKER)));
  if (!found) throw new Error(`cannot find the Dateline repository root from "${here}" or "${process.cwd()}"`);
  return found;
}

/** The folder seeds are imported from: `<repo>/seeds`. */
export function seedsDir(): string {
  return path.join(repoRoot(), "seeds");
}

/** Default database: SQLite file `<repo>/data/dateline.db`, as an absolute `file:` URL. */
export function defaultDatabaseUrl(): string {
  return `file:${path.join(repoRoot(), "data", "dateline.db")}`;
}

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; file: string }
  | { provider: "postgresql"; url: string };

/**
 * Resolves a database URL (argument, else `DATABASE_URL`, else the default). Relative SQLite
 * paths (`file:./x.db`) resolve against the repository root, never the working directory, so
 * every process opens the same file.
 */
export function resolveDatabase(url: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  const raw = url?.trim() || defaultDatabaseUrl();
  if (/^postgres(ql)?:\/\//.test(raw)) return { provider: "postgresql", url: raw };
  if (!raw.startsWith("file:")) {
    throw new Error(`unsupported DATABASE_URL "${raw}": expected file:/absolute/path.db or postgres://…`);
  }
  const rest = raw.slice("file:".length);
  const file = rest === ":memory:" ? rest : path.resolve(repoRoot(), rest);
  return { provider: "sqlite", url: `file:${file}`, file };
}

/** Creates the folder of a SQLite file (SQLite creates the file, not its folder). */
export function ensureSqliteDir(target: DatabaseTarget): void {
  if (target.provider === "sqlite" && target.file !== ":memory:") {
    mkdirSync(path.dirname(target.file), { recursive: true });
  }
}
