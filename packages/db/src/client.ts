/**
 * The database handle. `createDb(url)` names a database; the Prisma client and the native driver
 * load lazily on the first query, so importing this package costs nothing (no connection during
 * `next build`, no native module in code paths that never query).
 * The Prisma client never leaves this package: callers use the named query functions.
 */
import type { PrismaClient } from "./generated/sqlite/client.ts";
import { ensureSqliteDir, resolveDatabase, type DatabaseTarget } from "./paths.ts";

/** An opened (lazily connected) database. Pass it to query functions as `{ db }`. */
export interface Db {
  readonly provider: DatabaseTarget["provider"];
  /** Resolved URL (absolute `file:` path for SQLite). */
  readonly url: string;
  /** Closes the connection; the handle must not be used afterwards. */
  close(): Promise<void>;
}

/** Options every query function accepts. */
export interface DbOption {
  /** Database to use; default: `getDb()` (DATABASE_URL or `<repo>/data/dateline.db`). */
  db?: Db;
}

const clients = new WeakMap<Db, Promise<PrismaClient>>();

async function openPostgres(url: string): Promise<PrismaClient> {
  const [{ PrismaClient: Client }, { PrismaPg }] = await Promise.all([
    import("./generated/postgres/client.ts"),
    import("@prisma/adapter-pg"),
  ]);
  // The PostgreSQL client is generated from the same models (prisma/postgres/schema.prisma,
  // checked by test): its API is the SQLite client's, which the queries are typed against.
  // No JIT: the timeline's range joins get large row estimates, and compiling them costs more
  // (15–30 ms) than running them (a few ms).
  const client: unknown = new Client({ adapter: new PrismaPg({ connectionString: url, options: "-c jit=off" }) });
  return client as PrismaClient;
}

async function openClient(target: DatabaseTarget): Promise<PrismaClient> {
  if (target.provider === "postgresql") return openPostgres(target.url);
  ensureSqliteDir(target);
  const [{ PrismaClient: Client }, { PrismaBetterSQLite3 }] = await Promise.all([
    import("./generated/sqlite/client.ts"),
    import("@prisma/adapter-better-sqlite3"),
  ]);
  return new Client({ adapter: new PrismaBetterSQLite3({ url: target.url }) });
}

/** A handle on the database at `url` (default: DATABASE_URL, else `<repo>/data/dateline.db`). */
export function createDb(url?: string): Db {
  const target = resolveDatabase(url);
  const db: Db = {
    provider: target.provider,
    url: target.url,
    async close() {
      const client = clients.get(db);
      clients.delete(db);
      if (client) await (await client).$disconnect();
    },
  };
  return db;
}

const globalKey = Symbol.for("@dateline/db/default");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Db };

/**
 * The process-wide default handle (kept on globalThis so that dev-server reloads reuse one
 * connection).
 */
export function getDb(): Db {
  const g = globalThis as GlobalWithDb;
  g[globalKey] ??= createDb();
  return g[globalKey];
}

/** Internal: the Prisma client behind a handle. Not exported from the package. */
export function prismaOf(db: Db | undefined): Promise<PrismaClient> {
  const handle = db ?? getDb();
  let client = clients.get(handle);
  if (!client) {
    client = openClient(resolveDatabase(handle.url));
    clients.set(handle, client);
  }
  return client;
}
