"use client";
/**
 * The level-of-detail chart shell. The visible window is controlled by the parent (it lives in
 * the URL); d3-zoom only reports gestures. Each render lays the scene out with the pure
 * `buildScene`, then density bars, many marks and the label titles go to a Canvas 2D layer, the
 * axis and few marks to SVG, and the labels' "+N" to an HTML layer on top. Works with mouse,
 * touch (pinch, drag) and keyboard.
 *
 * Zooming renders on every frame, so a frame's work is kept small (measured with
 * `npm run bench:timeline`): text is measured and shortened once (cached), the scene reuses what
 * does not depend on the scale, only the rows on screen are labelled and drawn, the canvas draws a
 * few paths and never resizes while zooming, titles are canvas text (re-laying out hundreds of
 * SVG or HTML text nodes per frame cost more than the rest of the frame), and the "+N" spans move
 * by transform.
 */
import { scaleUtc, select, zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from "d3";
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type ReactNode } from "react";
import type { TimelineEvent, TimelineView } from "@dateline/schema/timeline";
import { Axis } from "../Axis";
import { EDGE_GRADIENTS } from "../Marks";
import { AXIS_HEIGHT, BAR_HEIGHT, FONT_FAMILY, FONT_PX, LABEL_OFFSET, LANE_HEIGHT, LANE_TOP, MARGIN_X, MIN_LANES, POINT_RADIUS, laneY } from "../constants";
import { axisTicks } from "../d3/ticks";
import { formatViewRange } from "../d3/dateText";
import type { Edge } from "../d3/marks";
import { useElementWidth } from "../useElementWidth";
import { labelFont, useTextMeasure } from "../useTextMeasure";
import { rowsInBand } from "./band";
import { DEFAULT_CANVAS_STYLE, drawLabels, drawScene, hitTest, type DrawOptions } from "./canvas";
import { eventDateText } from "./dates";
import { BADGE_GAP_PX, badgeText, buildScene, type Scene, type SceneMark } from "./scene";
import { chartToSvg, download, svgToPng, type ExportLabel } from "./snapshot";
import { useHeldMax } from "./useHeldMax";
import { useVisibleBand } from "./useVisibleBand";

/** The server sends at most this many of the events reaching into the window from before it. */
const MAX_DRAWN_COVERING = 50;
/**
 * Above this many marks the Canvas layer draws them instead of SVG. SVG marks are elements that a
 * zoom frame moves and resizes one by one (300 of them cost a whole frame); the canvas draws any
 * number in a few paths.
 */
export const SVG_MAX_MARKS = 60;
const MIN_VISIBLE_MS = 3_600_000;
/** Line height of the HTML "+N" (lod.css). */
const LABEL_LINE_PX = 12;
const LABEL_FONT = labelFont(FONT_PX, FONT_FAMILY);
const LABEL_FONT_BOLD = labelFont(FONT_PX, FONT_FAMILY, 600);
/** Height of the marks' clip rectangle: taller than any chart. */
const CLIP_HEIGHT = 1_000_000;
/** Rows of room the canvas keeps below what it must cover, so that it rarely reallocates. */
const CANVAS_HEADROOM_PX = 4 * LANE_HEIGHT;
/** A chart with fewer rows than shown keeps its height until the view rests this long. */
const ROWS_HOLD_MS = 400;

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
const MemoAxis = memo(Axis);

const gradientIdOf = (uid: string, start: Edge, end: Edge) => `${uid}-edge-${start}-${end}`;

/** Edge gradients and the marks' clip: the same on every frame. */
const ChartDefs = memo(function ChartDefs({ uid, x0, x1 }: { uid: string; x0: number; x1: number }) {
  return (
    <defs>
      {EDGE_GRADIENTS.map(({ start, end, stops }) => (
        <linearGradient key={`${start}-${end}`} id={gradientIdOf(uid, start, end)}>
          {stops.map(([offset, opacity]) => (
            <stop key={offset} className="edge-stop" offset={offset} stopOpacity={opacity} />
          ))}
        </linearGradient>
      ))}
      <clipPath id={`${uid}-clip`}>
        {/* Clips left and right only: a height that follows the rows would invalidate every mark it clips. */}
        <rect x={x0 - POINT_RADIUS} y={0} width={x1 - x0 + 2 * POINT_RADIUS} height={CLIP_HEIGHT} />
      </clipPath>
    </defs>
  );
});

/** Lane group names and counts; re-rendered only when the groups change, not on every frame. */
const LaneHeaders = memo(
  function LaneHeaders({ groups, x }: { groups: Scene["groups"]; x: number }) {
    return (
      <g className="lane-headers" aria-hidden="true">
        {groups.map((g) => (
          <text key={g.key} className="lane-header" x={x} y={laneY(g.row) + 2}>
            {`${g.key || "(no tag)"} · ${fmtCount.format(g.count)}${g.collapsed ? " (collapsed)" : ""}`}
          </text>
        ))}
      </g>
    );
  },
  (a, b) =>
    a.x === b.x &&
    a.groups.length === b.groups.length &&
    a.groups.every((g, i) => {
      const h = b.groups[i];
      return h !== undefined && g.key === h.key && g.count === h.count && g.collapsed === h.collapsed && g.row === h.row;
    }),
);

interface SvgMarkProps {
  readonly mark: SceneMark;
  readonly domId: string;
  readonly gradient: string | undefined;
  readonly active: boolean;
  readonly selected: boolean;
  readonly onActivate: (id: string | null) => void;
  readonly onSelect: (id: string) => void;
}

const sameMark = (a: SvgMarkProps, b: SvgMarkProps) => {
  const [g, h] = [a.mark.geometry, b.mark.geometry];
  return (
    a.mark.id === b.mark.id &&
    a.mark.row === b.mark.row &&
    a.mark.event === b.mark.event &&
    g.kind === h.kind &&
    g.x0 === h.x0 &&
    g.x1 === h.x1 &&
    (g.kind !== "point" || h.kind !== "point" || g.x === h.x) &&
    a.domId === b.domId &&
    a.gradient === b.gradient &&
    a.active === b.active &&
    a.selected === b.selected &&
    a.onActivate === b.onActivate &&
    a.onSelect === b.onSelect
  );
};

/**
 * One event as SVG (few marks): a group moved by `transform` whose shapes are drawn relative to
 * it, so a pan changes one attribute per mark and a zoom only the widths of bars and bands.
 */
const SvgMark = memo(function SvgMark({ mark: m, domId, gradient, active, selected, onActivate, onSelect }: SvgMarkProps) {
  const g = m.geometry;
  const y = laneY(m.row);
  const origin = g.kind === "point" ? g.x : g.x0;
  // Hit area relative to the origin: the disc (or the day, when wider) and 4 px around it.
  const hitX0 = g.kind === "point" ? Math.min(-POINT_RADIUS, g.x0 - g.x) : 0;
  const hitX1 = g.kind === "point" ? Math.max(POINT_RADIUS, g.x1 - g.x) : g.x1 - g.x0;
  const classes = ["mark", `mark-${g.kind}`, active && "is-active", selected && "is-selected"];
  return (
    <g
      id={domId}
      className={classes.filter(Boolean).join(" ")}
      transform={`translate(${origin},${y})`}
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
        <rect className="mark-bar" width={g.x1 - g.x0} height={BAR_HEIGHT} rx={2} fill={gradient} />
      ) : (
        <>
          {g.x1 - g.x0 > 2 * POINT_RADIUS + 2 && <rect className="mark-day-band" x={g.x0 - g.x} y={-2} width={g.x1 - g.x0} height={BAR_HEIGHT + 4} rx={2} />}
          <circle className={g.startEdge === "sharp" && g.endEdge === "sharp" ? "mark-dot" : "mark-dot mark-dot-fuzzy"} cy={BAR_HEIGHT / 2} r={POINT_RADIUS} />
        </>
      )}
      <rect className="mark-hit" x={hitX0 - 4} y={-6} width={hitX1 - hitX0 + 8} height={BAR_HEIGHT + 12} />
    </g>
  );
}, sameMark);

/** Baseline of a label row. */
const labelBaseline = (lane: number) => laneY(lane) + LABEL_OFFSET;

/**
 * The "+N" of labels, and lone "+N" badges, as HTML over the chart, moved by transform (the
 * titles themselves are canvas text, see `drawLabels`). Hidden from assistive technology (the
 * list and the marks carry the same information); the pointer passes through to the SVG, which
 * hit-tests labels itself (`labelAt`). `ascent` puts the HTML text on the canvas text's baseline.
 */
const LabelLayer = memo(function LabelLayer({ labels, ascent, width, height }: { labels: Scene["labels"]; ascent: number; width: number; height: number }) {
  const at = (x: number, lane: number) => ({ transform: `translate(${x}px, ${labelBaseline(lane) - ascent}px)` });
  return (
    <div className="labels lod-labels" aria-hidden="true" style={{ width, height }}>
      {/* Keyed by event: a label that stays keeps its span, and only moves (its count rarely changes). */}
      {labels.placed
        .filter((label) => label.more > 0)
        .map((label) => (
          <span key={label.id} className="label-more" style={at(label.x + label.textWidth + BADGE_GAP_PX, label.lane)}>
            {badgeText(label.more)}
          </span>
        ))}
      {labels.badges.map((badge) => (
        <span key={`badge-${badge.lane}`} className="label-more" style={at(badge.x, badge.lane)}>
          {badgeText(badge.count)}
        </span>
      ))}
    </div>
  );
});

/** The label (its text and "+N") under (px, py), if any. */
function labelAt(scene: Scene, px: number, py: number, measureBadge: (text: string) => number): string | null {
  for (const label of scene.labels.placed) {
    const baseline = labelBaseline(label.lane);
    if (py < baseline - FONT_PX || py > baseline + 4) continue;
    const right = label.x + label.textWidth + (label.more > 0 ? BADGE_GAP_PX + measureBadge(badgeText(label.more)) : 0);
    if (px >= label.x && px <= right) return label.id;
  }
  return null;
}

/** The labels (canvas titles, HTML "+N") as SVG text, for the SVG and PNG exports. */
function exportLabels(scene: Scene, selectedId: string | null): ExportLabel[] {
  return [
    ...scene.labels.placed.map((label) => ({
      x: label.x,
      y: labelBaseline(label.lane),
      text: label.text,
      className: label.id === selectedId ? "mark-label is-selected" : "mark-label",
      ...(label.more > 0 ? { more: badgeText(label.more), moreDx: BADGE_GAP_PX } : {}),
    })),
    ...scene.labels.badges.map((badge) => ({ x: badge.x, y: labelBaseline(badge.lane), text: badgeText(badge.count), className: "label-more" })),
  ];
}

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
  const fonts = useTextMeasure(FONT_PX, FONT_FAMILY);
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
  const text = useMemo(
    () => ({
      measure: fonts.regular.width,
      measureBold: fonts.bold.width,
      measureQuick: fonts.regular.quick,
      truncate: (title: string, maxPx: number, bold: boolean) => (bold ? fonts.bold : fonts.regular).truncate(title, maxPx),
    }),
    [fonts],
  );
  // Top of a 12 px line box (the HTML "+N") to the baseline its text shares with the canvas titles.
  const labelAscent = (LABEL_LINE_PX - (fonts.ascent + fonts.descent)) / 2 + fonts.ascent;
  // Only the rows on screen (and a margin) are labelled and drawn on the canvas.
  const band = useVisibleBand(containerRef);
  const labelRows = useMemo(() => (band ? rowsInBand(band, laneY, LANE_HEIGHT) : undefined), [band]);
  const sceneOptions = useMemo(
    () => ({ bounds, ...text, collapsed, emphasize: activeId ?? selectedId, selected: selectedId, pointRadius: POINT_RADIUS }),
    [bounds, text, collapsed, activeId, selectedId],
  );
  // The scale as a plain affine map: the scene calls it for every mark and bucket.
  const toPx = useMemo(() => {
    const k = (bounds.x1 - bounds.x0) / (domain[1] - domain[0]);
    return (ms: number) => bounds.x0 + (ms - domain[0]) * k;
  }, [domain, bounds]);
  const scene = useMemo(() => {
    if (!data) return null;
    const t0 = performance.now();
    const built = buildScene(data, toPx, labelRows ? { ...sceneOptions, labelRows } : sceneOptions);
    performance.measure("timeline:scene", { start: t0 });
    return built;
  }, [data, toPx, sceneOptions, labelRows]);
  // The chart grows with its rows at once but shrinks only once the view rests.
  const rows = useHeldMax(Math.max(scene?.rows.length ?? 0, MIN_LANES), ROWS_HOLD_MS);
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

  // Canvas layer. Its backing store keeps some room and is not resized to the pixel: resizing a
  // canvas reallocates and clears it, which costs more than the whole draw, and the number of rows
  // changes often while zooming. The wrapper clips it to the chart's height.
  const firstDraw = useRef(false);
  const pixelRatio = typeof window === "undefined" ? 1 : Math.min(window.devicePixelRatio || 1, 2);
  const drawOptions = useMemo<Omit<DrawOptions, "height">>(
    () => ({
      width,
      pixelRatio,
      rowY: laneY,
      rowHeight: LANE_HEIGHT,
      barHeight: BAR_HEIGHT,
      pointRadius: POINT_RADIUS,
      drawMarks: !svgMarks,
      activeId,
      selectedId,
    }),
    [width, pixelRatio, svgMarks, activeId, selectedId],
  );
  // The canvas covers the band of the chart on screen, not the whole chart: clearing, drawing and
  // handing over a canvas costs in proportion to its area, and a chart with many lanes is taller
  // than the window.
  const canvasTop = band ? Math.min(band.top, height) : 0;
  const canvasHeight = band ? Math.max(0, Math.min(band.bottom, height) - canvasTop) : height;
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx || !scene) return;
    const w = Math.round(width * pixelRatio);
    if (canvas.width !== w) {
      canvas.width = w;
      canvas.style.width = `${width}px`;
    }
    const h = Math.round(canvasHeight * pixelRatio);
    if (canvas.height < h || canvas.height > 2 * h + CANVAS_HEADROOM_PX * pixelRatio) {
      // Room for a few more rows, so that growing row by row does not reallocate every time; far
      // too tall (the band shrank: a first draw covers the whole chart), it shrinks once.
      canvas.height = h + Math.round(CANVAS_HEADROOM_PX * pixelRatio);
      canvas.style.height = `${canvas.height / pixelRatio}px`;
    }
    const shift = `translateY(${canvasTop}px)`;
    if (canvas.style.transform !== shift) canvas.style.transform = shift;
    const t0 = performance.now();
    drawScene(ctx, scene, { ...drawOptions, top: canvasTop, height: canvas.height / pixelRatio });
    drawLabels(ctx, scene.labels.placed, {
      pixelRatio,
      top: canvasTop,
      height: canvasHeight,
      baseline: labelBaseline,
      font: LABEL_FONT,
      boldFont: LABEL_FONT_BOLD,
      color: DEFAULT_CANVAS_STYLE.text,
    });
    performance.measure("timeline:draw", { start: t0 });
    // For the benchmark (time to first meaningful paint) and for devtools.
    if (!firstDraw.current) {
      firstDraw.current = true;
      performance.mark("timeline:first-draw", { detail: { marks: scene.marks.length, bars: scene.bars.length } });
    }
  }, [scene, drawOptions, width, canvasTop, canvasHeight, pixelRatio]);

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

  // The focused event, kept while zooming even when the next data no longer draws it.
  const focused = useRef<TimelineEvent | null>(null);
  // Marks in time order, for the keyboard: sorted when a key is pressed, not on every frame.
  const timeOrder = () => (scene ? [...scene.marks].sort((a, b) => a.event.start - b.event.start || (a.id < b.id ? -1 : 1)) : []);
  const move = (ordered: readonly SceneMark[], to: number) => {
    const target = ordered[Math.min(Math.max(to, 0), ordered.length - 1)];
    if (!target) return;
    focused.current = target.event;
    onActivate(target.id);
    setAnnouncement(`${target.event.title}, ${eventDateText(target.event)}. Event ${ordered.indexOf(target) + 1} of ${ordered.length} shown.`);
  };
  const centreX = (m: SceneMark | undefined) => (m ? (m.geometry.kind === "point" ? m.geometry.x : (m.geometry.x0 + m.geometry.x1) / 2) : undefined);
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const ordered = timeOrder();
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
        else move(ordered, index < 0 ? 0 : index + 1);
        break;
      case "ArrowLeft":
        if (e.shiftKey) panBy((bounds.x1 - bounds.x0) / 5);
        else move(ordered, index < 0 ? ordered.length - 1 : index - 1);
        break;
      case "Home":
        move(ordered, 0);
        break;
      case "End":
        move(ordered, ordered.length - 1);
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
    // Labels live in a layer that lets the pointer through; they still show they can be clicked.
    e.currentTarget.style.cursor = labelAt(scene, px, py, fonts.bold.width) ? "pointer" : "";
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
  // A click on a label opens its event, before any mark under it takes the click.
  const onClickCapture = (e: MouseEvent<SVGSVGElement>) => {
    if (!scene || e.defaultPrevented) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const id = labelAt(scene, e.clientX - rect.left, e.clientY - rect.top, fonts.bold.width);
    if (!id) return;
    e.preventDefault();
    e.stopPropagation();
    onSelect(id);
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
    // The whole chart, not just the band on screen: every row labelled, on a canvas of its size.
    const full = data ? buildScene(data, toPx, sceneOptions) : null;
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const ctx = canvas.getContext("2d");
    if (ctx && full) drawScene(ctx, full, { ...drawOptions, height });
    const text = chartToSvg(svgRef.current, canvas, full ? exportLabels(full, selectedId) : []);
    const name = `dateline-${d0.toISOString().slice(0, 10)}-${d1.toISOString().slice(0, 10)}.${format}`;
    if (format === "svg") download(new Blob([text], { type: "image/svg+xml" }), name);
    else void svgToPng(text, width, height).then((blob) => download(blob, name));
  };

  const gradientId = (start: Edge, end: Edge) => gradientIdOf(uid, start, end);
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
        aria-activedescendant={activeMark && svgMarks ? `${uid}-mark-${activeMark.id}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHoverBar(null)}
        onClickCapture={onClickCapture}
        onClick={onClick}
        data-testid="timeline-chart"
      >
        <ChartDefs uid={uid} x0={bounds.x0} x1={bounds.x1} />
        <MemoAxis ticks={ticks} bounds={bounds} height={height} />
        {scene && scene.groups.length > 1 && <LaneHeaders groups={scene.groups} x={bounds.x0 + 2} />}
        <g clipPath={`url(#${uid}-clip)`}>
          {scene && svgMarks && (
            <g className="marks">
              {[...scene.marks]
                .sort((a, b) => (a.geometry.kind === b.geometry.kind ? 0 : a.geometry.kind === "span" ? -1 : 1))
                .map((m) => (
                  <SvgMark
                    key={m.id}
                    mark={m}
                    domId={`${uid}-mark-${m.id}`}
                    gradient={m.geometry.startEdge === "sharp" && m.geometry.endEdge === "sharp" ? undefined : `url(#${gradientId(m.geometry.startEdge, m.geometry.endEdge)})`}
                    active={m.id === activeId}
                    selected={m.id === selectedId}
                    onActivate={onActivate}
                    onSelect={onSelect}
                  />
                ))}
            </g>
          )}
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
