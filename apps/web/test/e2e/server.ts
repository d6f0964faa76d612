/**
 * Test harness: a temporary SQLite database, migrated and seeded from the repo's seeds/, and a
 * production `next start` of the already built app on a free port. Teardown kills only the process
 * group it started and removes the temporary files.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const webDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const repoRoot = resolve(webDir, "../..");

export interface TestServer {
  readonly url: string;
  readonly databaseUrl: string;
  stop(): Promise<void>;
}

/** Binds `port` on 127.0.0.1 (0: any) and lets it go; rejects when it is taken. */
function probePort(port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(port, "127.0.0.1", () => {
      const address = probe.address();
      const bound = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(bound));
    });
  });
}

/**
 * A port nothing listens on: the first free one of DATELINE_TEST_PORTS (`3300-3349`) when set
 * (machines shared by several runs), else one the system picks.
 */
export async function freePort(): Promise<number> {
  const range = process.env.DATELINE_TEST_PORTS;
  if (!range) return probePort(0);
  const [first, last] = range.split("-").map(Number);
  if (!Number.isInteger(first) || !Number.isInteger(last)) throw new Error(`DATELINE_TEST_PORTS is not a range like 3300-3349: "${range}"`);
  for (let port = first ?? 0; port <= (last ?? 0); port++) {
    try {
      return await probePort(port);
    } catch {
      // taken: try the next one
    }
  }
  throw new Error(`no free port in DATELINE_TEST_PORTS=${range}`);
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer ${url} within ${timeoutMs} ms:\n${log()}`);
}

export interface TestServerOptions {
  /** Synthetic events added after the seeds (`npm run synthetic -w @dateline/db`). */
  readonly syntheticEvents?: number;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  if (!existsSync(join(webDir, ".next", "BUILD_ID"))) {
    throw new Error(`no production build in ${join(webDir, ".next")}: run \`npm run build -w @dateline/web\` first (turbo runs build before test)`);
  }
  const dir = mkdtempSync(join(tmpdir(), "dateline-e2e-"));
  const databaseUrl = `file:${join(dir, "e2e.db")}`;
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  try {
    execFileSync("npm", ["run", "setup", "-w", "@dateline/db"], { cwd: repoRoot, env, stdio: "pipe" });
    if (options.syntheticEvents) {
      const args = ["run", "synthetic", "-w", "@dateline/db", "--", "--events", String(options.syntheticEvents), "--database", databaseUrl];
      execFileSync("npm", args, { cwd: repoRoot, env, stdio: "pipe" });
    }
  } catch (error) {
    const output = error instanceof Error && "stderr" in error ? String(error.stderr) : String(error);
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`database setup (migrate + seed) failed:\n${output}`, { cause: error });
  }
  const port = await freePort();
  const nextBin = createRequire(join(webDir, "package.json")).resolve("next/dist/bin/next");
  let output = "";
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: webDir,
    env: { ...env, NODE_ENV: "production", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${url}/api/events`, child, () => output, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, databaseUrl, stop };
}
