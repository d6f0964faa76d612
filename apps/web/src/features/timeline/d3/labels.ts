/**
 * Label layout that never overlaps. Each label sits in its mark's lane, aligned to the mark's
 * start (or, when that does not fit, to its end). Labels are placed by priority; one that fits
 * nowhere is hidden and counted, visibly, as "+N" on the nearest placed label of its lane, or on
 * a badge where its lane has no label at all. Every placed box reserves room for that badge.
 */
import type { Bounds } from "./scale";

export interface LabelCandidate {
  readonly id: string;
  readonly lane: number;
  /** The mark's horizontal extent; the label aligns to its start or its end. */
  readonly anchor: Bounds;
  /** Rendered text width in pixels. */
  readonly width: number;
  /** Higher places first. */
  readonly priority: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly lane: number;
  /** Left edge of the text; its "+N" follows the text, inside the reserved box. */
  readonly x: number;
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
  const placed: { label: Omit<PlacedLabel, "more">; box: Box }[] = [];
  const hidden: LabelCandidate[] = [];

  for (const c of order) {
    const start = Math.max(c.anchor.x0, bounds.x0);
    const end = Math.min(c.anchor.x1, bounds.x1);
    const options: { align: "start" | "end"; box: Box }[] = [
      { align: "start", box: { l: start, r: start + c.width + badge } },
      { align: "end", box: { l: end - c.width - badge, r: end } },
    ];
    const boxes = boxesByLane.get(c.lane) ?? [];
    const fit = options.find(
      ({ box }) => box.l >= bounds.x0 && box.r <= bounds.x1 && boxes.every((other) => !overlaps(box, other, gap)),
    );
    if (!fit) {
      hidden.push(c);
      continue;
    }
    boxesByLane.set(c.lane, [...boxes, fit.box]);
    placed.push({ label: { id: c.id, lane: c.lane, x: fit.box.l, width: c.width, align: fit.align }, box: fit.box });
  }

  const more = new Map<string, number>();
  const orphans = new Map<number, LabelCandidate[]>();
  for (const h of hidden) {
    const centre = (h.anchor.x0 + h.anchor.x1) / 2;
    let nearest: { id: string; distance: number } | null = null;
    for (const p of placed) {
      if (p.label.lane !== h.lane) continue;
      const distance = Math.abs((p.box.l + p.box.r) / 2 - centre);
      if (!nearest || distance < nearest.distance) nearest = { id: p.label.id, distance };
    }
    if (nearest) more.set(nearest.id, (more.get(nearest.id) ?? 0) + 1);
    else orphans.set(h.lane, [...(orphans.get(h.lane) ?? []), h]);
  }

  const badges = [...orphans].map(([lane, items]) => {
    const first = Math.min(...items.map((i) => i.anchor.x0));
    return { lane, x: Math.min(Math.max(first, bounds.x0), bounds.x1 - badge), count: items.length };
  });

  return {
    placed: placed.map(({ label }) => ({ ...label, more: more.get(label.id) ?? 0 })),
    hidden: hidden.map((h) => h.id),
    badges,
  };
}
