import type { TimelineEvent, TimelineView } from "@dateline/schema/timeline";
import { describe, expect, it } from "vitest";
import { drawLabels, drawScene, hitTest, type Context2D, type LabelContext } from "./canvas";
import { BADGE_GAP_PX, badgeText, buildScene, type Scene } from "./scene";

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

/** Bold text ("+N", the selected label) is wider. */
const measureBold = (text: string) => text.length * 7;

/** Everything a row shows as boxes: each label's text and its "+N" (bold), and lone "+N" badges. */
function drawnBoxes(scene: Scene): { lane: number; l: number; r: number }[] {
  return [
    ...scene.labels.placed.map((p) => ({ lane: p.lane, l: p.x, r: p.x + p.textWidth + (p.more > 0 ? BADGE_GAP_PX + measureBold(badgeText(p.more)) : 0) })),
    ...scene.labels.badges.map((b) => ({ lane: b.lane, l: b.x, r: b.x + measureBold(badgeText(b.count)) })),
  ];
}

/** Whether two drawn boxes of a row come closer than `gap`, or one leaves the bounds. */
function drawnOverlap(scene: Scene, gap = 6): boolean {
  const boxes = drawnBoxes(scene);
  if (boxes.some((b) => b.l < bounds.x0 || b.r > bounds.x1)) return true;
  return boxes.some((a, i) => boxes.some((b, j) => i < j && a.lane === b.lane && a.l < b.r + gap && b.l < a.r + gap));
}

let seed = 11;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const scattered = Array.from({ length: 200 }, (_, i) =>
  ev(`r${i}`, Math.floor(random() * 1000), { importance: random(), lane: ["a", "b", "c"][i % 3] ?? "a", title: "x".repeat(5 + Math.floor(random() * 40)) }),
);
const threeLanes = [{ key: "a", count: 67 }, { key: "b", count: 67 }, { key: "c", count: 66 }];
/** Bucket tops close together, standing for thousands of events each. */
const tops = view({
  mode: "buckets",
  total: 40_000,
  buckets: [T0, T0 + 100 * DAY, T0 + 200 * DAY, T0 + 300 * DAY, T0 + 400 * DAY],
  cells: [
    { bucket: 0, lane: 0, count: 12_345, topId: "p" },
    { bucket: 1, lane: 0, count: 9_000, topId: "q" },
    { bucket: 2, lane: 0, count: 18_000, topId: "s" },
    { bucket: 3, lane: 0, count: 655, topId: "t" },
  ],
  events: [ev("p", 20, { importance: 0.9 }), ev("q", 60, { importance: 0.2 }), ev("s", 230, { importance: 0.8 }), ev("t", 330, { importance: 0.7 })],
});

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

describe("buildScene: labels and their +N", () => {
  it.each([
    { name: "60 crowded events", v: view({ events: crowded, total: 60 }) },
    { name: "200 events in three lanes", v: view({ events: scattered, total: 200, lanes: threeLanes }) },
    { name: "bucket tops standing for thousands", v: tops },
    { name: "60 crowded events, one selected (bold)", v: view({ events: crowded, total: 60 }), selected: "c59" },
  ])("text and +N never overlap, +N measured bold: $name", ({ v, selected }: { v: TimelineView; selected?: string }) => {
    const scene = buildScene(v, x, { bounds, measure, measureBold, collapsed: new Set(), selected: selected ?? null });
    expect(scene.labels.placed.length).toBeGreaterThan(0);
    expect(drawnOverlap(scene)).toBe(false);
    for (const p of scene.labels.placed) {
      expect(p.textWidth).toBe((p.bold ? measureBold : measure)(p.text));
      expect(p.textWidth).toBeLessThanOrEqual(p.width);
    }
    if (selected) expect(scene.labels.placed.find((p) => p.id === selected)?.bold).toBe(true);
  });

  it("counts a hidden bucket top with its whole bucket on its neighbour's +N", () => {
    const narrow = { x0: 0, x1: 400 };
    const scene = buildScene(tops, x, { bounds: narrow, measure, measureBold, collapsed: new Set() });
    const shown = Object.fromEntries(scene.labels.placed.map((p) => [p.id, p.more]));
    // q (9,000 events) does not fit next to p: p's "+N" says 12,344 + 9,000.
    expect(shown).toMatchObject({ p: 12_344 + 9_000 });
    const counted = scene.labels.placed.reduce((n, p) => n + p.more + 1, 0) + scene.labels.badges.reduce((n, b) => n + b.count, 0);
    expect(counted).toBe(12_345 + 9_000 + 18_000 + 655);
  });

  it.each([
    { name: "an estimate far too small", quick: (t: string) => t.length },
    { name: "an estimate far too large", quick: (t: string) => t.length * 20 },
  ])("never overlaps whatever the quick measure says: $name", ({ quick }) => {
    const v = view({ events: scattered, total: 200, lanes: threeLanes });
    const scene = buildScene(v, x, { bounds, measure, measureBold, measureQuick: quick, collapsed: new Set() });
    expect(scene.labels.placed.length).toBeGreaterThan(0);
    expect(drawnOverlap(scene)).toBe(false);
    for (const p of scene.labels.placed) expect(p.textWidth).toBe(measure(p.text));
  });

  it("labels only the rows asked for, exactly as when every row is labelled", () => {
    const v = view({ events: scattered, total: 200, lanes: threeLanes });
    const all = buildScene(v, x, { bounds, measure, collapsed: new Set() });
    const rows = { from: 2, to: 5 };
    const some = buildScene(v, x, { bounds, measure, collapsed: new Set(), labelRows: rows });
    const inRows = (l: { lane: number }) => l.lane >= rows.from && l.lane < rows.to;
    expect(some.labels.placed.length).toBeGreaterThan(0);
    expect(some.labels.placed.every(inRows)).toBe(true);
    const key = (l: Scene["labels"]["placed"][number]) => `${l.id}@${l.x}:${l.text}+${l.more}`;
    expect(some.labels.placed.map(key).sort()).toEqual(all.labels.placed.filter(inRows).map(key).sort());
    expect(some.marks).toEqual(all.marks);
  });

  it("gives the same scene for a view however often, and at whatever scales, it was drawn before", () => {
    const v = view({ events: scattered, total: 200, lanes: threeLanes });
    const fresh = buildScene(structuredClone(v), x, { bounds, measure, collapsed: new Set() });
    buildScene(v, (ms) => x(ms) * 3 - 200, { bounds, measure, collapsed: new Set() });
    buildScene(v, (ms) => x(ms) / 2, { bounds, measure, collapsed: new Set() });
    const again = buildScene(v, x, { bounds, measure, collapsed: new Set() });
    expect(again).toEqual(fresh);
  });
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
        moveTo: record("moveTo"),
        lineTo: record("lineTo"),
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

describe("drawScene: gridlines", () => {
  /** Records each stroked path: its colour and its segments. */
  function recorder() {
    const strokes: { color: string; lines: [number, number, number][] }[] = [];
    let path: [number, number, number][] = [];
    let from: [number, number] = [0, 0];
    const ctx = {
      setTransform: () => undefined,
      clearRect: () => undefined,
      fillRect: () => undefined,
      beginPath: () => void (path = []),
      arc: () => undefined,
      fill: () => undefined,
      rect: () => undefined,
      moveTo: (px: number, py: number) => void (from = [px, py]),
      lineTo: (px: number, py: number) => void path.push([from[0], from[1], py]),
      stroke: () => void strokes.push({ color: String(ctx.strokeStyle), lines: path }),
      createLinearGradient: () => ({ addColorStop: () => undefined }) as unknown as CanvasGradient,
      fillStyle: "" as Context2D["fillStyle"],
      strokeStyle: "" as Context2D["strokeStyle"],
      lineWidth: 1,
      globalAlpha: 1,
    };
    return { ctx: ctx as Context2D, strokes };
  }
  const empty = buildScene(view({}), x, { bounds, measure, collapsed: new Set() });
  const base = { width: 1000, height: 200, pixelRatio: 1, rowY: (r: number) => 44 + 40 * r, rowHeight: 40, barHeight: 10, pointRadius: 6, drawMarks: false, activeId: null, selectedId: null };

  it("draws a line per tick from gridTop to the band's bottom, minor and major ticks in their colours", () => {
    const r = recorder();
    drawScene(r.ctx, empty, { ...base, grid: [{ x: 10, major: false }, { x: 99.6, major: true }, { x: 300, major: false }], gridTop: 24 });
    expect(r.strokes).toEqual([
      { color: "#eceef0", lines: [[10.5, 24, 200], [300.5, 24, 200]] },
      { color: "#d9dcdf", lines: [[100.5, 24, 200]] },
    ]);
  });

  it.each([
    { name: "a band below the axis", top: 400, gridTop: 24, expected: [[10.5, 400, 600]] },
    { name: "no grid asked for", top: 0, gridTop: undefined, expected: undefined },
  ])("clips the lines to the band drawn: $name", ({ top, gridTop, expected }) => {
    const r = recorder();
    drawScene(r.ctx, empty, { ...base, top, ...(gridTop === undefined ? {} : { grid: [{ x: 10, major: false }], gridTop }) });
    expect(r.strokes[0]?.lines).toEqual(expected);
  });
});

describe("drawLabels", () => {
  /** A context that records the text it draws and every font set on it. */
  function recorder() {
    const texts: string[] = [];
    const fonts: string[] = [];
    let font = "10px sans-serif";
    const ctx = {
      setTransform: () => undefined,
      fillText: (text: string) => void texts.push(`${font}|${text}`),
      fillStyle: "",
      textBaseline: "alphabetic",
      textAlign: "left",
      get font() {
        return font;
      },
      set font(value: string) {
        fonts.push(value);
        font = value;
      },
    } as unknown as LabelContext;
    return { ctx, texts, fonts };
  }
  const options = { pixelRatio: 1, top: 0, height: 200, baseline: (row: number) => 40 + row * 40 + 27, font: "12px f", boldFont: "600 12px f", color: "#000" };
  const label = (lane: number, text: string, bold = false) => ({ lane, x: 10, text, bold });

  it.each([
    { name: "rows outside the band are skipped", labels: [label(0, "a"), label(1, "b"), label(9, "far below")], texts: ["12px f|a", "12px f|b"], fonts: ["12px f"] },
    { name: "the bold font only for a bold label", labels: [label(0, "a"), label(1, "sel", true)], texts: ["12px f|a", "600 12px f|sel"], fonts: ["12px f", "600 12px f"] },
    { name: "an empty text draws nothing", labels: [label(0, ""), label(1, "b")], texts: ["12px f|b"], fonts: ["12px f"] },
  ])("$name", ({ labels, texts, fonts }) => {
    const r = recorder();
    drawLabels(r.ctx, labels, options);
    expect(r.texts).toEqual(texts);
    expect(r.fonts).toEqual(fonts);
  });

  it("sets the font once across frames while it stays set", () => {
    const r = recorder();
    for (let frame = 0; frame < 3; frame++) drawLabels(r.ctx, [label(0, "a")], options);
    expect(r.fonts).toEqual(["12px f"]);
    expect(r.texts).toHaveLength(3);
  });
});
