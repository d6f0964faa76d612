/**
 * The part of a tall chart worth drawing: the rows on screen, and a margin so that a small scroll
 * shows drawn content at once. A chart with many lanes is taller than the window; drawing and
 * labelling only this band keeps a zoom frame's work bounded by the screen, not by the lanes.
 */

/** A vertical range of the chart, in CSS pixels from its top. */
export interface Band {
  readonly top: number;
  readonly bottom: number;
}

/**
 * The band of a chart whose top edge is at `chartTop` (viewport pixels, negative when scrolled
 * past) in a viewport `viewportHeight` tall: what is visible plus `margin` above and below,
 * widened to multiples of `quantum` so that scrolling changes it only now and then. Empty
 * (top = bottom) when the chart is far off screen.
 */
export function visibleBand(chartTop: number, viewportHeight: number, margin: number, quantum: number): Band {
  if (!(quantum > 0) || !(margin >= 0)) throw new Error(`invalid band quantum ${quantum} or margin ${margin}`);
  const top = Math.max(0, Math.floor((-chartTop - margin) / quantum) * quantum);
  const bottom = Math.max(0, Math.ceil((viewportHeight - chartTop + margin) / quantum) * quantum);
  return { top: Math.min(top, bottom), bottom };
}

/** Rows (index `row` starts at `rowY(row)`, `rowHeight` tall) that reach into the band. */
export function rowsInBand(band: Band, rowY: (row: number) => number, rowHeight: number): { readonly from: number; readonly to: number } {
  const first = rowY(0);
  const from = Math.max(0, Math.floor((band.top - first) / rowHeight));
  const to = Math.max(from, Math.ceil((band.bottom - first) / rowHeight));
  return { from, to };
}
