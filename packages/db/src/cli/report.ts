// Shared by the seed and setup commands: print what seeding did, one line per file and a total.
import type { Db } from "../client.ts";
import { isAppError } from "../errors.ts";
import type { SeedResult } from "../seed.ts";

export function printSeedResults(results: SeedResult[], dir: string, db: Db): void {
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
}

export function printFailure(command: string, error: unknown): void {
  if (isAppError(error)) console.error(`${command}: failed: ${error.code}: ${error.message}`);
  else console.error(`${command}: failed:`, error);
  process.exitCode = 1;
}
