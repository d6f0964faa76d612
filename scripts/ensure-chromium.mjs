#!/usr/bin/env node
// Runs before `npm test`: the end-to-end tests drive a real Chromium. Finds one, or installs
// Debian's `chromium` package when running as root on a Debian-like machine (CI, fresh dev boxes).
// Playwright's own browser download is never used: it cannot reach its host from our machines.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const found = candidates.find((p) => p && existsSync(p));
if (found) {
  console.log(`chromium: ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
if (!isRoot || !hasApt) {
  console.error(
    "No Chromium found for the end-to-end tests. Install Debian's package (`sudo apt-get install chromium`)\n" +
      "or set CHROMIUM_PATH to a Chromium/Chrome binary, then run `npm test` again.",
  );
  process.exit(1);
}
console.log("chromium: not found, installing Debian's package (apt-get install chromium)…");
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
console.log("chromium: installed at /usr/bin/chromium");
