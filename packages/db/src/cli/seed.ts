// `npm run seed -w @dateline/db [-- DIR]`: imports the seed articles; prints what it did.
import { getDb } from "../client.ts";
import { isAppError } from "../errors.ts";
import { seedDirectory } from "../seed.ts";
import { seedsDir } from "../paths.ts";

const dir = process.argv[2] ?? seedsDir();
const db = getDb();
try {
  const results = await seedDirectory(dir, { db });
  for (const r of results) {
    const what = r.created ? `imported, ${r.eventCount} event(s)` : "already imported, unchanged";
    console.log(`seed: ${r.file}: ${what} (document ${r.documentId})`);
    for (const w of r.warnings) console.log(`seed:   warning ${w}`);
  }
  const created = results.filter((r) => r.created);
  const events = created.reduce((n, r) => n + r.eventCount, 0);
  console.log(
    `seed: ${results.length} file(s) in ${dir}: ${created.length} imported (${events} event(s)), ${results.length - created.length} unchanged; database ${db.url}`,
  );
} catch (error) {
  if (isAppError(error)) console.error(`seed: failed: ${error.code}: ${error.message}`);
  else console.error("seed: failed:", error);
  process.exitCode = 1;
} finally {
  await db.close();
}
