// Rollup cells of events at the calendar's edges.
import { describe, expect, it } from "vitest";
import { floorTo } from "../../src/timeline/buckets.ts";
import { at, expectRollupMatchesEvents, HEAVY, MONTH_MAX, MONTH_MIN } from "./checks.ts";
import { useEmptyStore } from "./context.ts";
import type { Provider } from "./store.ts";

/** Rollup cells at the calendar's edges: before 1970, at year 0, BCE, and beyond year 9999. */
export function describeCalendarEdges(provider: Provider): void {
  describe(`rollup cells at calendar edges (${provider})`, () => {
    const store = useEmptyStore(provider);

    const edges = [
      { id: "edge_epoch_minus_1", start: -1 },
      { id: "edge_epoch", start: 0 },
      { id: "edge_1969_month_start", start: at("1969-12-01T00:00:00Z") },
      { id: "edge_1969_month_end", start: at("1969-12-01T00:00:00Z") - 1 },
      { id: "edge_year_0", start: MONTH_MIN },
      { id: "edge_before_year_0", start: MONTH_MIN - 1 },
      { id: "edge_500_bce", start: -77_940_000_000_000 },
      { id: "edge_leap_day", start: at("2000-02-29T23:59:59.999Z") },
      { id: "edge_year_9999", start: MONTH_MAX - 1 },
      { id: "edge_year_10000", start: MONTH_MAX },
    ];

    it("day, week and month cells equal their JS computation", async () => {
      const t = store();
      for (const [i, e] of edges.entries()) {
        await t.run(
          `INSERT INTO "Event" ("id", "title", "dateValue", "datePrecision", "dateStart", "dateEnd", "importance", "status", "updatedAt")
           VALUES (?, ?, 'x', 'minute', ?, ?, ?, 'published', '2026-01-01T00:00:00.000Z')`,
          [e.id, e.id, e.start, e.start + 60_000, i / 10],
        );
      }
      await expectRollupMatchesEvents(t);
      const months = await t.all<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "TimelineRollup" WHERE "unit" = 'month'`);
      const inRange = edges.filter((e) => e.start >= MONTH_MIN && e.start < MONTH_MAX);
      expect(Number(months[0]?.n)).toBe(new Set(inRange.map((e) => floorTo("month", e.start))).size);
      expect(inRange.length).toBe(7);
      await t.run(`DELETE FROM "Event" WHERE "id" IN ('edge_epoch', 'edge_year_0', 'edge_year_10000')`);
      await expectRollupMatchesEvents(t);
    }, HEAVY);
  });
}
