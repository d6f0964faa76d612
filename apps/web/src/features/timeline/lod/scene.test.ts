import type { TimelineEvent, TimelineView } from "@dateline/schema/timeline";
import { describe, expect, it } from "vitest";
import { drawScene, hitTest, type Context2D } from "./canvas";
import { buildScene, type Scene } from "./scene";

const DAY = 86_400_000;
const T0 = Date.parse("2020-01-01T00:00:00Z");
const bounds = { x0: 0, x1: 1000 };
/** 1 px per day from T0. */
const x = (ms: number) => (ms - T0) / DAY;
const measure = (text: string) => text.length * 6;

const ev = (id: string, day: number, over: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  title: `Event ${id} with a fairly long title`,
  value: "2020",
  precision: "day",
  mod: null,
  start: T0 + day * DAY,
  end: T0 + (day + 1) * DAY,
  importance: 0.5,
  lane: "",
  ...over,
});

function view(over: Partial<TimelineView>): TimelineView {
  return { from: T0, to: T0 + 1000 * DAY, unit: "month", mode: "events", total: 0, covering: 0, lanes: [{ key: "", count: 0 }], buckets: [T0, T0 + 1000 * DAY], cells: [], events: [], ...over };
}

function labelBoxesOverlap(scene: Scene): boolean {
  const rows = new Map<number, { l: number; r: number }[]>();
  for (const l of scene.labels.placed) {
    const box = { l: l.x, r: l.x + l.width };
    const others = rows.get(l.lane) ?? [];
    if (others.some((o) => box.l < o.r && o.l < box.r)) return true;
    rows.set(l.lane, [...others, box]);
  }
  return false;
}

const crowded = Array.from({ length: 60 }, (_, i) => ev(`c${i}`, 100 + i * 3, { importance: i / 60 }));

describe("buildScene", () => {
  it.each([
    { name: "3 spread events", events: [ev("a", 10), ev("b", 400), ev("c", 800)], hidden: 0 },
    { name: "60 crowded events", events: crowded, hidden: 1 },
  ])("labels never overlap and hidden ones are counted: $name", ({ events, hidden }) => {
    const scene = buildScene(view({ events, total: events.length }), x, { bounds, measure, collapsed: new Set() });
    expect(labelBoxesOverlap(scene)).toBe(false);
    const counted = scene.labels.placed.reduce((n, l) => n + l.more, 0) + scene.labels.badges.reduce((n, b) => n + b.count, 0);
    expect(counted + scene.labels.placed.length).toBe(scene.marks.length);
    expect(counted >= hidden).toBe(true);
  });

  it.each([
    { name: "overlapping spans stack", events: [ev("a", 10, { end: T0 + 100 * DAY }), ev("b", 50, { end: T0 + 150 * DAY }), ev("c", 200)], rows: 2 },
    { name: "disjoint events share a row", events: [ev("a", 10), ev("b", 500)], rows: 1 },
    { name: "events reaching in from before the window stack below its own", events: [ev("long", -50, { end: T0 + 400 * DAY, precision: "year" }), ev("own", 20)], rows: 2, order: ["own", "long"] },
    { name: "stacks stop at the row limit", events: Array.from({ length: 20 }, (_, i) => ev(`s${i}`, 10, { end: T0 + 300 * DAY })), rows: 6 },
  ])("assigns rows in events mode: $name", ({ events, rows, order }: { events: TimelineEvent[]; rows: number; order?: string[] }) => {
    const scene = buildScene(view({ events, total: events.length }), x, { bounds, measure, collapsed: new Set() });
    expect(scene.rows.filter((r) => r.kind === "marks")).toHaveLength(rows);
    if (order) expect([...scene.marks].sort((a, b) => a.row - b.row).map((m) => m.id)).toEqual(order);
  });

  it.each([{ collapsed: [] as string[], markRows: 2 }, { collapsed: ["sport"], markRows: 1 }])(
    "draws a density row per lane and marks only for expanded lanes (collapsed: $collapsed)",
    ({ collapsed, markRows }) => {
      const buckets = [T0, T0 + 100 * DAY, T0 + 200 * DAY];
      const v = view({
        mode: "buckets",
        total: 5000,
        lanes: [{ key: "politics", count: 3000 }, { key: "sport", count: 2000 }],
        buckets,
        cells: [
          { bucket: 0, lane: 0, count: 3000, topId: "p" },
          { bucket: 1, lane: 1, count: 2000, topId: "s" },
        ],
        events: [ev("p", 20, { lane: "politics" }), ev("s", 120, { lane: "sport" })],
      });
      const scene = buildScene(v, x, { bounds, measure, collapsed: new Set(collapsed) });
      expect(scene.rows.filter((r) => r.kind === "density")).toHaveLength(2);
      expect(scene.rows.filter((r) => r.kind === "marks")).toHaveLength(markRows);
      expect(scene.bars.map((b) => b.count)).toEqual([3000, 2000]);
      // A top event stands for its whole bucket: its label says how many more there are.
      const p = scene.labels.placed.find((l) => l.id === "p");
      expect(p?.more).toBe(2999);
    },
  );
});

describe("canvas layer", () => {
  const scene = buildScene(view({ events: [ev("a", 100), ev("b", 500, { precision: "month", end: T0 + 531 * DAY, mod: "APPROX" })], total: 2 }), x, {
    bounds,
    measure,
    collapsed: new Set(),
  });
  const opts = { rowY: (r: number) => 40 + r * 40, rowHeight: 40, pointRadius: 6 };

  it.each([
    { px: 100.5, py: 45, expected: { kind: "mark", id: "a" } },
    { px: 510, py: 45, expected: { kind: "mark", id: "b" } },
    { px: 300, py: 45, expected: null },
    { px: 100.5, py: 200, expected: null },
  ])("hitTest($px, $py)", ({ px, py, expected }) => {
    expect(hitTest(scene, px, py, opts)).toEqual(expected);
  });

  it.each([{ drawMarks: true, arcs: 1, gradients: 1 }, { drawMarks: false, arcs: 0, gradients: 0 }])(
    "draws points as discs and fuzzy spans with a gradient (marks: $drawMarks)",
    ({ drawMarks, arcs, gradients }) => {
      const calls: string[] = [];
      const record = (name: string) => () => void calls.push(name);
      const gradient = { addColorStop: record("stop") } as unknown as CanvasGradient;
      const ctx: Context2D = {
        setTransform: record("setTransform"),
        clearRect: record("clearRect"),
        fillRect: record("fillRect"),
        beginPath: record("beginPath"),
        arc: record("arc"),
        fill: record("fill"),
        stroke: record("stroke"),
        rect: record("rect"),
        createLinearGradient: () => {
          calls.push("gradient");
          return gradient;
        },
        fillStyle: "",
        strokeStyle: "",
        lineWidth: 1,
        globalAlpha: 1,
      };
      drawScene(ctx, scene, { ...opts, width: 1000, height: 200, pixelRatio: 1, barHeight: 10, drawMarks, activeId: null, selectedId: null });
      expect(calls.filter((c) => c === "arc")).toHaveLength(arcs);
      expect(calls.filter((c) => c === "gradient")).toHaveLength(gradients);
    },
  );
});
