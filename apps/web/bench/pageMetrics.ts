/**
 * Page measurements over the Chrome DevTools Protocol for the benchmarks: a CPU profile around a
 * piece of work, main-thread CPU time per step, and the JS heap.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Runs `work` under the CDP sampling profiler when `dir` is set; writes `dir/name.cpuprofile` and
 * logs the top self times.
 */
export async function profiled<T>(page: Page, dir: string | undefined, name: string, work: () => Promise<T>, log: (message: string) => void): Promise<T> {
  if (!dir) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  const result = await work();
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: CpuProfile };
  await cdp.detach();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    const dt = (profile.timeDeltas?.[i] ?? 0) / 1000;
    total += dt;
    if (!frame) return;
    const file = frame.url.split("/").pop() ?? "";
    const key = `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  const top = [...self].filter(([k]) => !k.startsWith("(idle)")).sort((a, b) => b[1] - a[1]).slice(0, 25);
  log(`profile ${name}: ${total.toFixed(0)} ms sampled, top self time:\n${top.map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`).join("\n")}`);
  return result;
}

/**
 * Main-thread CPU time (thread ticks, so another process's load does not count) spent by the
 * page between this call and `perStep`, per step: tasks in all (input, script, style, layout,
 * paint, any React render or data answer), and its script, style and layout parts.
 */
export async function mainThreadCpu(page: Page): Promise<{ perStep(steps: number): Promise<string> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  const names = ["TaskDuration", "ScriptDuration", "RecalcStyleDuration", "LayoutDuration"] as const;
  const read = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return names.map((name) => metrics.find((m) => m.name === name)?.value ?? 0);
  };
  const start = await read();
  return {
    async perStep(steps) {
      const end = await read();
      await cdp.detach();
      const ms = names.map((name, i) => `${name.replace("Duration", "")} ${((((end[i] ?? 0) - (start[i] ?? 0)) * 1000) / steps).toFixed(2)} ms`);
      return ms.join(", ");
    },
  };
}

/** The page's JS heap after a forced garbage collection, in MiB. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize / 2 ** 20;
}
