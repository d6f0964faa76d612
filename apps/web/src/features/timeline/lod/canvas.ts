/**
 * Canvas 2D renderer for the dense layers of a scene: density bars, the event marks when there are
 * too many for SVG, and the label titles. Draws what `buildScene` laid out; no layout decisions
 * here. It may draw a band of the chart only (the rows on screen).
 */
import type { Edge, MarkGeometry } from "../d3/marks";
import { edgeStops } from "./precision";
import type { Scene } from "./scene";

export interface CanvasStyle {
  readonly mark: string;
  readonly markActive: string;
  readonly density: string;
  readonly surface: string;
  readonly text: string;
  /** Secondary text (axis ticks, lane headers, "+N"). */
  readonly muted: string;
  /** Gridlines, and those of major ticks. */
  readonly grid: string;
  readonly gridMajor: string;
}

export const DEFAULT_CANVAS_STYLE: CanvasStyle = {
  mark: "#2f5d8a",
  markActive: "#c2410c",
  density: "rgba(47, 93, 138, 0.45)",
  surface: "#ffffff",
  text: "#1d2125",
  muted: "#5b636b",
  grid: "#eceef0",
  gridMajor: "#d9dcdf",
};

export interface DrawOptions {
  /** CSS pixel size of the canvas. */
  readonly width: number;
  readonly height: number;
  /** The chart's y (CSS pixels) at the canvas's top edge: the canvas may cover a band of the chart. Default 0. */
  readonly top?: number;
  readonly pixelRatio: number;
  /** Top of a row in CSS pixels. */
  readonly rowY: (row: number) => number;
  readonly rowHeight: number;
  readonly barHeight: number;
  readonly pointRadius: number;
  /** Draw the event marks too (false when the SVG layer draws them). */
  readonly drawMarks: boolean;
  readonly activeId: string | null;
  readonly selectedId: string | null;
  /** Vertical gridlines (axis ticks) from `gridTop` down, under everything else. */
  readonly grid?: readonly { readonly x: number; readonly major: boolean }[];
  readonly gridTop?: number;
  readonly style?: CanvasStyle;
}

/** The subset of CanvasRenderingContext2D the renderer uses (tests pass a recorder). */
export type Context2D = Pick<
  CanvasRenderingContext2D,
  | "setTransform"
  | "clearRect"
  | "fillRect"
  | "beginPath"
  | "arc"
  | "fill"
  | "stroke"
  | "createLinearGradient"
  | "fillStyle"
  | "strokeStyle"
  | "lineWidth"
  | "globalAlpha"
  | "rect"
  | "moveTo"
  | "lineTo"
>;

/**
 * A horizontal gradient over the unit interval [0, 1] for these edges: drawn under a transform
 * that stretches [0, 1] over a span, one gradient serves every span with the same edges.
 */
function unitGradient(ctx: Context2D, start: Edge, end: Edge, color: string): CanvasGradient {
  const gradient = ctx.createLinearGradient(0, 0, 1, 0);
  for (const [offset, alpha] of edgeStops(start, end)) gradient.addColorStop(offset, withAlpha(color, alpha));
  return gradient;
}

/** `#rrggbb` with an alpha, as rgba(). */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "0", 16));
  return `rgba(${r}, ${g}, ${b}, ${Math.round(alpha * 1000) / 1000})`;
}

/**
 * Draws the scene. Work per frame is a few paths, not one per mark: density bars are one path,
 * sharp spans and discs one path per colour, fuzzy and open spans one gradient per edge pair and
 * colour (stretched over each span by the transform). Spans go under points, so a month or a
 * year never hides the days inside it, and the active or selected event goes on top.
 */
export function drawScene(ctx: Context2D, scene: Scene, o: DrawOptions): void {
  const style = o.style ?? DEFAULT_CANVAS_STYLE;
  const pr = o.pixelRatio;
  const top = o.top ?? 0;
  // Rows outside the band are not drawn (the canvas would clip them anyway).
  const inBand = (row: number) => {
    const y = o.rowY(row);
    return y + o.rowHeight > top && y - o.rowHeight < top + o.height;
  };
  ctx.setTransform(pr, 0, 0, pr, 0, -pr * top);
  ctx.clearRect(0, top, o.width, o.height);
  if (o.grid) drawGrid(ctx, o.grid, Math.max(top, o.gridTop ?? 0), top + o.height, style);

  const area = o.rowHeight - 12;
  ctx.fillStyle = style.density;
  ctx.beginPath();
  for (const bar of scene.bars) {
    if (!inBand(bar.row)) continue;
    const h = Math.max(1.5, bar.level * area);
    const w = Math.max(1, bar.x1 - bar.x0 - (bar.x1 - bar.x0 > 3 ? 1 : 0));
    ctx.rect(bar.x0, o.rowY(bar.row) + o.rowHeight - 6 - h, w, h);
  }
  ctx.fill();

  if (!o.drawMarks) return;
  const hot = (id: string) => id === o.activeId || id === o.selectedId;
  const sharp = (g: MarkGeometry) => g.startEdge === "sharp" && g.endEdge === "sharp";
  const r = o.pointRadius;
  for (const layer of [false, true]) {
    const color = layer ? style.markActive : style.mark;
    const inLayer = scene.marks.filter((m) => hot(m.id) === layer && inBand(m.row));
    ctx.fillStyle = color;
    ctx.beginPath();
    for (const m of inLayer) {
      const g = m.geometry;
      if (g.kind === "span" && sharp(g)) ctx.rect(g.x0, o.rowY(m.row), g.x1 - g.x0, o.barHeight);
    }
    ctx.fill();
    const gradients = new Map<string, CanvasGradient>();
    for (const m of inLayer) {
      const g = m.geometry;
      if (g.kind !== "span" || sharp(g)) continue;
      const key = `${g.startEdge}-${g.endEdge}`;
      let gradient = gradients.get(key);
      if (!gradient) gradients.set(key, (gradient = unitGradient(ctx, g.startEdge, g.endEdge, color)));
      ctx.fillStyle = gradient;
      ctx.setTransform(pr * (g.x1 - g.x0), 0, 0, pr, pr * g.x0, -pr * top);
      ctx.fillRect(0, o.rowY(m.row), 1, o.barHeight);
    }
    ctx.setTransform(pr, 0, 0, pr, 0, -pr * top);
  }
  for (const layer of [false, true]) {
    const color = layer ? style.markActive : style.mark;
    const points = scene.marks.filter((m) => m.geometry.kind === "point" && hot(m.id) === layer && inBand(m.row));
    ctx.fillStyle = color;
    ctx.beginPath();
    for (const m of points) {
      const g = m.geometry;
      const cy = o.rowY(m.row) + o.barHeight / 2;
      const cx = g.kind === "point" ? g.x : g.x0;
      ctx.moveTo(cx + r, cy);
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
    }
    ctx.fill();
    // Fuzzy or open dates: a faint ring around the disc.
    const fuzzy = points.filter((m) => !sharp(m.geometry));
    if (fuzzy.length === 0) continue;
    ctx.strokeStyle = color;
    ctx.lineWidth = 1;
    ctx.globalAlpha = 0.4;
    ctx.beginPath();
    for (const m of fuzzy) {
      const g = m.geometry;
      const cy = o.rowY(m.row) + o.barHeight / 2;
      const cx = g.kind === "point" ? g.x : g.x0;
      ctx.moveTo(cx + r + 3, cy);
      ctx.arc(cx, cy, r + 3, 0, Math.PI * 2);
    }
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
}

/**
 * Axis gridlines: one path per colour. On the canvas rather than as SVG lines: the lines move on
 * every zoom frame, and moving tens of SVG elements costs more than drawing them.
 */
function drawGrid(ctx: Context2D, ticks: NonNullable<DrawOptions["grid"]>, y0: number, y1: number, style: CanvasStyle): void {
  if (y1 <= y0) return;
  ctx.lineWidth = 1;
  for (const major of [false, true]) {
    ctx.strokeStyle = major ? style.gridMajor : style.grid;
    ctx.beginPath();
    for (const tick of ticks) {
      if (tick.major !== major) continue;
      // On the pixel grid, as SVG draws a 1 px line at a half-pixel.
      const x = Math.round(tick.x) + 0.5;
      ctx.moveTo(x, y0);
      ctx.lineTo(x, y1);
    }
    ctx.stroke();
  }
}

/** What `drawLabels` needs: the label fonts (regular and bold) and where a row's text sits. */
export interface LabelDrawOptions {
  readonly pixelRatio: number;
  /** The chart's y at the canvas's top edge (see `DrawOptions.top`). */
  readonly top: number;
  /** Visible rows' band height, CSS pixels. */
  readonly height: number;
  /** Baseline of a row's labels, CSS pixels. */
  readonly baseline: (row: number) => number;
  readonly font: string;
  readonly boldFont: string;
  readonly color: string;
}

/** The font last set on each context by `drawLabels`, as asked for and as the context reads it back. */
const fontSet = new WeakMap<object, { readonly requested: string; readonly normalized: string }>();

export type LabelContext = Pick<CanvasRenderingContext2D, "setTransform" | "fillText" | "font" | "fillStyle" | "textBaseline" | "textAlign">;

/**
 * Sets the context's font, only when it changes: setting a font parses it. The context reads its
 * font back normalized, and a resized canvas forgets it: compare that.
 */
export function setFont(ctx: Pick<LabelContext, "font">, font: string): void {
  const set = fontSet.get(ctx);
  if (!set || set.requested !== font || set.normalized !== ctx.font) {
    ctx.font = font;
    fontSet.set(ctx, { requested: font, normalized: ctx.font });
  }
}

/**
 * Label titles as canvas text: a few hundred `fillText` calls cost far less per frame than as
 * many DOM text nodes re-laid out (their "+N" stays in the DOM, see svgLayers). Draws the text the
 * layout chose (already shortened to its room), so it never overlaps.
 */
export function drawLabels(ctx: LabelContext, labels: readonly { readonly lane: number; readonly x: number; readonly text: string; readonly bold: boolean }[], o: LabelDrawOptions): void {
  ctx.setTransform(o.pixelRatio, 0, 0, o.pixelRatio, 0, -o.pixelRatio * o.top);
  ctx.fillStyle = o.color;
  ctx.textBaseline = "alphabetic";
  ctx.textAlign = "left";
  for (const bold of [false, true]) {
    // Usually the regular font stays set.
    if (bold && !labels.some((l) => l.bold)) continue;
    setFont(ctx, bold ? o.boldFont : o.font);
    for (const label of labels) {
      if (label.bold !== bold || label.text === "") continue;
      const y = o.baseline(label.lane);
      if (y < o.top - 20 || y > o.top + o.height + 20) continue;
      ctx.fillText(label.text, label.x, y);
    }
  }
}

export type Hit = { kind: "mark"; id: string } | { kind: "bar"; topId: string; count: number } | null;

/** What is under (px, py): the nearest mark within reach, else a density bar, else nothing. */
export function hitTest(scene: Scene, px: number, py: number, o: Pick<DrawOptions, "rowY" | "rowHeight" | "pointRadius">): Hit {
  let best: { id: string; d: number } | null = null;
  for (const m of scene.marks) {
    const top = o.rowY(m.row);
    if (py < top - 6 || py > top + o.rowHeight - 4) continue;
    const g = m.geometry;
    const d = g.kind === "point" ? Math.abs(g.x - px) - o.pointRadius : px < g.x0 ? g.x0 - px : px > g.x1 ? px - g.x1 : 0;
    if (d <= 4 && (!best || d < best.d)) best = { id: m.id, d };
  }
  if (best) return { kind: "mark", id: best.id };
  for (const bar of scene.bars) {
    const top = o.rowY(bar.row);
    if (py >= top && py <= top + o.rowHeight && px >= bar.x0 && px < Math.max(bar.x1, bar.x0 + 2)) {
      return { kind: "bar", topId: bar.topId, count: bar.count };
    }
  }
  return null;
}
