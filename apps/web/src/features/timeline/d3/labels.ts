/**
 * Label layout that never overlaps. Each label sits in its mark's lane, aligned to the mark's
 * start (or, when that does not fit, to its end). First every label is placed, by priority, at
 * its shortest width, so that as many as possible show; then placed labels grow back towards
 * their full width where there is room. One that fits nowhere is hidden and counted, visibly, as
 * "+N" on the nearest placed label of its lane, or on a badge where its lane has no label at all.
 * Every placed box reserves room for that badge; once the counts are known, a label whose "+N"
 * is wider than that room gives up text width to it, so "+N" stays inside the box too.
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
  /** Events the mark stands for beyond itself (a bucket's hidden events), counted in "+N". */
  readonly extra?: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly lane: number;
  /** Left edge of the text; its "+N" follows the text, inside the box kept for it. */
  readonly x: number;
  /** Width the text gets: its full width, or less down to `minWidth` (shorten it to fit). */
  readonly width: number;
  readonly align: "start" | "end";
  /** Events counted here ("+N"): its own `extra` and hidden labels of this lane with theirs; 0 for none. */
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
  /**
   * Width of the "+N" for a count, the space before it included. When given, a label's text is
   * narrowed so that its "+N" fits in its box, and lone badges are kept inside the bounds.
   */
  readonly badgeWidth?: (count: number) => number;
}

/** A placed label's box (text plus the room kept for "+N"), mutable while the layout runs. */
interface Box {
  l: number;
  r: number;
}

interface Placement {
  readonly candidate: LabelCandidate;
  readonly align: "start" | "end";
  readonly box: Box;
}

/**
 * Runs on every zoom frame with up to a thousand candidates, so it allocates little: boxes are
 * checked as numbers, and each lane keeps one array of boxes that grow in place.
 */
export function layoutLabels(candidates: readonly LabelCandidate[], bounds: Bounds, options: LabelOptions = {}): LabelLayout {
  const gap = options.gapPx ?? 6;
  const badge = options.badgePx ?? 28;
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.anchor.x0 - b.anchor.x0 || (a.id < b.id ? -1 : 1));
  const boxesByLane = new Map<number, Box[]>();
  const placed: Placement[] = [];
  const hidden: LabelCandidate[] = [];
  // The box of `c` aligned to its mark's start or end, with `width` of text: [left, right].
  const left = (c: LabelCandidate, align: "start" | "end", width: number) =>
    align === "start" ? Math.max(c.anchor.x0, bounds.x0) : Math.min(c.anchor.x1, bounds.x1) - width - badge;
  // Whether [l, r] lies in the bounds and keeps `gap` from every box of `others` but `skip`.
  const fits = (l: number, r: number, others: readonly Box[], skip: Box | null) => {
    if (l < bounds.x0 || r > bounds.x1) return false;
    for (const o of others) if (o !== skip && l < o.r + gap && o.l < r + gap) return false;
    return true;
  };
  const NONE: Box[] = [];

  for (const c of order) {
    const boxes = boxesByLane.get(c.lane) ?? NONE;
    const minWidth = Math.min(c.minWidth ?? c.width, c.width);
    let align: "start" | "end" | null = null;
    for (const a of ["start", "end"] as const) {
      const l = left(c, a, minWidth);
      if (fits(l, l + minWidth + badge, boxes, null)) {
        align = a;
        break;
      }
    }
    if (!align) {
      hidden.push(c);
      continue;
    }
    const l = left(c, align, minWidth);
    const box = { l, r: l + minWidth + badge };
    if (boxes === NONE) boxesByLane.set(c.lane, [box]);
    else boxes.push(box);
    placed.push({ candidate: c, align, box });
  }

  // Grow each placed label, in priority order, to the widest that still fits.
  for (const p of placed) {
    const c = p.candidate;
    const others = boxesByLane.get(c.lane) ?? NONE;
    const fitsAt = (width: number) => {
      const l = left(c, p.align, width);
      return fits(l, l + width + badge, others, p.box);
    };
    // Widest whole-pixel width that fits, by bisection (the shortest width is known to fit).
    let lo = p.box.r - p.box.l - badge;
    let hi = Math.floor(c.width);
    if (fitsAt(c.width)) lo = c.width;
    else {
      while (lo < hi) {
        const mid = Math.max(Math.ceil((lo + hi) / 2), lo + 1);
        if (fitsAt(mid)) lo = mid;
        else hi = mid - 1;
      }
    }
    p.box.l = left(c, p.align, lo);
    p.box.r = p.box.l + lo + badge;
  }

  const more = new Map<string, number>();
  const placedByLane = new Map<number, typeof placed>();
  for (const p of placed) {
    const lane = placedByLane.get(p.candidate.lane);
    if (lane) lane.push(p);
    else placedByLane.set(p.candidate.lane, [p]);
    if (p.candidate.extra) more.set(p.candidate.id, p.candidate.extra);
  }
  const orphans = new Map<number, { count: number; first: number }>();
  for (const h of hidden) {
    const count = 1 + (h.extra ?? 0);
    const centre = (h.anchor.x0 + h.anchor.x1) / 2;
    let nearest: { id: string; distance: number } | null = null;
    for (const p of placedByLane.get(h.lane) ?? []) {
      const distance = Math.abs((p.box.l + p.box.r) / 2 - centre);
      if (!nearest || distance < nearest.distance) nearest = { id: p.candidate.id, distance };
    }
    if (nearest) {
      more.set(nearest.id, (more.get(nearest.id) ?? 0) + count);
      continue;
    }
    const orphan = orphans.get(h.lane);
    if (orphan) {
      orphan.count += count;
      orphan.first = Math.min(orphan.first, h.anchor.x0);
    } else orphans.set(h.lane, { count, first: h.anchor.x0 });
  }

  const badges = [...orphans].map(([lane, { count, first }]) => {
    const room = options.badgeWidth ? options.badgeWidth(count) : badge;
    return { lane, x: Math.min(Math.max(first, bounds.x0), bounds.x1 - room), count };
  });

  return {
    placed: placed.map(({ candidate: c, align, box }) => {
      const count = more.get(c.id) ?? 0;
      // An end-aligned label without a badge ends at its mark, not at the room kept for "+N".
      const x = align === "end" && count === 0 ? box.l + badge : box.l;
      const room = count > 0 && options.badgeWidth ? Math.max(badge, options.badgeWidth(count)) : badge;
      return { id: c.id, lane: c.lane, x, width: Math.max(0, box.r - box.l - room), align, more: count };
    }),
    hidden: hidden.map((h) => h.id),
    badges,
  };
}
