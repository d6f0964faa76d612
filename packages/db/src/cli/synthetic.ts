// `npm run db:synthetic -- --events N [--seed S] [--database file:/abs/path.db]`: brings the
// database up to date (migrations) and adds N synthetic published events, in batches, with a
// progress bar.
import { parseArgs } from "node:util";
import { createDb } from "../client.ts";
import { migrateDeploy, pendingMigrations } from "../migrations.ts";
import { resolveDatabase } from "../paths.ts";
import { insertSyntheticEvents } from "../timeline/synthetic.ts";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    database: { type: "string" },
    batch: { type: "string", default: "20000" },
  },
});

const count = Number(values.events);
const seed = Number(values.seed);
const batchSize = Number(values.batch);
if (!Number.isInteger(count) || count < 0) throw new Error(`--events must be a non-negative integer, got "${values.events}"`);
if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative integer, got "${values.seed}"`);
if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`--batch must be a positive integer, got "${values.batch}"`);

const target = resolveDatabase(values.database);
const pending = await pendingMigrations(target);
if (pending === null || pending.length > 0) migrateDeploy(target, { quiet: true });
const db = createDb(target.url);
const started = performance.now();
const interactive = process.stderr.isTTY;

function progress(done: number, total: number): void {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const seconds = (performance.now() - started) / 1000;
  const rate = seconds > 0 ? Math.round(done / seconds) : 0;
  const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} events, ${seconds.toFixed(1)} s, ${rate}/s`;
  process.stderr.write(interactive ? `\r${line}` : `${line}\n`);
}

try {
  progress(0, count);
  await insertSyntheticEvents(count, { db, seed, batchSize, onProgress: progress });
  if (interactive) process.stderr.write("\n");
  console.log(`synthetic: ${count} events (seed ${seed}) written to ${db.url} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (interactive) process.stderr.write("\n");
  console.error(`synthetic: failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
