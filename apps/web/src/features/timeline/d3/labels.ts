/**
 * Label layout that never overlaps. Each label sits in its mark's lane, aligned to the mark's
 * start (or, when that does not fit, to its end). First every label is placed, by priority, at
 * its shortest width, so that as many as possible show; then placed labels grow back towards
 * their full width where there is room. One that fits nowhere is hidden and counted, visibly, as
 * "+N" on the nearest placed label of its lane, or on a badge where its lane has no label at all.
 * Every placed box reserves room for that badge.
 */
import type { Bounds } from "./scale";

export interface LabelCandidate {
  readonly id: string;
  readonly lane: number;
  /** The mark's horizontal extent; the label aligns to its start or its end. */
  readonly anchor: Bounds;
  /** Rendered text width in pixels. */
  readonly width: number;
  /** Narrowest the text may be shortened to (with "…"); default `width`. */
  readonly minWidth?: number;
  /** Higher places first. */
  readonly priority: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly lane: number;
  /** Left edge of the text; its "+N" follows the text, inside the box kept for it. */
  readonly x: number;
  /** Width the text gets: its full width, or less down to `minWidth` (shorten it to fit). */
  readonly width: number;
  readonly align: "start" | "end";
  /** Hidden labels of this lane counted here ("+N"); 0 for none. */
  readonly more: number;
}

export interface OverflowBadge {
  readonly lane: number;
  readonly x: number;
  readonly count: number;
}

export interface LabelLayout {
  readonly placed: readonly PlacedLabel[];
  readonly hidden: readonly string[];
  readonly badges: readonly OverflowBadge[];
}

export interface LabelOptions {
  /** Minimum space between two labels of a lane. */
  readonly gapPx?: number;
  /** Room kept after every label for its "+N". */
  readonly badgePx?: number;
}

interface Box {
  readonly l: number;
  readonly r: number;
}

const overlaps = (a: Box, b: Box, gap: number) => a.l < b.r + gap && b.l < a.r + gap;

export function layoutLabels(candidates: readonly LabelCandidate[], bounds: Bounds, options: LabelOptions = {}): LabelLayout {
  const gap = options.gapPx ?? 6;
  const badge = options.badgePx ?? 28;
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.anchor.x0 - b.anchor.x0 || (a.id < b.id ? -1 : 1));
  const boxesByLane = new Map<number, Box[]>();
  const placed: { candidate: LabelCandidate; align: "start" | "end"; box: Box }[] = [];
  const hidden: LabelCandidate[] = [];
  const boxFor = (c: LabelCandidate, align: "start" | "end", width: number): Box => {
    if (align === "start") {
      const l = Math.max(c.anchor.x0, bounds.x0);
      return { l, r: l + width + badge };
    }
    const r = Math.min(c.anchor.x1, bounds.x1);
    return { l: r - width - badge, r };
  };
  const fits = (box: Box, others: readonly Box[]) =>
    box.l >= bounds.x0 && box.r <= bounds.x1 && others.every((other) => !overlaps(box, other, gap));

  for (const c of order) {
    const boxes = boxesByLane.get(c.lane) ?? [];
    const minWidth = Math.min(c.minWidth ?? c.width, c.width);
    const align = (["start", "end"] as const).find((a) => fits(boxFor(c, a, minWidth), boxes));
    if (!align) {
      hidden.push(c);
      continue;
    }
    const box = boxFor(c, align, minWidth);
    boxesByLane.set(c.lane, [...boxes, box]);
    placed.push({ candidate: c, align, box });
  }

  // Grow each placed label, in priority order, to the widest that still fits.
  for (const p of placed) {
    const others = (boxesByLane.get(p.candidate.lane) ?? []).filter((b) => b !== p.box);
    // Widest whole-pixel width that fits, by bisection (the shortest width is known to fit).
    let lo = p.box.r - p.box.l - badge;
    let hi = Math.floor(p.candidate.width);
    while (lo < hi) {
      const mid = Math.max(Math.ceil((lo + hi) / 2), lo + 1);
      if (fits(boxFor(p.candidate, p.align, mid), others)) lo = mid;
      else hi = mid - 1;
    }
    const width = fits(boxFor(p.candidate, p.align, p.candidate.width), others) ? p.candidate.width : lo;
    const grown = boxFor(p.candidate, p.align, width);
    boxesByLane.set(p.candidate.lane, [...others, grown]);
    p.box = grown;
  }

  const more = new Map<string, number>();
  const orphans = new Map<number, LabelCandidate[]>();
  for (const h of hidden) {
    const centre = (h.anchor.x0 + h.anchor.x1) / 2;
    let nearest: { id: string; distance: number } | null = null;
    for (const p of placed) {
      if (p.candidate.lane !== h.lane) continue;
      const distance = Math.abs((p.box.l + p.box.r) / 2 - centre);
      if (!nearest || distance < nearest.distance) nearest = { id: p.candidate.id, distance };
    }
    if (nearest) more.set(nearest.id, (more.get(nearest.id) ?? 0) + 1);
    else orphans.set(h.lane, [...(orphans.get(h.lane) ?? []), h]);
  }

  const badges = [...orphans].map(([lane, items]) => {
    const first = Math.min(...items.map((i) => i.anchor.x0));
    return { lane, x: Math.min(Math.max(first, bounds.x0), bounds.x1 - badge), count: items.length };
  });

  return {
    placed: placed.map(({ candidate: c, align, box }) => {
      const count = more.get(c.id) ?? 0;
      // An end-aligned label without a badge ends at its mark, not at the room kept for "+N".
      const x = align === "end" && count === 0 ? box.l + badge : box.l;
      return { id: c.id, lane: c.lane, x, width: box.r - box.l - badge, align, more: count };
    }),
    hidden: hidden.map((h) => h.id),
    badges,
  };
}
