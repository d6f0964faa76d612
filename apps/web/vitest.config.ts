import { defineConfig } from "vitest/config";

// The timeline writes every date in UTC. The unit tables run twice, in a zone with daylight saving
// and in an odd offset, so local time cannot leak in unnoticed.
const unit = (name: string, zone: string) => ({
  test: {
    name,
    include: ["src/**/*.test.ts"],
    environment: "node",
    env: { TZ: zone },
  },
});

export default defineConfig({
  test: {
    projects: [
      unit("unit", "America/Los_Angeles"),
      unit("unit-kathmandu", "Asia/Kathmandu"),
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts", "test/admin/**/*.test.ts", "test/timeline-scale/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
