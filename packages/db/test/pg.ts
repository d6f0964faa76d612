// Test support for the PostgreSQL flavour: a throw-away database on 127.0.0.1:5432 (user root or
// postgres, trust auth; DATELINE_PG_ADMIN_URL points elsewhere), created under a random name
// (after DATELINE_PG_DB_PREFIX when set) and dropped afterwards. Tests that need it run unless
// DATELINE_SKIP_PG=1 (only where no PostgreSQL runs); without a server they fail rather than pass
// silently.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import pg from "pg";
import { packageDir } from "./helpers.ts";

/** False only where DATELINE_SKIP_PG=1. */
export const PG_ENABLED = process.env.DATELINE_SKIP_PG !== "1";

const adminUrls = process.env.DATELINE_PG_ADMIN_URL
  ? [process.env.DATELINE_PG_ADMIN_URL]
  : ["postgresql://root@127.0.0.1:5432/postgres", "postgresql://postgres@127.0.0.1:5432/postgres"];

/**
 * A database name no other run uses: `dateline_test_<pid>_<random>`, after DATELINE_PG_DB_PREFIX
 * when set (so runs sharing a server can keep to their own names).
 */
export function randomDatabaseName(prefix = "dateline_test"): string {
  return `${process.env.DATELINE_PG_DB_PREFIX ?? ""}${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}

/** Runs the Prisma CLI (in packages/db) against `url`; resolves with its standard output. */
export async function prismaCli(args: string[], url: string): Promise<string> {
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const { stdout } = await promisify(execFile)(process.execPath, [cli, ...args], {
    cwd: packageDir,
    env: { ...process.env, DATABASE_URL: url },
  });
  return stdout;
}

/** A connection to the maintenance database (to create and drop test databases). */
export async function adminClient(): Promise<{ client: pg.Client; url: string }> {
  const errors: string[] = [];
  for (const url of adminUrls) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      return { client, url };
    } catch (error) {
      errors.push(`${url}: ${String(error)}`);
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(`no PostgreSQL to test against (set DATELINE_SKIP_PG=1 to skip): ${errors.join("; ")}`);
}

/** BIGINT (oid 20) columns as JS numbers: epoch milliseconds and counts stay below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A client on `url` that reads BIGINT as number. */
export function rawClient(url: string): pg.Client {
  return new pg.Client({ connectionString: url, types });
}

export interface ScratchDatabase {
  name: string;
  url: string;
  admin: pg.Client;
  /** Creates another empty database next to this one (dropped by `drop`). */
  sibling(suffix: string): Promise<string>;
  /** Drops the database (and its siblings) and closes the admin connection. */
  drop(): Promise<void>;
}

/** Creates an empty, randomly named database. */
export async function createScratchDatabase(prefix?: string): Promise<ScratchDatabase> {
  const { client: admin, url: adminUrl } = await adminClient();
  const names: string[] = [];
  const create = async (name: string) => {
    await admin.query(`CREATE DATABASE "${name}"`);
    names.push(name);
    const target = new URL(adminUrl);
    target.pathname = `/${name}`;
    return target.toString();
  };
  const name = randomDatabaseName(prefix);
  const url = await create(name);
  return {
    name,
    url,
    admin,
    sibling: (suffix) => create(`${name}_${suffix}`),
    async drop() {
      for (const n of names) await admin.query(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
