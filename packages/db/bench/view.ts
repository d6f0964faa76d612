/**
 * `npm run bench:view -w @dateline/db [-- --runs 40 --database URL --only TEXT]`: timelineView latency on the
 * database DATABASE_URL names (SQLite file or PostgreSQL), fill it first with
 * `npm run db:synthetic -- --events N`. Prints, per window: the view's mode and total, then
 * p50/p95/max over `runs` calls (after 3 warm-up calls), in milliseconds, measured around the
 * exported function (Prisma and the driver included; no HTTP), and the mean CPU time of this
 * process per call (on SQLite the whole query, steadier than wall time on a loaded machine; on
 * PostgreSQL only the client's share). "random …" rows move the window
 * on every call (seeded), so no two calls read the same rows. "filter: …" rows are the filtered
 * views (search, precision, tag, source, lanes by source); `--only filter` runs just those.
 */
import type { TimelineQueryInput } from "@dateline/schema/timeline";
import { parseArgs } from "node:util";
import { createDb } from "../src/client.ts";
import { timelineExtent } from "../src/timeline/extent.ts";
import { prng } from "../src/timeline/synthetic.ts";
import { timelineView } from "../src/timeline/view.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "40" },
    database: { type: "string" },
    seed: { type: "string", default: "1" },
    /** Only the windows whose name contains this text (e.g. `--only filter`). */
    only: { type: "string" },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got "${values.runs}"`);

const DAY = 86_400_000;
const db = createDb(values.database);

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (at - lo);
}

try {
  const extent = await timelineExtent({ db });
  if (!extent) throw new Error(`no published events in ${db.url}: run npm run db:synthetic -- --events N first`);
  const span = extent.to - extent.from;
  const mid = extent.from + span / 2;
  /** A window of `length` ms at a random place in the archive (a new one per call). */
  const randomWindow = (length: number) => (rand: () => number) => {
    const from = Math.floor(extent.from + rand() * Math.max(1, span - length));
    return { from, to: from + length };
  };
  const fixed = (from: number, to: number) => () => ({ from, to });
  interface BenchWindow {
    name: string;
    /** The window of the next call; `rand` is the window's own seeded PRNG (same sequence whatever `--only` selects). */
    window: (rand: () => number) => { from: number; to: number };
    extra?: Partial<TimelineQueryInput>;
    width?: number;
  }
  const all: BenchWindow[] = [
    { name: "whole archive", window: fixed(extent.from, extent.to) },
    { name: "whole archive, 400 px", window: fixed(extent.from, extent.to), width: 400 },
    { name: "5 years", window: fixed(mid - 2.5 * 365 * DAY, mid + 2.5 * 365 * DAY) },
    // The timeline bench's API path at 3,000 px: 18.75, 9.4 and 4.7 years are week buckets.
    { name: "18.75 years, 3000 px", window: fixed(mid - 9.375 * 365 * DAY, mid + 9.375 * 365 * DAY), width: 3000 },
    { name: "9.4 years, 3000 px", window: fixed(mid - 4.6875 * 365 * DAY, mid + 4.6875 * 365 * DAY), width: 3000 },
    { name: "1 year", window: fixed(mid, mid + 365 * DAY) },
    { name: "1 month", window: fixed(mid, mid + 30 * DAY) },
    { name: "1 week", window: fixed(mid, mid + 7 * DAY) },
    { name: "1 day", window: fixed(mid, mid + DAY) },
    { name: "random year", window: randomWindow(365 * DAY) },
    { name: "random month", window: randomWindow(30 * DAY) },
    { name: "random day", window: randomWindow(DAY) },
    { name: "whole archive, one lane", window: fixed(extent.from, extent.to), extra: { lanes: "none" } },
    // Filtered views ("filter" in the name; `--only filter` runs just these).
    { name: "filter: search 'treaty'", window: fixed(extent.from, extent.to), extra: { q: "treaty" } },
    { name: "filter: search 'festival in oslo'", window: fixed(extent.from, extent.to), extra: { q: "festival in oslo" } },
    { name: "filter: search, random year", window: randomWindow(365 * DAY), extra: { q: "treaty" } },
    { name: "filter: precision month", window: fixed(extent.from, extent.to), extra: { precision: "month" } },
    { name: "filter: precision, random year", window: randomWindow(365 * DAY), extra: { precision: "year,quarter" } },
    { name: "filter: tag science", window: fixed(extent.from, extent.to), extra: { tag: "science" } },
    { name: "filter: 2 tags + precision", window: fixed(extent.from, extent.to), extra: { tag: "sport,health", precision: "day" } },
    { name: "filter: tag, one lane", window: fixed(extent.from, extent.to), extra: { tag: "economy", lanes: "none" } },
    { name: "filter: tag, random month", window: randomWindow(30 * DAY), extra: { tag: "culture" } },
    { name: "filter: source", window: fixed(extent.from, extent.to), extra: { source: "Reuters" } },
    { name: "filter: lanes by source", window: fixed(extent.from, extent.to), extra: { lanes: "source" } },
    { name: "filter: lanes by source + tag", window: fixed(extent.from, extent.to), extra: { lanes: "source", tag: "science" } },
    { name: "filter: lanes by source + precision", window: fixed(extent.from, extent.to), extra: { lanes: "source", precision: "month" } },
    { name: "filter: by source + 2 tags, 3000 px", window: fixed(mid - 9.375 * 365 * DAY, mid + 9.375 * 365 * DAY), width: 3000, extra: { lanes: "source", tag: "sport,health", precision: "day" } },
  ];
  const windows = all.filter((w) => values.only === undefined || w.name.includes(values.only));
  console.log(`timelineView on ${db.provider} (${db.url.replace(/\/\/[^@/]*@/, "//")}), ${runs} calls per window after 3 warm-up calls`);
  console.log(["window", "mode", "total", "p50 ms", "p95 ms", "max ms", "cpu ms"].map((h, i) => (i === 0 ? h.padEnd(36) : h.padStart(9))).join(""));
  for (const w of windows) {
    const rand = prng(Number(values.seed) * 1000 + all.indexOf(w));
    const times: number[] = [];
    let cpu = 0;
    let last = { mode: "", total: 0 };
    for (let i = 0; i < runs + 3; i++) {
      const query = { ...w.window(rand), width: w.width ?? 1200, ...w.extra };
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const view = await timelineView(query, { db });
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpuStarted);
      if (i >= 3) {
        times.push(ms);
        cpu += (used.user + used.system) / 1000;
      }
      last = { mode: view.mode, total: view.total };
    }
    times.sort((a, b) => a - b);
    const cells = [last.mode, String(last.total), quantile(times, 0.5).toFixed(1), quantile(times, 0.95).toFixed(1), (times.at(-1) ?? 0).toFixed(1), (cpu / runs).toFixed(1)];
    console.log(w.name.padEnd(36) + cells.map((c) => c.padStart(9)).join(""));
  }
} finally {
  await db.close();
}
