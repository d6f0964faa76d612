/**
 * A fingerprint of every row of every table: equal fingerprints ⇔ the database did not change.
 * For tests that prove a refused request wrote nothing (the authorisation sweep) and for support.
 */
import { createHash } from "node:crypto";
import { getDb, prismaOf, type DbOption } from "../client.ts";
import { Prisma } from "../generated/sqlite/client.ts";

/** Table names are read from the catalogue; only plain identifiers are ever put into SQL. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

const stable = (_key: string, value: unknown) =>
  typeof value === "bigint" ? value.toString() : value instanceof Date ? value.toISOString() : value;

/** sha256 over all tables' rows (ordered by their text form), plus per-table row counts. */
export async function databaseFingerprint(options: DbOption = {}): Promise<{ sha256: string; counts: Record<string, number> }> {
  const prisma = await prismaOf(options.db);
  const provider = (options.db ?? getDb()).provider;
  // SQLite: plain tables only; a virtual table (the FTS5 title index, migration timeline_search)
  // and its shadow tables hold what triggers derive from Event, in binary blocks.
  const tables =
    provider === "sqlite"
      ? await prisma.$queryRaw<{ name: string }[]>`SELECT name FROM pragma_table_list
          WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`
      : await prisma.$queryRaw<{ name: string }[]>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const hash = createHash("sha256");
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    if (!IDENTIFIER.test(name)) throw new Error(`unexpected table name in the catalogue: ${JSON.stringify(name)}`);
    const rows = await prisma.$queryRaw<Record<string, unknown>[]>(Prisma.sql`SELECT * FROM ${Prisma.raw(`"${name}"`)}`);
    const lines = rows.map((row) => JSON.stringify(row, stable)).sort();
    counts[name] = lines.length;
    hash.update(`${name}\n${lines.join("\n")}\n`);
  }
  return { sha256: hash.digest("hex"), counts };
}
