/**
 * `npm run bench:timeline`: the public timeline at 1k, 10k, 100k and 1M synthetic events, in
 * headless Debian Chromium, against the production build (`npm run build -w @dateline/web`).
 * Prints one table: time to first meaningful paint (the server's first page, then "2nd visitor":
 * a new browser context once the server has rendered the page once; a server's first page also
 * loads and compiles its rendering code, 0.5–1 s on a loaded 2-core machine), frame time
 * p50/p95 over a scripted 60-step zoom/pan, JS heap, and /api/timeline p50/p95 per request;
 * then vis-timeline on the same data as the reference (when the package is installed), each run
 * capped at BENCH_VIS_TIMEOUT_MS.
 *
 * Databases are generated once into data/bench-<N>.db, reused while data/bench-<N>.db.ok names the newest migration.
 * Env: BENCH_SIZES=1000,10000 (subset), BENCH_VIS=0 (skip vis-timeline), CHROMIUM_PATH,
 * BENCH_DEBUG=1 (per step: frame time, its part until the commit and its forced style and layout,
 * the rendering of the step's frame, which frame time leaves out; the chart's scene/draw measures;
 * and the script's main-thread CPU time per step, in thread time, which the machine's load does
 * not inflate),
 * BENCH_PROFILE=dir (a CPU profile of the zoom/pan script per size, written to
 * dir/timeline-<N>.cpuprofile for devtools, and its top functions by self time printed; build with
 * `next build --no-mangling` for readable names). Profiling slows the frames it measures.
 *
 * "Frame time" is the main-thread work one zoom or pan step causes: from dispatching the input
 * event until the chart shows the new window (its data-domain attribute changes) plus a forced
 * style/layout. A gesture step does not render React: the chart lays out the scene and draws the
 * canvas (gridlines, bars, marks, labels, and the axis labels and "+N" that the hidden DOM layers
 * show at rest) for the new window and sets data-domain, synchronously in the input handler for
 * the first input of an animation frame (later inputs of the same frame are coalesced into one
 * draw at the next frame; this script sends one input per frame). React renders the chart, the
 * list and the URL, and the data is requested, once the view rests (lod/useLiveView.ts REST_MS
 * after the last input): that render belongs to no step. It is reported apart, in the note column
 * ("rest", the last rest render after the script: from the rest timer to the canvas drawn for the
 * rested view) and with BENCH_DEBUG (timeline:rest). Raster and compositing run off the main
 * thread and are not included (BENCH_DEBUG prints the rendering of each step's frame apart). A
 * step that cannot move the view (clamped at the zoom or pan limits) counts until the script
 * stops waiting for a change (200 message hops).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { createServer as createNetServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../test/e2e/chromium";
import { heapMb, mainThreadCpu, profiled } from "./pageMetrics";

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(webDir, "../..");
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000,1000000").split(",").map(Number);
const VIS = process.env.BENCH_VIS !== "0";
const VIS_TIMEOUT_MS = Number(process.env.BENCH_VIS_TIMEOUT_MS ?? 90_000);
const STEPS = 60;
const PROFILE_DIR = process.env.BENCH_PROFILE;

interface Row {
  tool: string;
  events: number;
  firstPaintMs: number | null;
  /** A second first load, in a fresh browser context, once the server has rendered the page. */
  warmFirstPaintMs: number | null;
  frameP50: number | null;
  frameP95: number | null;
  heapMb: number | null;
  apiP50: number | null;
  apiP95: number | null;
  apiCount: number;
  note: string;
}

const log = (...args: unknown[]) => console.error("bench:", ...args);

/** tsx (esbuild keepNames) wraps functions passed to page.evaluate in `__name(…)`: define it in pages. */
const NAME_SHIM = { content: "globalThis.__name = (f) => f;" };

function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (at - lo);
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createNetServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** The newest committed SQLite migration: a database generated before it lacks its tables. */
function newestMigration(): string {
  const names = readdirSync(join(repoRoot, "packages/db/prisma/migrations")).filter((d) => /^\d/.test(d)).sort();
  return names[names.length - 1] ?? "none";
}

/** data/bench-<n>.db with n synthetic events, generated once per schema (the newest migration). */
function ensureDatabase(n: number): string {
  const file = join(repoRoot, "data", `bench-${n}.db`);
  const schema = `migrations: ${newestMigration()}`;
  if (existsSync(`${file}.ok`) && existsSync(file) && readFileSync(`${file}.ok`, "utf8").includes(schema)) return file;
  for (const suffix of ["", "-wal", "-shm", ".ok"]) rmSync(`${file}${suffix}`, { force: true });
  log(`generating ${n} events into ${file}`);
  const started = Date.now();
  execFileSync("npm", ["run", "synthetic", "-w", "@dateline/db", "--", "--events", String(n), "--database", `file:${file}`], {
    cwd: repoRoot,
    stdio: ["ignore", "inherit", "inherit"],
  });
  writeFileSync(`${file}.ok`, `${n} events, generated in ${Date.now() - started} ms\n${schema}\n`);
  return file;
}

async function startNext(databaseFile: string): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const nextBin = createRequire(join(webDir, "package.json")).resolve("next/dist/bin/next");
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: webDir,
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}`, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    try {
      if ((await fetch(`${url}/api/events?q=x`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not come up:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop };
}

/**
 * Runs the 60-step script in the page: 20 wheel zoom-ins at moving points, 20 drags, 20 wheel
 * zoom-outs, on the element `selector`. Returns the main-thread work per step in ms.
 */
async function scriptedSteps(page: Page, selector: string): Promise<number[]> {
  return page.evaluate(
    async ({ selector, steps, debug }) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`no ${selector}`);
      const box = el.getBoundingClientRect();
      const hop = () =>
        new Promise<void>((r) => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => r();
          ch.port2.postMessage(0);
        });
      // The chart states its visible window in data-domain in the draw that shows it.
      const chartState = () => document.querySelector("[data-domain]")?.getAttribute("data-domain") ?? "";
      const committed = async (before: string) => {
        for (let hops = 0; hops < 200 && chartState() === before; hops++) await hop();
      };
      const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      // For BENCH_DEBUG: the rendering of the frame that shows the step (from its animation-frame
      // callbacks to the end of paint and the hand-over to the compositor, canvas included), which
      // "frame time" leaves out. A message posted in requestAnimationFrame runs after that frame.
      // It includes any wait for the compositor, so it is a ceiling, not work.
      const renderedFrame = () =>
        new Promise<number>((r) =>
          requestAnimationFrame(() => {
            const start = performance.now();
            const ch = new MessageChannel();
            ch.port1.onmessage = () => r(performance.now() - start);
            ch.port2.postMessage(0);
          }),
        );
      const out: number[] = [];
      const split: [number, number, number][] = [];
      (window as unknown as { __benchSplit: [number, number, number][] }).__benchSplit = split;
      let dragX = box.left + box.width / 2;
      for (let i = 0; i < steps; i++) {
        const x = box.left + box.width * (0.3 + 0.4 * ((i * 7) % 10) / 10);
        const y = box.top + Math.min(box.height / 2, 120);
        const before = chartState();
        const t0 = performance.now();
        if (i < steps / 3) {
          el.dispatchEvent(new WheelEvent("wheel", { deltaY: -240, deltaMode: 0, clientX: x, clientY: y, bubbles: true, cancelable: true, view: window }));
        } else if (i < (2 * steps) / 3) {
          const from = dragX;
          dragX += i % 2 === 0 ? 60 : -45;
          el.dispatchEvent(new MouseEvent("mousedown", { clientX: from, clientY: y, button: 0, buttons: 1, bubbles: true, cancelable: true, view: window }));
          window.dispatchEvent(new MouseEvent("mousemove", { clientX: dragX, clientY: y, button: 0, buttons: 1, bubbles: true, cancelable: true, view: window }));
          window.dispatchEvent(new MouseEvent("mouseup", { clientX: dragX, clientY: y, button: 0, bubbles: true, cancelable: true, view: window }));
        } else {
          el.dispatchEvent(new WheelEvent("wheel", { deltaY: 240, deltaMode: 0, clientX: x, clientY: y, bubbles: true, cancelable: true, view: window }));
        }
        await committed(before);
        const t1 = performance.now();
        document.body.getBoundingClientRect();
        void document.body.offsetHeight;
        const t2 = performance.now();
        out.push(t2 - t0);
        if (debug) {
          // The step's time until the commit, the forced style and layout, and the rendering of
          // its frame (waiting for it paces the steps as nextFrame does).
          split.push([t1 - t0, t2 - t1, await renderedFrame()]);
        } else {
          await nextFrame();
        }
      }
      return out;
    },
    { selector, steps: STEPS, debug: Boolean(process.env.BENCH_DEBUG) },
  );
}

/**
 * 40 requests as the chart makes them: from the whole archive (1996–2025) zooming ×2 twenty times
 * towards 2011-06-15, then twenty pans of half a view at a 3-month zoom. Width 3000 px (the
 * chart asks for its width times the fetched span over the visible span).
 */
function apiPath(base: string): string[] {
  const centre = Date.UTC(2011, 5, 15);
  let span = Date.UTC(2026, 0, 1) - Date.UTC(1996, 0, 1);
  const urls: string[] = [];
  const at = (from: number, to: number) => `${base}/api/timeline?from=${Math.round(from)}&to=${Math.round(to)}&width=3000&lanes=tag`;
  for (let i = 0; i < 20; i++, span /= 2) urls.push(at(centre - span * 1.25, centre + span * 1.25));
  const quarter = 91 * 86_400_000;
  for (let i = 0; i < 20; i++) urls.push(at(centre + (i * quarter) / 2 - quarter * 1.25, centre + (i * quarter) / 2 + quarter * 1.25));
  return urls;
}

/** Opens the timeline in `page` and returns its first draw (ms from navigation start). */
async function firstPaint(page: Page, url: string): Promise<number> {
  await page.goto(`${url}/`, { waitUntil: "domcontentloaded" });
  await page.waitForFunction(() => performance.getEntriesByName("timeline:first-draw").length > 0, null, { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName("timeline:first-draw")[0]?.startTime ?? -1);
}

/**
 * The first paint of a visitor who is not the server's first (a new browser context: nothing
 * cached in the browser). A server's first page also loads and compiles the rendering code.
 */
async function warmFirstPaint(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(NAME_SHIM);
    return await firstPaint(await context.newPage(), url);
  } finally {
    await context.close();
  }
}

async function benchDateline(browser: Browser, n: number): Promise<Row> {
  const file = ensureDatabase(n);
  const server = await startNext(file);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(NAME_SHIM);
  const page = await context.newPage();
  const api: number[] = [];
  page.on("requestfinished", (request) => {
    if (!request.url().includes("/api/timeline?")) return;
    const t = request.timing();
    if (t.responseEnd > 0 && t.requestStart >= 0) api.push(t.responseEnd - t.requestStart);
  });
  try {
    // Opens the database. The server also renders / once for itself at start (src/instrumentation.ts);
    // the first paint below may still overlap that render, as a visitor right after a start would.
    await fetch(`${server.url}/api/timeline?from=0&to=1000000000000&width=1000`);
    const firstPaintMs = await firstPaint(page, server.url);
    const warmFirstPaintMs = await warmFirstPaint(browser, server.url);
    const before = await page.getByTestId("view-range").innerText();
    const cpu = await mainThreadCpu(page);
    const frames = await profiled(page, PROFILE_DIR, `timeline-${n}`, () => scriptedSteps(page, "[data-testid=timeline-chart]"), log);
    const cpuPerStep = await cpu.perStep(STEPS);
    const after = await page.getByTestId("view-range").innerText();
    if (process.env.BENCH_DEBUG) {
      log(`main-thread CPU per step (thread time, all tasks of the script incl. each step's rendered frame): ${cpuPerStep}`);
      log(`frames ${n} (${before} → ${after}):`, frames.map((f) => f.toFixed(1)).join(" "));
      const split = await page.evaluate(() => (window as unknown as { __benchSplit: [number, number, number][] }).__benchSplit);
      log(`  until commit: ${split.map(([c]) => c.toFixed(1)).join(" ")}`);
      log(`  style+layout: ${split.map(([, l]) => l.toFixed(1)).join(" ")}`);
      log(`  frame render (not in frame time): ${split.map(([, , r]) => r.toFixed(1)).join(" ")}`);
      log(`  frame render p50 ${quantile(split.map(([, , r]) => r), 0.5)?.toFixed(1)} p95 ${quantile(split.map(([, , r]) => r), 0.95)?.toFixed(1)}`);
      const parts = await page.evaluate(() =>
        ["timeline:scene", "timeline:draw", "timeline:rest"].map((name) => {
          const d = performance.getEntriesByName(name).map((e) => e.duration).sort((a, b) => a - b);
          return `${name} n=${d.length} p50=${(d[Math.floor(d.length / 2)] ?? 0).toFixed(1)} p95=${(d[Math.floor(d.length * 0.95)] ?? 0).toFixed(1)}`;
        }),
      );
      log(parts.join("; "));
      const series = await page.evaluate(() =>
        ["timeline:scene", "timeline:draw", "timeline:rest"].map((name) => `${name}: ${performance.getEntriesByName(name).map((e) => e.duration.toFixed(1)).join(" ")}`),
      );
      log(series.join("\n"));
    }
    // Let the view rest and the last requests land (they are counted in the API column).
    await page.waitForTimeout(1500);
    const rest = await page.evaluate(() => performance.getEntriesByName("timeline:rest").at(-1)?.duration ?? null);
    const heap = await heapMb(page);
    // The API column: every request the page made, plus a fixed zoom/pan path replayed from Node.
    for (const u of apiPath(server.url)) {
      const t0 = performance.now();
      await (await fetch(u)).arrayBuffer();
      api.push(performance.now() - t0);
    }
    return {
      tool: "Dateline (LOD)",
      events: n,
      firstPaintMs,
      warmFirstPaintMs,
      frameP50: quantile(frames, 0.5),
      frameP95: quantile(frames, 0.95),
      heapMb: heap,
      apiP50: quantile(api, 0.5),
      apiP95: quantile(api, 0.95),
      apiCount: api.length,
      note: rest === null ? "" : `rest ${rest.toFixed(0)} ms`,
    };
  } finally {
    await context.close();
    await server.stop();
  }
}

/** Serves the vis-timeline standalone bundle and a page that renders `events` with it. */
async function visServer(events: readonly { id: string; title: string; start: number; end: number; precision: string }[]): Promise<{ url: string; server: Server }> {
  const require = createRequire(join(webDir, "package.json"));
  const js = readFileSync(require.resolve("vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"));
  const items = JSON.stringify(
    events.map((e) => (e.precision === "day" || e.precision === "minute" ? { id: e.id, content: e.title, start: e.start } : { id: e.id, content: e.title, start: e.start, end: e.end })),
  );
  const html = `<!doctype html><meta charset="utf-8"><div id="vis" style="width:1248px;height:600px"></div>
<script src="/vis.js"></script><script>
const t0 = performance.now();
const items = new vis.DataSet(${items});
const tl = new vis.Timeline(document.getElementById("vis"), items, { height: "600px" });
tl.once("changed", () => { performance.mark("vis:first-draw"); window.__visReady = performance.now() - t0; });
// Each redraw marks the page, as the Dateline chart's data-domain does, for the frame script.
tl.on("changed", () => { document.body.dataset.domain = String(performance.now()); });
</script>`;
  const server = createServer((req, res) => {
    if (req.url === "/vis.js") res.writeHead(200, { "Content-Type": "text/javascript" }).end(js);
    else res.writeHead(200, { "Content-Type": "text/html" }).end(html);
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${port}/`, server };
}

async function benchVis(browser: Browser, n: number, exportBase: string): Promise<Row> {
  const row: Row = { tool: "vis-timeline", events: n, firstPaintMs: null, warmFirstPaintMs: null, frameP50: null, frameP95: null, heapMb: null, apiP50: null, apiP95: null, apiCount: 0, note: "" };
  const response = await fetch(`${exportBase}/api/timeline/export?format=json&from=0&to=2000000000000`);
  const events = (await response.json()) as { id: string; title: string; start: number; end: number; precision: string }[];
  if (events.length < n) row.note = `export capped at ${events.length} events; `;
  const { url, server } = await visServer(events);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(NAME_SHIM);
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: VIS_TIMEOUT_MS });
    await page.waitForFunction(() => "__visReady" in window, null, { timeout: VIS_TIMEOUT_MS });
    row.firstPaintMs = await page.evaluate(() => performance.getEntriesByName("vis:first-draw")[0]?.startTime ?? -1);
    const frames = await Promise.race([
      scriptedSteps(page, ".vis-timeline"),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("zoom script timed out")), VIS_TIMEOUT_MS)),
    ]);
    row.frameP50 = quantile(frames, 0.5);
    row.frameP95 = quantile(frames, 0.95);
    row.heapMb = await heapMb(page);
  } catch (error) {
    row.note += `gave up: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
  } finally {
    await context.close().catch(() => undefined);
    server.close();
  }
  return row;
}

const fmt = (v: number | null, digits = 1) => (v === null ? "—" : v.toFixed(digits));

function printTable(rows: readonly Row[]): void {
  const header = ["tool", "events", "first paint ms", "2nd visitor ms", "frame p50 ms", "frame p95 ms", "JS heap MB", "API p50 ms", "API p95 ms", "API n", "note"];
  const lines = rows.map((r) => [
    r.tool,
    r.events.toLocaleString("en-US"),
    fmt(r.firstPaintMs, 0),
    fmt(r.warmFirstPaintMs, 0),
    fmt(r.frameP50),
    fmt(r.frameP95),
    fmt(r.heapMb),
    fmt(r.apiP50),
    fmt(r.apiP95),
    String(r.apiCount),
    r.note,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const l of lines) console.log(line(l));
  console.log("\nGoals at 1M events: frame p95 ≤ 16.7 ms, first paint ≤ 1500 ms, API p95 ≤ 100 ms.");
}

async function main(): Promise<void> {
  if (!existsSync(join(webDir, ".next", "BUILD_ID"))) throw new Error("no production build: run `npm run build -w @dateline/web` first");
  const browser = await launchChromium();
  const rows: Row[] = [];
  let visAvailable = VIS;
  try {
    createRequire(join(webDir, "package.json")).resolve("vis-timeline/standalone/umd/vis-timeline-graph2d.min.js");
  } catch {
    visAvailable = false;
    log("vis-timeline is not installed: reference runs skipped");
  }
  let visGaveUp: number | null = null;
  try {
    for (const n of SIZES) {
      log(`Dateline, ${n} events`);
      rows.push(await benchDateline(browser, n));
      if (!visAvailable) continue;
      if (visGaveUp !== null) {
        rows.push({ tool: "vis-timeline", events: n, firstPaintMs: null, warmFirstPaintMs: null, frameP50: null, frameP95: null, heapMb: null, apiP50: null, apiP95: null, apiCount: 0, note: `not attempted (gave up at ${visGaveUp.toLocaleString("en-US")})` });
        continue;
      }
      log(`vis-timeline, ${n} events`);
      const server = await startNext(ensureDatabase(n));
      try {
        const row = await benchVis(browser, n, server.url);
        rows.push(row);
        if (row.note.includes("gave up")) visGaveUp = n;
      } finally {
        await server.stop();
      }
    }
  } finally {
    await browser.close();
  }
  printTable(rows);
}

await main();
