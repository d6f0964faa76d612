"use client";
/**
 * The level-of-detail chart shell. The committed window is controlled by the parent (it lives in
 * the URL). A gesture (wheel, drag, pinch, zoom keys and buttons) moves a live window ahead of it
 * and draws each step on the canvas imperatively (`useLiveView`, `paintChart`); the parent and
 * this component re-render only when the view rests. A render lays the scene out with the pure
 * `buildScene`; density bars, many marks, label titles and gridlines go to the Canvas 2D layer,
 * the axis labels and few marks to SVG, the labels' "+N" to an HTML layer (`svgLayers`). Works
 * with mouse, touch (pinch, drag) and keyboard.
 *
 * A gesture step is kept small (`npm run bench:timeline`): text is measured and shortened once
 * (cached), the scene reuses what does not depend on the scale, only the rows on screen are
 * labelled and drawn, and the canvas never resizes while zooming.
 */
import { scaleUtc } from "d3";
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { TimelineView } from "@dateline/schema/timeline";
import { Axis } from "../Axis";
import { AXIS_HEIGHT, FONT_FAMILY, FONT_PX, LANE_HEIGHT, LANE_TOP, MARGIN_X, MIN_LANES, POINT_RADIUS, laneY } from "../constants";
import { axisTicks, type Tick } from "../d3/ticks";
import { formatViewRange } from "../d3/dateText";
import type { Bounds } from "../d3/scale";
import { useElementWidth } from "../useElementWidth";
import { useTextMeasure } from "../useTextMeasure";
import { rowsInBand } from "./band";
import { drawScene } from "./canvas";
import { paintChart, sceneDrawOptions, type PaintInput } from "./chartPaint";
import { eventDateText } from "./dates";
import { buildScene, type Scene, type SceneOptions } from "./scene";
import { chartToSvg, download, svgToPng } from "./snapshot";
import { ChartDefs, LabelLayer, LaneHeaders, SvgMarks, exportLabels, svgMarkId } from "./svgLayers";
import { useChartKeys } from "./useChartKeys";
import { useChartPointer } from "./useChartPointer";
import { useHeldMax } from "./useHeldMax";
import { useLiveView } from "./useLiveView";
import { useVisibleBand } from "./useVisibleBand";
import { sameWindow, windowAttribute, type ViewWindow } from "./viewWindow";

/** The server sends at most this many of the events reaching into the window from before it. */
const MAX_DRAWN_COVERING = 50;
/**
 * Above this many marks the Canvas layer draws them instead of SVG. SVG marks are elements that a
 * render moves and resizes one by one (300 of them cost a whole frame); the canvas draws any
 * number in a few paths.
 */
export const SVG_MAX_MARKS = 60;
/** Line height of the HTML "+N" (lod.css). */
const LABEL_LINE_PX = 12;
/** A chart with fewer rows than shown keeps its height until the view rests this long. */
const ROWS_HOLD_MS = 400;

export interface LodChartProps {
  readonly data: TimelineView | null;
  /** Committed visible window, epoch ms. */
  readonly domain: ViewWindow;
  /** The home view (Reset); one may zoom out to twice its span. */
  readonly home: ViewWindow;
  /** The view rested on a new window (after a gesture). */
  readonly onDomainChange: (domain: ViewWindow) => void;
  readonly activeId: string | null;
  readonly selectedId: string | null;
  readonly onActivate: (id: string | null) => void;
  readonly onSelect: (id: string) => void;
  readonly collapsed: ReadonlySet<string>;
  readonly loading: boolean;
  /** Called with the chart's width once measured (the data request depends on it). */
  readonly onWidth?: (width: number) => void;
  readonly label?: string;
  /** Extra toolbar content (search, export…). */
  readonly toolbar?: ReactNode;
}

const fmtCount = new Intl.NumberFormat("en-US");
const MemoAxis = memo(Axis);

/** Axis ticks of a window over the bounds. */
const ticksOf = (shown: ViewWindow, bounds: Bounds): Tick[] => axisTicks(scaleUtc().domain([shown[0], shown[1]]).range([bounds.x0, bounds.x1])).ticks;

/** The scene of `data` in the window `shown`; the scale is a plain affine map (called for every mark and bucket). */
function sceneOf(data: TimelineView, shown: ViewWindow, bounds: Bounds, options: SceneOptions): Scene {
  const t0 = performance.now();
  const k = (bounds.x1 - bounds.x0) / (shown[1] - shown[0]);
  const scene = buildScene(data, (ms: number) => bounds.x0 + (ms - shown[0]) * k, options);
  performance.measure("timeline:scene", { start: t0 });
  return scene;
}

export function LodChart(props: LodChartProps) {
  const { data, domain, home, onDomainChange, activeId, selectedId, onActivate, onSelect, collapsed, loading, onWidth } = props;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(containerRef, 960);
  const fonts = useTextMeasure(FONT_PX, FONT_FAMILY);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => onWidth?.(width), [width, onWidth]);
  const limits = useMemo(() => {
    const half = (home[1] - home[0]) / 2;
    return [home[0] - half, home[1] + half] as const;
  }, [home]);
  const bounds = useMemo(() => ({ x0: MARGIN_X, x1: width - MARGIN_X }), [width]);
  const ticks = useMemo(() => ticksOf(domain, bounds), [domain, bounds]);
  // Top of a 12 px line box (the HTML "+N") to the baseline its text shares with the canvas titles.
  const labelAscent = (LABEL_LINE_PX - (fonts.ascent + fonts.descent)) / 2 + fonts.ascent;
  // Only the rows on screen (and a margin) are labelled and drawn on the canvas.
  const band = useVisibleBand(containerRef);
  const sceneOptions = useMemo<SceneOptions>(() => {
    const labelRows = band ? rowsInBand(band, laneY, LANE_HEIGHT) : undefined;
    const text = { measure: fonts.regular.width, measureBold: fonts.bold.width, measureQuick: fonts.regular.quick };
    const truncate = (title: string, maxPx: number, bold: boolean) => (bold ? fonts.bold : fonts.regular).truncate(title, maxPx);
    const options = { bounds, ...text, truncate, collapsed, emphasize: activeId ?? selectedId, selected: selectedId, pointRadius: POINT_RADIUS };
    return labelRows ? { ...options, labelRows } : options;
  }, [band, bounds, fonts, collapsed, activeId, selectedId]);
  const scene = useMemo(() => (data ? sceneOf(data, domain, bounds, sceneOptions) : null), [data, domain, bounds, sceneOptions]);
  // The chart grows with its rows at once but shrinks only once the view rests.
  const rows = useHeldMax(Math.max(scene?.rows.length ?? 0, MIN_LANES), ROWS_HOLD_MS);
  const height = AXIS_HEIGHT + LANE_TOP + rows * LANE_HEIGHT;
  const svgMarks = scene !== null && data?.mode === "events" && scene.marks.length <= SVG_MAX_MARKS;
  const pixelRatio = typeof window === "undefined" ? 1 : Math.min(window.devicePixelRatio || 1, 2);
  const paintBase: Omit<PaintInput, "scene" | "ticks" | "moving"> = { width, height, band, pixelRatio, activeId, selectedId, svgMarks };

  /** A gesture step: the live window drawn on the canvas, the DOM layers hidden (they are stale). */
  const drawLive = (shown: ViewWindow) => {
    const [canvas, chart] = [canvasRef.current, containerRef.current];
    if (!canvas || !chart || !data) return;
    paintChart(canvas, { ...paintBase, scene: sceneOf(data, shown, bounds, sceneOptions), ticks: ticksOf(shown, bounds), moving: true });
    if (!chart.hasAttribute("data-moving")) chart.setAttribute("data-moving", "");
    // The window the chart shows, in the frame that shows it (the benchmark waits for it).
    chart.setAttribute("data-domain", windowAttribute(shown));
  };
  const restStart = useRef<number | null>(null);
  const restPaint = useRef<() => void>(() => undefined);
  const commit = useCallback(
    (rested: ViewWindow) => {
      restStart.current = performance.now();
      if (sameWindow(rested, domain)) restPaint.current();
      else onDomainChange(rested);
    },
    [domain, onDomainChange],
  );
  const view = useLiveView({ svgRef, domain, limits, bounds, draw: drawLive, commit });
  const reset = () => view.zoomTo(home);

  // The rested view: React's scene on the canvas, the DOM layers shown again, in the same frame.
  const firstDraw = useRef(false);
  restPaint.current = () => {
    const [canvas, chart] = [canvasRef.current, containerRef.current];
    if (!canvas || !chart || !scene) return;
    paintChart(canvas, { ...paintBase, scene, ticks, moving: false });
    chart.removeAttribute("data-moving");
    chart.setAttribute("data-domain", windowAttribute(domain));
    if (restStart.current !== null) performance.measure("timeline:rest", { start: restStart.current });
    restStart.current = null;
    // For the benchmark (time to first meaningful paint) and for devtools.
    if (!firstDraw.current) {
      firstDraw.current = true;
      performance.mark("timeline:first-draw", { detail: { marks: scene.marks.length, bars: scene.bars.length } });
    }
  };
  useLayoutEffect(() => {
    // New data or options while a gesture moves the view: redraw the live window, not this render's.
    if (view.moving()) drawLive(view.live.current);
    else restPaint.current();
    // drawLive and restPaint read this render's values; these are what they draw.
  }, [scene, ticks, width, height, band, pixelRatio, svgMarks, activeId, selectedId, view]);

  const onKeyDown = useChartKeys({ scene, activeId, bounds, view, reset, onActivate, onSelect, announce: setAnnouncement });

  const pointer = useChartPointer({ scene, domain, bounds, svgMarks, activeId, view, measureBadge: fonts.bold.width, onActivate, onSelect });

  const [d0, d1] = [new Date(domain[0]), new Date(domain[1])];
  const exportView = (format: "svg" | "png") => {
    if (!svgRef.current) return;
    // The whole chart, not just the band on screen: every row labelled, on a canvas of its size.
    const full = data ? sceneOf(data, domain, bounds, { ...sceneOptions, labelRows: undefined }) : null;
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const ctx = canvas.getContext("2d");
    if (ctx && full) drawScene(ctx, full, { ...sceneDrawOptions({ ...paintBase, ticks, moving: false }), height });
    const text = chartToSvg(svgRef.current, canvas, full ? exportLabels(full, selectedId) : []);
    const name = `dateline-${d0.toISOString().slice(0, 10)}-${d1.toISOString().slice(0, 10)}.${format}`;
    if (format === "svg") download(new Blob([text], { type: "image/svg+xml" }), name);
    else void svgToPng(text, width, height).then((blob) => download(blob, name));
  };

  const activeMark = scene?.marks.find((m) => m.id === activeId);
  const centreX = activeMark ? (activeMark.geometry.kind === "point" ? activeMark.geometry.x : (activeMark.geometry.x0 + activeMark.geometry.x1) / 2) : 0;
  const tooltipX = Math.min(Math.max(centreX, 120), width - 120);

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-toolbar">
        <p className="view-range" data-testid="view-range">
          {formatViewRange([d0, d1])}
        </p>
        {loading && <span className="lod-loading" role="status">Loading…</span>}
        {data?.mode === "events" && data.covering > 0 && (
          <span className="lod-covering" data-testid="covering">
            +{fmtCount.format(data.covering)} longer events (months, years, ranges) cover this view
            {data.covering > MAX_DRAWN_COVERING ? `; the ${MAX_DRAWN_COVERING} most important are drawn` : ""}
          </span>
        )}
        <div className="zoom-buttons" role="group" aria-label="Zoom">
          <button type="button" onClick={() => view.zoomBy(2)} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => view.zoomBy(0.5)} aria-label="Zoom out">
            −
          </button>
          <button type="button" onClick={reset}>
            Reset
          </button>
        </div>
        <div className="lod-exports" role="group" aria-label="Export the view">
          <button type="button" onClick={() => exportView("svg")}>
            SVG
          </button>
          <button type="button" onClick={() => exportView("png")}>
            PNG
          </button>
        </div>
        {props.toolbar}
      </div>
      <div className="timeline-chart lod-chart" ref={containerRef} data-mode={data?.mode ?? "loading"} data-unit={data?.unit ?? ""} data-domain={windowAttribute(domain)} aria-busy={loading}>
        <div className="lod-canvas-clip" style={{ width, height }}>
          <canvas ref={canvasRef} className="lod-canvas" aria-hidden="true" data-testid="timeline-canvas" />
        </div>
        <svg
          ref={svgRef}
          className="timeline-svg lod-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="application"
          aria-roledescription="timeline"
          aria-label={props.label ?? `Timeline, ${fmtCount.format(data?.total ?? 0)} events from ${d0.toISOString().slice(0, 10)} to ${d1.toISOString().slice(0, 10)}`}
          aria-describedby={`${uid}-help`}
          aria-activedescendant={activeMark && svgMarks ? svgMarkId(uid, activeMark.id) : undefined}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onPointerMove={pointer.onPointerMove}
          onPointerLeave={pointer.onPointerLeave}
          onClickCapture={pointer.onClickCapture}
          onClick={pointer.onClick}
          data-testid="timeline-chart"
        >
          <ChartDefs uid={uid} x0={bounds.x0} x1={bounds.x1} />
          <MemoAxis ticks={ticks} bounds={bounds} />
          {scene && scene.groups.length > 1 && <LaneHeaders groups={scene.groups} x={bounds.x0 + 2} />}
          <g clipPath={`url(#${uid}-clip)`}>
            {scene && svgMarks && <SvgMarks uid={uid} marks={scene.marks} activeId={activeId} selectedId={selectedId} onActivate={onActivate} onSelect={onSelect} />}
          </g>
        </svg>
        {scene && <LabelLayer labels={scene.labels} ascent={labelAscent} width={width} height={height} />}
        {activeMark && (
          <div className="timeline-tooltip" role="tooltip" style={{ left: tooltipX, top: laneY(activeMark.row) + 36 }}>
            <strong>{activeMark.event.title}</strong>
            <span>{eventDateText(activeMark.event)}</span>
            {activeMark.hiddenInCell > 0 && <span>and {fmtCount.format(activeMark.hiddenInCell)} more in this bucket</span>}
          </div>
        )}
        {pointer.hoverBar && !activeMark && (
          <div className="timeline-tooltip" role="tooltip" style={{ left: Math.min(Math.max(pointer.hoverBar.x, 120), width - 120), top: pointer.hoverBar.y + 16 }}>
            <strong>{fmtCount.format(pointer.hoverBar.count)} events</strong>
            <span>Click to zoom in</span>
          </div>
        )}
        <p id={`${uid}-help`} className="timeline-help">
          Scroll or pinch to zoom, drag to pan. Keyboard: ← → move between events, Shift + ← → pan, + − zoom, 0 resets, Enter opens details.
          Dense periods show counts per {data?.unit ?? "bucket"}; click one to zoom in.
        </p>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </div>
    </section>
  );
}
