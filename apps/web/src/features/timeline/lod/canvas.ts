/**
 * Canvas 2D renderer for the dense layers of a scene: density bars and, when there are too many
 * for SVG, the event marks. Draws what `buildScene` laid out; no layout decisions here.
 */
import type { Edge } from "../d3/marks";
import { edgeStops } from "./precision";
import type { Scene } from "./scene";

export interface CanvasStyle {
  readonly mark: string;
  readonly markActive: string;
  readonly density: string;
  readonly surface: string;
  readonly text: string;
}

export const DEFAULT_CANVAS_STYLE: CanvasStyle = {
  mark: "#2f5d8a",
  markActive: "#c2410c",
  density: "rgba(47, 93, 138, 0.45)",
  surface: "#ffffff",
  text: "#1d2125",
};

export interface DrawOptions {
  /** CSS pixel size of the canvas. */
  readonly width: number;
  readonly height: number;
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
>;

function barFill(ctx: Context2D, x0: number, x1: number, start: Edge, end: Edge, color: string): string | CanvasGradient {
  if (start === "sharp" && end === "sharp") return color;
  const gradient = ctx.createLinearGradient(x0, 0, x1, 0);
  for (const [offset, alpha] of edgeStops(start, end)) {
    gradient.addColorStop(offset, withAlpha(color, alpha));
  }
  return gradient;
}

/** `#rrggbb` with an alpha, as rgba(). */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "0", 16));
  return `rgba(${r}, ${g}, ${b}, ${Math.round(alpha * 1000) / 1000})`;
}

export function drawScene(ctx: Context2D, scene: Scene, o: DrawOptions): void {
  const style = o.style ?? DEFAULT_CANVAS_STYLE;
  ctx.setTransform(o.pixelRatio, 0, 0, o.pixelRatio, 0, 0);
  ctx.clearRect(0, 0, o.width, o.height);

  // Density bars: one path per row keeps thousands of rectangles cheap.
  const area = o.rowHeight - 12;
  ctx.fillStyle = style.density;
  ctx.beginPath();
  for (const bar of scene.bars) {
    const h = Math.max(1.5, bar.level * area);
    const w = Math.max(1, bar.x1 - bar.x0 - (bar.x1 - bar.x0 > 3 ? 1 : 0));
    ctx.rect(bar.x0, o.rowY(bar.row) + o.rowHeight - 6 - h, w, h);
  }
  ctx.fill();

  if (!o.drawMarks) return;
  // Spans first, points on top: a month or a year never hides the days inside it.
  const ordered = [...scene.marks.filter((m) => m.geometry.kind === "span"), ...scene.marks.filter((m) => m.geometry.kind === "point")];
  for (const m of ordered) {
    const y = o.rowY(m.row);
    const g = m.geometry;
    const color = m.id === o.activeId || m.id === o.selectedId ? style.markActive : style.mark;
    if (g.kind === "span") {
      ctx.fillStyle = barFill(ctx, g.x0, g.x1, g.startEdge, g.endEdge, color);
      ctx.fillRect(g.x0, y, g.x1 - g.x0, o.barHeight);
    } else {
      ctx.beginPath();
      ctx.arc(g.x, y + o.barHeight / 2, o.pointRadius, 0, Math.PI * 2);
      ctx.fillStyle = color;
      ctx.fill();
      if (g.startEdge !== "sharp" || g.endEdge !== "sharp") {
        ctx.strokeStyle = color;
        ctx.lineWidth = 1;
        ctx.globalAlpha = 0.4;
        ctx.beginPath();
        ctx.arc(g.x, y + o.barHeight / 2, o.pointRadius + 3, 0, Math.PI * 2);
        ctx.stroke();
        ctx.globalAlpha = 1;
      }
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
