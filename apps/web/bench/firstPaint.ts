/**
 * `tsx bench/firstPaint.ts <url> [loads]`: where the time to the timeline's first draw goes. Loads
 * the page `loads` times (default 4) in a fresh context each and prints, per load, from navigation
 * start: response start/end, DOMContentLoaded, load, the chart's first draw
 * (`timeline:first-draw`), the main thread's script/layout/task time until then (thread time:
 * other processes' load does not count), and the bytes of HTML and script.
 * Env: PROFILE_TRACE=dir (a devtools trace of the last load, dir/first-paint.json),
 * CHROMIUM_PATH. Start the server yourself (`next start -p …` with DATABASE_URL).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "../test/e2e/chromium";

const [url = "http://127.0.0.1:3110/", loadsArg = "4"] = process.argv.slice(2);
const TRACE_DIR = process.env.PROFILE_TRACE;

const browser = await launchChromium();
try {
  for (let i = 0; i < Number(loadsArg); i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript({ content: "globalThis.__name = (f) => f;" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
    const bytes = { html: 0, script: 0 };
    page.on("response", (response) => {
      const type = response.request().resourceType();
      void response
        .body()
        .then((b) => {
          if (type === "document") bytes.html += b.length;
          if (type === "script") bytes.script += b.length;
        })
        .catch(() => undefined);
    });
    const tracing = TRACE_DIR && i === Number(loadsArg) - 1;
    if (tracing) await browser.startTracing(page, { screenshots: false, categories: ["devtools.timeline", "v8.execute", "blink.user_timing", "disabled-by-default-devtools.timeline"] });
    if (tracing) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await cdp.send("Profiler.start");
    }
    await page.goto(url, { waitUntil: "domcontentloaded" });
    await page.waitForFunction(() => performance.getEntriesByName("timeline:first-draw").length > 0, null, { timeout: 60_000 });
    if (tracing) {
      const { profile } = await cdp.send("Profiler.stop");
      mkdirSync(TRACE_DIR, { recursive: true });
      writeFileSync(join(TRACE_DIR, "first-paint.cpuprofile"), JSON.stringify(profile));
    }
    const { metrics } = await cdp.send("Performance.getMetrics");
    const metric = (name: string) => ((metrics.find((m) => m.name === name)?.value ?? 0) * 1000).toFixed(0);
    await page.waitForLoadState("load");
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const draw = performance.getEntriesByName("timeline:first-draw")[0]?.startTime ?? -1;
      return { requestStart: nav.requestStart, responseStart: nav.responseStart, responseEnd: nav.responseEnd, dcl: nav.domContentLoadedEventStart, load: nav.loadEventStart, draw };
    });
    if (tracing) {
      const buffer = await browser.stopTracing();
      mkdirSync(TRACE_DIR, { recursive: true });
      writeFileSync(join(TRACE_DIR, "first-paint.json"), buffer);
    }
    const ms = (v: number) => v.toFixed(0).padStart(5);
    console.log(
      `load ${i + 1}: request ${ms(t.requestStart)} response ${ms(t.responseStart)}–${ms(t.responseEnd)}  DCL ${ms(t.dcl)}  first draw ${ms(t.draw)}  load ${ms(t.load)}  ` +
        `| thread: script ${metric("ScriptDuration")} layout ${metric("LayoutDuration")} style ${metric("RecalcStyleDuration")} tasks ${metric("TaskDuration")} ms ` +
        `| html ${(bytes.html / 1024).toFixed(0)} KB, script ${(bytes.script / 1024).toFixed(0)} KB`,
    );
    await context.close();
  }
} finally {
  await browser.close();
}
