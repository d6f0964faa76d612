import { defineConfig } from "vitest/config";

// The property tests run 10,000 generated inputs each: on a loaded 2-core CI machine that can take
// longer than vitest's 5 s default. A generous per-test limit keeps them about correctness, not speed
// (speed is measured by `npm run bench`).
export default defineConfig({
  test: {
    testTimeout: 120_000,
  },
});
