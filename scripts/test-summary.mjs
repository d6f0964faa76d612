#!/usr/bin/env node
// Reads a test log (vitest output through turbo) and prints one closing line with the totals,
// `tests: N passed, N failed`, so CI can read the count whatever the runner.
import { readFileSync } from "node:fs";

const file = process.argv[2];
if (!file) {
  console.error("usage: test-summary.mjs LOG");
  process.exit(2);
}
// Strip ANSI colours, then read every vitest "Tests  3 failed | 10 passed (13)" line.
const text = readFileSync(file, "utf8").replace(/\x1b\[[0-9;]*m/g, "");
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of text.split("\n")) {
  const m = /\bTests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (!m || !m[1]) continue;
  for (const part of m[1].split("|")) {
    const c = /(\d+)\s+(passed|failed|skipped|todo)/.exec(part);
    if (!c) continue;
    const n = Number(c[1]);
    if (c[2] === "passed") passed += n;
    else if (c[2] === "failed") failed += n;
    else skipped += n;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
