// `npm run setup -w @dateline/db`: bring the database up to date (`prisma migrate deploy`, only
// when a migration is pending) and import the seeds. Idempotent; run by `npm start`.
import { getDb } from "../client.ts";
import { migrateDeploy, pendingMigrations } from "../migrations.ts";
import { resolveDatabase, seedsDir } from "../paths.ts";
import { seedDirectory } from "../seed.ts";
import { printFailure, printSeedResults } from "./report.ts";
import { bootstrapAdminFromEnv } from "./admin-bootstrap.ts";

const target = resolveDatabase();
const db = getDb();
try {
  const pending = await pendingMigrations(target);
  if (pending === null || pending.length > 0) {
    console.log(`setup: applying ${pending === null ? "migrations" : pending.join(", ")} to ${target.url}`);
    migrateDeploy(target);
  } else {
    console.log(`setup: database ${target.url} is up to date (no pending migrations)`);
  }
  printSeedResults(await seedDirectory(seedsDir(), { db }), seedsDir(), db);
  await bootstrapAdminFromEnv(db);
} catch (error) {
  printFailure("setup", error);
} finally {
  await db.close();
}
