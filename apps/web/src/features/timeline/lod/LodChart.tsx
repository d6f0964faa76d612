"use client";
/**
 * The level-of-detail chart shell. The visible window is controlled by the parent (it lives in
 * the URL); d3-zoom only reports gestures. Each render lays the scene out with the pure
 * `buildScene`, then dense layers (density bars, and marks when there are many) go to a Canvas
 * 2D layer and the rest (axis, labels, few marks) to SVG. Works with mouse, touch (pinch, drag)
 * and keyboard.
 */
import { scaleUtc, select, zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from "d3";
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type ReactNode } from "react";
import type { TimelineEvent, TimelineView } from "@dateline/schema/timeline";
import { Axis } from "../Axis";
import { EDGE_GRADIENTS } from "../Marks";
import { AXIS_HEIGHT, BAR_HEIGHT, FONT_FAMILY, FONT_PX, LABEL_OFFSET, LANE_HEIGHT, LANE_TOP, MARGIN_X, MIN_LANES, POINT_RADIUS, laneY } from "../constants";
import { axisTicks } from "../d3/ticks";
import { formatViewRange } from "../d3/dateText";
import type { Edge } from "../d3/marks";
import { useElementWidth } from "../useElementWidth";
import { useTextMeasure } from "../useTextMeasure";
import { drawScene, hitTest, type DrawOptions } from "./canvas";
import { eventDateText } from "./dates";
import { buildScene, type SceneMark } from "./scene";
import { chartToSvg, download, svgToPng } from "./snapshot";

/** The server sends at most this many of the events reaching into the window from before it. */
const MAX_DRAWN_COVERING = 50;
/** Above this many marks the Canvas layer draws them instead of SVG. */
export const SVG_MAX_MARKS = 300;
const MIN_VISIBLE_MS = 3_600_000;

export interface LodChartProps {
  readonly data: TimelineView | null;
  /** Visible window, epoch ms. */
  readonly domain: readonly [number, number];
  /** The home view (Reset); one may zoom out to twice its span. */
  readonly home: readonly [number, number];
  readonly onDomainChange: (domain: readonly [number, number]) => void;
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

/** The zoom transform that shows `domain` on a base scale over `limits`. */
function transformFor(domain: readonly [number, number], limits: readonly [number, number], x0: number, x1: number): ZoomTransform {
  const base = (ms: number) => x0 + ((ms - limits[0]) / (limits[1] - limits[0])) * (x1 - x0);
  const k = (x1 - x0) / (base(domain[1]) - base(domain[0]));
  return zoomIdentity.translate(x0 - k * base(domain[0]), 0).scale(k);
}

export function LodChart(props: LodChartProps) {
  const { data, domain, home, onDomainChange, activeId, selectedId, onActivate, onSelect, collapsed, loading, onWidth } = props;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(containerRef, 960);
  const measure = useTextMeasure(FONT_PX, FONT_FAMILY);
  const [announcement, setAnnouncement] = useState("");
  const [hoverBar, setHoverBar] = useState<{ x: number; y: number; count: number } | null>(null);

  useEffect(() => onWidth?.(width), [width, onWidth]);
  const limits = useMemo(() => {
    const half = (home[1] - home[0]) / 2;
    return [home[0] - half, home[1] + half] as const;
  }, [home]);
  const bounds = useMemo(() => ({ x0: MARGIN_X, x1: width - MARGIN_X }), [width]);
  const x = useMemo(() => scaleUtc().domain([domain[0], domain[1]]).range([bounds.x0, bounds.x1]), [domain, bounds]);
  const ticks = useMemo(() => axisTicks(x).ticks, [x]);
  const scene = useMemo(() => {
    if (!data) return null;
    const t0 = performance.now();
    const built = buildScene(data, (ms) => x(ms), { bounds, measure, collapsed, emphasize: activeId ?? selectedId, pointRadius: POINT_RADIUS });
    performance.measure("timeline:scene", { start: t0 });
    return built;
  }, [data, x, bounds, measure, collapsed, activeId, selectedId]);
  const rows = Math.max(scene?.rows.length ?? 0, MIN_LANES);
  const height = AXIS_HEIGHT + LANE_TOP + rows * LANE_HEIGHT;
  const svgMarks = scene !== null && data?.mode === "events" && scene.marks.length <= SVG_MAX_MARKS;

  // Zoom: the base scale spans `limits`; the transform is synced to the controlled domain.
  const behavior = useMemo<ZoomBehavior<SVGSVGElement, unknown>>(() => {
    const span = limits[1] - limits[0];
    return zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, Math.max(1, span / MIN_VISIBLE_MS)])
      .extent([[bounds.x0, 0], [bounds.x1, 1]])
      .translateExtent([[bounds.x0, -Infinity], [bounds.x1, Infinity]]);
  }, [limits, bounds]);
  const emitted = useRef<readonly [number, number] | null>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const selection = select(svg);
    behavior.on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const t = event.transform;
      const base = (px: number) => limits[0] + ((px - bounds.x0) / (bounds.x1 - bounds.x0)) * (limits[1] - limits[0]);
      const next = [base(t.invertX(bounds.x0)), base(t.invertX(bounds.x1))] as const;
      emitted.current = next;
      onDomainChange(next);
    });
    selection.call(behavior).on("dblclick.zoom", null);
    return () => {
      selection.on(".zoom", null);
    };
  }, [behavior, limits, bounds, onDomainChange]);
  useEffect(() => {
    const svg = svgRef.current;
    const last = emitted.current;
    if (!svg || (last && Math.abs(last[0] - domain[0]) < 1 && Math.abs(last[1] - domain[1]) < 1)) return;
    emitted.current = domain;
    // Sync d3-zoom's internal state to a domain set from outside (URL, back/forward, search).
    select(svg).property("__zoom", transformFor(domain, limits, bounds.x0, bounds.x1));
  }, [domain, limits, bounds]);

  // Canvas layer.
  const firstDraw = useRef(false);
  const drawOptions = useMemo<DrawOptions>(
    () => ({
      width,
      height,
      pixelRatio: typeof window === "undefined" ? 1 : Math.min(window.devicePixelRatio || 1, 2),
      rowY: laneY,
      rowHeight: LANE_HEIGHT,
      barHeight: BAR_HEIGHT,
      pointRadius: POINT_RADIUS,
      drawMarks: !svgMarks,
      activeId,
      selectedId,
    }),
    [width, height, svgMarks, activeId, selectedId],
  );
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx || !scene) return;
    const w = Math.round(drawOptions.width * drawOptions.pixelRatio);
    const h = Math.round(drawOptions.height * drawOptions.pixelRatio);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    const t0 = performance.now();
    drawScene(ctx, scene, drawOptions);
    performance.measure("timeline:draw", { start: t0 });
    // For the benchmark (time to first meaningful paint) and for devtools.
    if (!firstDraw.current) {
      firstDraw.current = true;
      performance.mark("timeline:first-draw", { detail: { marks: scene.marks.length, bars: scene.bars.length } });
    }
  }, [scene, drawOptions]);

  const zoomBy = useCallback(
    (factor: number, at?: number) => {
      if (svgRef.current) behavior.scaleBy(select(svgRef.current), factor, [at ?? (bounds.x0 + bounds.x1) / 2, 0]);
    },
    [behavior, bounds],
  );
  const panBy = useCallback(
    (px: number) => {
      if (svgRef.current) behavior.translateBy(select(svgRef.current), px / zoomTransform(svgRef.current).k, 0);
    },
    [behavior],
  );
  const reset = useCallback(() => {
    if (svgRef.current) behavior.transform(select(svgRef.current), transformFor(home, limits, bounds.x0, bounds.x1));
  }, [behavior, home, limits, bounds]);
  useEffect(() => {
    // Keep d3-zoom's state in step when the limits change (new data extent).
    if (svgRef.current) select(svgRef.current).property("__zoom", transformFor(domain, limits, bounds.x0, bounds.x1));
  }, [limits, bounds]);
  const zoomTo = useCallback(
    (from: number, to: number) => {
      if (svgRef.current) behavior.transform(select(svgRef.current), transformFor([from, to], limits, bounds.x0, bounds.x1));
    },
    [behavior, limits, bounds],
  );

  const ordered = useMemo(() => (scene ? [...scene.marks].sort((a, b) => a.event.start - b.event.start || (a.id < b.id ? -1 : 1)) : []), [scene]);
  // The focused event, kept while zooming even when the next data no longer draws it.
  const focused = useRef<TimelineEvent | null>(null);
  const move = (to: number) => {
    const target = ordered[Math.min(Math.max(to, 0), ordered.length - 1)];
    if (!target) return;
    focused.current = target.event;
    onActivate(target.id);
    setAnnouncement(`${target.event.title}, ${eventDateText(target.event)}. Event ${ordered.indexOf(target) + 1} of ${ordered.length} shown.`);
  };
  const centreX = (m: SceneMark | undefined) => (m ? (m.geometry.kind === "point" ? m.geometry.x : (m.geometry.x0 + m.geometry.x1) / 2) : undefined);
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const index = activeId ? ordered.findIndex((m) => m.id === activeId) : -1;
    const active = index >= 0 ? ordered[index] : undefined;
    const kept = focused.current?.id === activeId ? focused.current : null;
    const focusX = active ? centreX(active) : kept ? x((kept.start + kept.end) / 2) : undefined;
    switch (e.key) {
      case "+":
      case "=":
        zoomBy(2, focusX);
        break;
      case "-":
      case "_":
        zoomBy(0.5, focusX);
        break;
      case "0":
        reset();
        break;
      case "ArrowRight":
        if (e.shiftKey) panBy(-(bounds.x1 - bounds.x0) / 5);
        else move(index < 0 ? 0 : index + 1);
        break;
      case "ArrowLeft":
        if (e.shiftKey) panBy((bounds.x1 - bounds.x0) / 5);
        else move(index < 0 ? ordered.length - 1 : index - 1);
        break;
      case "Home":
        move(0);
        break;
      case "End":
        move(ordered.length - 1);
        break;
      case "Enter":
      case " ":
        if (!active) return;
        onSelect(active.id);
        break;
      case "Escape":
        onActivate(null);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  // Canvas marks and density bars are hit-tested; SVG marks handle their own events.
  const hitOptions = { rowY: laneY, rowHeight: LANE_HEIGHT, pointRadius: POINT_RADIUS };
  const locate = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { px: e.clientX - rect.left, py: e.clientY - rect.top };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!scene || e.buttons !== 0) return;
    const { px, py } = locate(e);
    const hit = hitTest(svgMarks ? { ...scene, marks: [] } : scene, px, py, hitOptions);
    if (hit?.kind === "mark") {
      setHoverBar(null);
      if (hit.id !== activeId) onActivate(hit.id);
    } else if (hit?.kind === "bar") {
      setHoverBar({ x: px, y: py, count: hit.count });
    } else {
      setHoverBar(null);
    }
  };
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    if (!scene || e.defaultPrevented) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - rect.left;
    const py = e.clientY - rect.top;
    const hit = hitTest(svgMarks ? { ...scene, marks: [] } : scene, px, py, hitOptions);
    if (hit?.kind === "mark") onSelect(hit.id);
    else if (hit?.kind === "bar" && data) {
      // Zoom into the bucket under the pointer.
      const bar = scene.bars.find((b) => px >= b.x0 && px < Math.max(b.x1, b.x0 + 2));
      if (bar) zoomTo(x.invert(bar.x0).getTime(), x.invert(Math.max(bar.x1, bar.x0 + 2)).getTime());
    }
  };

  const exportView = (format: "svg" | "png") => {
    if (!svgRef.current) return;
    const text = chartToSvg(svgRef.current, canvasRef.current);
    const name = `dateline-${d0.toISOString().slice(0, 10)}-${d1.toISOString().slice(0, 10)}.${format}`;
    if (format === "svg") download(new Blob([text], { type: "image/svg+xml" }), name);
    else void svgToPng(text, width, height).then((blob) => download(blob, name));
  };

  const gradientId = (start: Edge, end: Edge) => `${uid}-edge-${start}-${end}`;
  const activeMark = scene?.marks.find((m) => m.id === activeId);
  const tooltipX = activeMark ? Math.min(Math.max(centreX(activeMark) ?? 0, 120), width - 120) : 0;
  const [d0, d1] = [new Date(domain[0]), new Date(domain[1])];

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
          <button type="button" onClick={() => zoomBy(2)} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => zoomBy(0.5)} aria-label="Zoom out">
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
    <div className="timeline-chart lod-chart" ref={containerRef} data-mode={data?.mode ?? "loading"} data-unit={data?.unit ?? ""} data-domain={`${Math.round(domain[0])},${Math.round(domain[1])}`} aria-busy={loading}>
      <canvas ref={canvasRef} className="lod-canvas" style={{ width, height }} aria-hidden="true" data-testid="timeline-canvas" />
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
        aria-activedescendant={activeMark && svgMarks ? `${uid}-mark-${activeMark.id}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHoverBar(null)}
        onClick={onClick}
        data-testid="timeline-chart"
      >
        <defs>
          {EDGE_GRADIENTS.map(({ start, end, stops }) => (
            <linearGradient key={`${start}-${end}`} id={gradientId(start, end)}>
              {stops.map(([offset, opacity]) => (
                <stop key={offset} className="edge-stop" offset={offset} stopOpacity={opacity} />
              ))}
            </linearGradient>
          ))}
          <clipPath id={`${uid}-clip`}>
            <rect x={bounds.x0 - POINT_RADIUS} y={0} width={bounds.x1 - bounds.x0 + 2 * POINT_RADIUS} height={height} />
          </clipPath>
        </defs>
        <Axis ticks={ticks} bounds={bounds} height={height} />
        {scene && scene.groups.length > 1 && (
          <g className="lane-headers" aria-hidden="true">
            {scene.groups.map((g) => (
              <text key={g.key} className="lane-header" x={bounds.x0 + 2} y={laneY(g.row) + 2}>
                {g.key || "(no tag)"} · {fmtCount.format(g.count)}
                {g.collapsed ? " (collapsed)" : ""}
              </text>
            ))}
          </g>
        )}
        <g clipPath={`url(#${uid}-clip)`}>
          {scene && svgMarks && (
            <g className="marks">
              {[...scene.marks].sort((a, b) => (a.geometry.kind === b.geometry.kind ? 0 : a.geometry.kind === "span" ? -1 : 1)).map((m) => {
                const y = laneY(m.row);
                const g = m.geometry;
                const fill = g.startEdge === "sharp" && g.endEdge === "sharp" ? undefined : `url(#${gradientId(g.startEdge, g.endEdge)})`;
                const classes = ["mark", `mark-${g.kind}`, m.id === activeId && "is-active", m.id === selectedId && "is-selected"];
                const hitX0 = g.kind === "point" ? Math.min(g.x - POINT_RADIUS, g.x0) : g.x0;
                const hitX1 = g.kind === "point" ? Math.max(g.x + POINT_RADIUS, g.x1) : g.x1;
                return (
                  <g
                    key={m.id}
                    id={`${uid}-mark-${m.id}`}
                    className={classes.filter(Boolean).join(" ")}
                    role="img"
                    aria-label={`${m.event.title}, ${eventDateText(m.event)}`}
                    data-event-id={m.id}
                    onMouseEnter={() => onActivate(m.id)}
                    onMouseLeave={() => onActivate(null)}
                    onClick={(e) => {
                      e.preventDefault();
                      onSelect(m.id);
                    }}
                  >
                    {g.kind === "span" ? (
                      <rect className="mark-bar" x={g.x0} y={y} width={g.x1 - g.x0} height={BAR_HEIGHT} rx={2} fill={fill} />
                    ) : (
                      <>
                        {g.x1 - g.x0 > 2 * POINT_RADIUS + 2 && <rect className="mark-day-band" x={g.x0} y={y - 2} width={g.x1 - g.x0} height={BAR_HEIGHT + 4} rx={2} />}
                        <circle className={g.startEdge === "sharp" && g.endEdge === "sharp" ? "mark-dot" : "mark-dot mark-dot-fuzzy"} cx={g.x} cy={y + BAR_HEIGHT / 2} r={POINT_RADIUS} />
                      </>
                    )}
                    <rect className="mark-hit" x={hitX0 - 4} y={y - 6} width={hitX1 - hitX0 + 8} height={BAR_HEIGHT + 12} />
                  </g>
                );
              })}
            </g>
          )}
          {scene && (
            <g className="labels" aria-hidden="true">
              {scene.labels.placed.map((label) => (
                <text
                  key={label.id}
                  className={label.id === selectedId ? "mark-label is-selected" : "mark-label"}
                  x={label.x}
                  y={laneY(label.lane) + LABEL_OFFSET}
                  data-event-id={label.id}
                  onClick={(e) => {
                    e.preventDefault();
                    onSelect(label.id);
                  }}
                >
                  {label.text}
                  {label.more > 0 && (
                    <tspan className="label-more" dx={6}>
                      +{fmtCount.format(label.more)}
                    </tspan>
                  )}
                </text>
              ))}
              {scene.labels.badges.map((badge) => (
                <text key={`badge-${badge.lane}`} className="label-more" x={badge.x} y={laneY(badge.lane) + LABEL_OFFSET}>
                  +{fmtCount.format(badge.count)}
                </text>
              ))}
            </g>
          )}
        </g>
      </svg>
      {activeMark && (
        <div className="timeline-tooltip" role="tooltip" style={{ left: tooltipX, top: laneY(activeMark.row) + 36 }}>
          <strong>{activeMark.event.title}</strong>
          <span>{eventDateText(activeMark.event)}</span>
          {activeMark.hiddenInCell > 0 && <span>and {fmtCount.format(activeMark.hiddenInCell)} more in this bucket</span>}
        </div>
      )}
      {hoverBar && !activeMark && (
        <div className="timeline-tooltip" role="tooltip" style={{ left: Math.min(Math.max(hoverBar.x, 120), width - 120), top: hoverBar.y + 16 }}>
          <strong>{fmtCount.format(hoverBar.count)} events</strong>
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
