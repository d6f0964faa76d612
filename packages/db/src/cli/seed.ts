// `npm run seed -w @dateline/db [-- DIR]`: imports the seed articles; prints what it did.
import { getDb } from "../client.ts";
import { seedsDir } from "../paths.ts";
import { seedDirectory } from "../seed.ts";
import { printFailure, printSeedResults } from "./report.ts";

const dir = process.argv[2] ?? seedsDir();
const db = getDb();
try {
  printSeedResults(await seedDirectory(dir, { db }), dir, db);
} catch (error) {
  printFailure("seed", error);
} finally {
  await db.close();
}
