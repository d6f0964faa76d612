/**
 * The chart's canvas layer, drawn imperatively: sized to the band of the chart on screen, then
 * gridlines, density bars, canvas marks and label titles. While a gesture moves the view the DOM
 * layers (SVG axis labels, lane headers and marks, the HTML "+N") are hidden and still show the
 * last rested view, so the canvas also draws what they show (`moving`): one canvas draw per frame
 * instead of a React render of the whole chart.
 */
import { AXIS_HEIGHT, BAR_HEIGHT, FONT_FAMILY, FONT_PX, LABEL_OFFSET, LANE_HEIGHT, MARGIN_X, POINT_RADIUS, laneY } from "../constants";
import type { Tick } from "../d3/ticks";
import { labelFont } from "../useTextMeasure";
import type { Band } from "./band";
import { DEFAULT_CANVAS_STYLE, drawLabels, drawScene, setFont, type DrawOptions } from "./canvas";
import { BADGE_GAP_PX, badgeText, type Scene, type SceneLabel } from "./scene";

const LABEL_FONT = labelFont(FONT_PX, FONT_FAMILY);
const LABEL_FONT_BOLD = labelFont(FONT_PX, FONT_FAMILY, 600);
/** Lane headers (`.lane-header` in lod.css). */
const HEADER_FONT = labelFont(11, FONT_FAMILY, 600);
/** Rows of room the canvas keeps below what it must cover, so that it rarely reallocates. */
const CANVAS_HEADROOM_PX = 4 * LANE_HEIGHT;

/** Baseline of a label row. */
export const labelBaseline = (lane: number) => laneY(lane) + LABEL_OFFSET;
/** Where a label's "+N" starts. */
export const badgeX = (label: SceneLabel) => label.x + label.textWidth + BADGE_GAP_PX;

/** Where the canvas sits: the band of the chart on screen (all of it until the band is known). */
export function canvasBand(band: Band | null, chartHeight: number): { top: number; height: number } {
  if (!band) return { top: 0, height: chartHeight };
  const top = Math.min(band.top, chartHeight);
  return { top, height: Math.max(0, Math.min(band.bottom, chartHeight) - top) };
}

export interface PaintInput {
  readonly scene: Scene;
  /** Axis ticks of the scene's window (gridlines; their labels too while moving). */
  readonly ticks: readonly Tick[];
  /** The chart's size, CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly band: Band | null;
  readonly pixelRatio: number;
  readonly activeId: string | null;
  readonly selectedId: string | null;
  /** The SVG layer draws the marks at rest (few of them). */
  readonly svgMarks: boolean;
  /** A gesture is under way: the DOM layers are hidden and the canvas draws their content. */
  readonly moving: boolean;
}

/** The drawing options of the scene layer (also used for the exports). */
export function sceneDrawOptions(input: Pick<PaintInput, "width" | "pixelRatio" | "svgMarks" | "moving" | "activeId" | "selectedId" | "ticks">): Omit<DrawOptions, "height"> {
  return {
    width: input.width,
    pixelRatio: input.pixelRatio,
    rowY: laneY,
    rowHeight: LANE_HEIGHT,
    barHeight: BAR_HEIGHT,
    pointRadius: POINT_RADIUS,
    drawMarks: input.moving || !input.svgMarks,
    activeId: input.activeId,
    selectedId: input.selectedId,
    grid: input.ticks,
    gridTop: AXIS_HEIGHT - 6,
  };
}

/**
 * Sizes the canvas to the band on screen and draws `input.scene` on it. The backing store keeps
 * some room and is not resized to the pixel: resizing a canvas reallocates and clears it, which
 * costs more than the whole draw, and the number of rows changes often while zooming (a clip
 * element around the canvas cuts it to the chart's height).
 */
export function paintChart(canvas: HTMLCanvasElement, input: PaintInput): void {
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  const { pixelRatio, width } = input;
  const { top, height } = canvasBand(input.band, input.height);
  const w = Math.round(width * pixelRatio);
  if (canvas.width !== w) {
    canvas.width = w;
    canvas.style.width = `${width}px`;
  }
  const h = Math.round(height * pixelRatio);
  if (canvas.height < h || canvas.height > 2 * h + CANVAS_HEADROOM_PX * pixelRatio) {
    // Room for a few more rows, so that growing row by row does not reallocate every time; far
    // too tall (the band shrank: a first draw covers the whole chart), it shrinks once.
    canvas.height = h + Math.round(CANVAS_HEADROOM_PX * pixelRatio);
    canvas.style.height = `${canvas.height / pixelRatio}px`;
  }
  const shift = `translateY(${top}px)`;
  if (canvas.style.transform !== shift) canvas.style.transform = shift;
  const t0 = performance.now();
  drawScene(ctx, input.scene, { ...sceneDrawOptions(input), top, height: canvas.height / pixelRatio });
  const labels = { pixelRatio, top, height, baseline: labelBaseline, font: LABEL_FONT, boldFont: LABEL_FONT_BOLD, color: DEFAULT_CANVAS_STYLE.text };
  drawLabels(ctx, input.scene.labels.placed, labels);
  if (input.moving) drawDomLayers(ctx, input, top, height);
  performance.measure("timeline:draw", { start: t0 });
}

type TextContext = Parameters<typeof drawLabels>[0];

/** What the hidden DOM layers show, as canvas text: axis tick labels, lane headers, "+N". */
function drawDomLayers(ctx: TextContext, input: PaintInput, top: number, height: number): void {
  const style = DEFAULT_CANVAS_STYLE;
  const inBand = (y: number) => y > top - 20 && y < top + height + 20;
  ctx.textAlign = "left";
  ctx.textBaseline = "alphabetic";
  const tickY = AXIS_HEIGHT - 10;
  if (inBand(tickY)) {
    for (const major of [false, true]) {
      setFont(ctx, major ? LABEL_FONT_BOLD : LABEL_FONT);
      ctx.fillStyle = major ? style.text : style.muted;
      for (const tick of input.ticks) if (tick.major === major) ctx.fillText(tick.label, tick.x + 4, tickY);
    }
  }
  ctx.fillStyle = style.muted;
  setFont(ctx, LABEL_FONT_BOLD);
  for (const label of input.scene.labels.placed) {
    if (label.more > 0 && inBand(labelBaseline(label.lane))) ctx.fillText(badgeText(label.more), badgeX(label), labelBaseline(label.lane));
  }
  for (const badge of input.scene.labels.badges) {
    if (inBand(labelBaseline(badge.lane))) ctx.fillText(badgeText(badge.count), badge.x, labelBaseline(badge.lane));
  }
  const groups = input.scene.groups;
  if (groups.length > 1) {
    ctx.textBaseline = "hanging";
    setFont(ctx, HEADER_FONT);
    for (const g of groups) if (inBand(laneY(g.row))) ctx.fillText(laneHeaderText(g), MARGIN_X + 2, laneY(g.row) + 2);
    ctx.textBaseline = "alphabetic";
  }
}

const fmtCount = new Intl.NumberFormat("en-US");

/** The text of a lane group's header. */
export const laneHeaderText = (g: Scene["groups"][number]) => `${g.key || "(no tag)"} · ${fmtCount.format(g.count)}${g.collapsed ? " (collapsed)" : ""}`;
