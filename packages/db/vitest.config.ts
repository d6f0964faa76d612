import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each test file opens its own temporary SQLite file; keep native handles in one process.
    pool: "forks",
    testTimeout: 30_000,
  },
});
