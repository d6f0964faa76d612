import { describe, expect, it } from "vitest";
import { layoutLabels, type LabelCandidate, type LabelLayout } from "./labels";

const bounds = { x0: 0, x1: 500 };
const label = (id: string, x0: number, x1: number, width: number, lane = 0, priority = 1): LabelCandidate => ({
  id,
  lane,
  anchor: { x0, x1 },
  width,
  priority,
});

/** Placed boxes (text plus the reserved badge room) of one lane never intersect. */
function expectNoOverlap(layout: LabelLayout, badge = 28, gap = 6) {
  // The box a label holds: its text plus the room for "+N" (before the text when it ends at its mark).
  const box = (p: LabelLayout["placed"][number]) =>
    p.align === "end" && p.more === 0 ? { l: p.x - badge, r: p.x + p.width } : { l: p.x, r: p.x + p.width + badge };
  for (const a of layout.placed)
    for (const b of layout.placed)
      if (a !== b && a.lane === b.lane) expect(box(a).r + gap <= box(b).l || box(b).r + gap <= box(a).l).toBe(true);
}

describe("layoutLabels", () => {
  it.each([
    {
      name: "far-apart labels are both placed",
      input: [label("a", 10, 10, 100), label("b", 300, 300, 100)],
      placed: ["a", "b"],
      hidden: [],
      more: {},
    },
    {
      name: "a colliding label is hidden and counted on its neighbour",
      input: [label("a", 10, 10, 200, 0, 2), label("b", 60, 60, 200, 0, 1)],
      placed: ["a"],
      hidden: ["b"],
      more: { a: 1 },
    },
    {
      name: "priority decides who wins",
      input: [label("a", 10, 10, 200, 0, 1), label("b", 60, 60, 200, 0, 2)],
      placed: ["b"],
      hidden: ["a"],
      more: { b: 1 },
    },
    {
      name: "labels in different lanes do not collide",
      input: [label("a", 10, 10, 200, 0), label("b", 60, 60, 200, 1)],
      placed: ["a", "b"],
      hidden: [],
      more: {},
    },
    {
      name: "a label too wide for the chart is hidden",
      input: [label("a", 10, 10, 600)],
      placed: [],
      hidden: ["a"],
      more: {},
    },
  ])("$name", ({ input, placed, hidden, more }) => {
    const layout = layoutLabels(input, bounds);
    expect(layout.placed.map((p) => p.id).sort()).toEqual(placed);
    expect([...layout.hidden].sort()).toEqual(hidden);
    expect(Object.fromEntries(layout.placed.filter((p) => p.more > 0).map((p) => [p.id, p.more]))).toEqual(more);
    expectNoOverlap(layout);
  });

  it.each([
    { name: "near the right edge the label ends at its mark", anchor: [480, 480], align: "end", x: 480 - 100 },
    { name: "a span starting off-screen labels from the left edge", anchor: [-200, 150], align: "start", x: 0 },
  ])("$name", ({ anchor, align, x }) => {
    const [x0, x1] = anchor as [number, number];
    const { placed } = layoutLabels([label("a", x0, x1, 100)], bounds);
    expect(placed).toEqual([{ id: "a", lane: 0, x, width: 100, align, more: 0 }]);
  });

  it.each([
    {
      name: "a crowded label is shortened rather than hidden",
      input: [{ ...label("a", 10, 10, 300), minWidth: 80 }, { ...label("b", 300, 300, 150), minWidth: 80 }],
      widths: { a: 256, b: 150 },
    },
    {
      name: "labels with room keep their full width",
      input: [{ ...label("a", 10, 10, 100), minWidth: 50 }, { ...label("b", 300, 300, 100), minWidth: 50 }],
      widths: { a: 100, b: 100 },
    },
    {
      name: "the higher priority label keeps more of its width",
      input: [{ ...label("a", 10, 10, 400, 0, 1), minWidth: 60 }, { ...label("b", 200, 200, 400, 0, 2), minWidth: 60 }],
      widths: { a: 156, b: 272 },
    },
  ])("$name", ({ input, widths }) => {
    const layout = layoutLabels(input, bounds);
    expect(Object.fromEntries(layout.placed.map((p) => [p.id, p.width]))).toEqual(widths);
    expectNoOverlap(layout);
  });

  it("shows a badge where a lane has no label at all", () => {
    const layout = layoutLabels([label("a", 100, 100, 900), label("b", 120, 120, 900)], bounds);
    expect(layout.badges).toEqual([{ lane: 0, x: 100, count: 2 }]);
  });

  it.each([{ seed: 7 }, { seed: 11 }, { seed: 13 }])("never overlaps and accounts for every label (seed $seed)", ({ seed }) => {
    let s = seed;
    const random = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    const input = Array.from({ length: 150 }, (_, i) => {
      const x = random() * 520 - 10;
      return label(`e${i}`, x, x + random() * 40, 20 + random() * 160, Math.floor(random() * 4), random());
    });
    const layout = layoutLabels(input, bounds);
    expectNoOverlap(layout);
    for (const p of layout.placed) expect(p.x >= bounds.x0 && p.x + p.width <= bounds.x1).toBe(true);
    const counted = layout.placed.reduce((n, p) => n + p.more, 0) + layout.badges.reduce((n, b) => n + b.count, 0);
    expect(layout.placed.length + layout.hidden.length).toBe(input.length);
    expect(counted).toBe(layout.hidden.length);
  });

  /** "+N" at 8 px per character plus a 6 px gap: "+12,345" needs 62 px, more than the 28 px kept. */
  const badgeWidth = (count: number) => 6 + 8 * `+${count.toLocaleString("en-US")}`.length;
  /** Every placed label's text and its "+N" (at its drawn width), as boxes per lane. */
  const drawnBoxes = (layout: LabelLayout) =>
    layout.placed.map((p) => ({ lane: p.lane, l: p.x, r: p.x + p.width + (p.more > 0 ? badgeWidth(p.more) : 0) }));

  it.each([
    {
      name: "a label standing for 12,345 more gives up text width to its wide +N",
      input: [{ ...label("a", 10, 10, 150, 0, 2), minWidth: 80, extra: 12_345 }, { ...label("b", 200, 200, 150, 0, 1), minWidth: 80 }],
      more: { a: 12_345 },
    },
    {
      name: "a hidden label's bucket is counted with it, and the wider +N still fits",
      input: [label("a", 10, 10, 150, 0, 2), { ...label("h", 30, 30, 150, 0, 1), extra: 999 }, label("b", 200, 200, 150, 0, 0.5)],
      more: { a: 1000 },
    },
    {
      name: "an end-aligned label keeps its +N inside its box",
      input: [{ ...label("a", 480, 480, 150, 0, 2), minWidth: 60, extra: 123_456 }, { ...label("b", 100, 100, 150, 0, 1), minWidth: 60 }],
      more: { a: 123_456 },
    },
  ])("+N badges are boxes too: $name", ({ input, more }) => {
    const layout = layoutLabels(input, bounds, { badgeWidth });
    expect(Object.fromEntries(layout.placed.filter((p) => p.more > 0).map((p) => [p.id, p.more]))).toEqual(more);
    const boxes = drawnBoxes(layout);
    for (const a of boxes) {
      expect(a.l >= bounds.x0 && a.r <= bounds.x1).toBe(true);
      for (const b of boxes) if (a !== b && a.lane === b.lane) expect(a.r + 6 <= b.l || b.r + 6 <= a.l).toBe(true);
    }
  });

  it("keeps a lone badge as wide as its count inside the bounds", () => {
    const layout = layoutLabels([{ ...label("a", 495, 495, 900), extra: 99_999 }], bounds, { badgeWidth });
    expect(layout.badges).toEqual([{ lane: 0, x: bounds.x1 - badgeWidth(100_000), count: 100_000 }]);
  });
});
