"use client";
/**
 * The chart shell: React owns the <svg>; d3-zoom only reports transforms. Each render derives the
 * view from the base scale and the transform, then lays out with the pure functions in d3/.
 */
import { select, utcFormat, zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from "d3";
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { EventDTO } from "@dateline/schema";
import { Axis } from "./Axis";
import { EDGE_GRADIENTS, Marks } from "./Marks";
import { AXIS_HEIGHT, FONT_FAMILY, FONT_PX, LANE_HEIGHT, LANE_TOP, MARGIN_X, MIN_LANES, POINT_RADIUS, laneY } from "./constants";
import { formatDate } from "./d3/dateText";
import { layoutTimeline } from "./d3/layout";
import { markGeometry, type Edge } from "./d3/marks";
import { DAY_MS, createBaseScale, dataExtent, paddedDomain, viewScale, zoomScaleExtent } from "./d3/scale";
import { axisTicks } from "./d3/ticks";
import { useElementWidth } from "./useElementWidth";
import { useTextMeasure } from "./useTextMeasure";

export interface TimelineProps {
  /** Events in chronological order. */
  events: readonly EventDTO[];
  activeId: string | null;
  selectedId: string | null;
  onActivate(id: string | null): void;
  onSelect(id: string): void;
  onViewChange(domain: readonly [Date, Date]): void;
}

const rangeFormat = utcFormat("%-d %b %Y");
const rangeFormatHours = utcFormat("%-d %b %Y, %H:%M");

export function formatViewRange([from, to]: readonly [Date, Date]): string {
  const format = to.getTime() - from.getTime() < 3 * DAY_MS ? rangeFormatHours : rangeFormat;
  return `${format(from)} – ${format(to)}${format === rangeFormatHours ? " UTC" : ""}`;
}

const centreOf = (event: EventDTO) => new Date((Date.parse(event.date.start) + Date.parse(event.date.end)) / 2);

export function Timeline({ events, activeId, selectedId, onActivate, onSelect, onViewChange }: TimelineProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(containerRef, 960);
  const measure = useTextMeasure(FONT_PX, FONT_FAMILY);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const [announcement, setAnnouncement] = useState("");

  const byId = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);
  const bounds = useMemo(() => ({ x0: MARGIN_X, x1: width - MARGIN_X }), [width]);
  const domain = useMemo(() => paddedDomain(dataExtent(events.map((e) => e.date)) ?? [new Date(0), new Date(DAY_MS)]), [events]);
  const base = useMemo(() => createBaseScale(domain, bounds), [domain, bounds]);
  const view = useMemo(() => viewScale(base, transform), [base, transform]);
  const { ticks } = useMemo(() => axisTicks(view), [view]);
  const layout = useMemo(
    () => layoutTimeline(events, view, { bounds, measure, pointRadius: POINT_RADIUS, emphasize: activeId ?? selectedId }),
    [events, view, bounds, measure, activeId, selectedId],
  );
  const height = AXIS_HEIGHT + LANE_TOP + Math.max(layout.laneCount, MIN_LANES) * LANE_HEIGHT;

  const behavior = useMemo(() => {
    const span = bounds.x1 - bounds.x0;
    return zoom<SVGSVGElement, unknown>()
      .scaleExtent(zoomScaleExtent(domain))
      .extent([[bounds.x0, 0], [bounds.x1, 1]])
      .translateExtent([[bounds.x0 - span / 2, -Infinity], [bounds.x1 + span / 2, Infinity]]);
  }, [domain, bounds]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const selection = select(svg);
    behavior.on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => setTransform(event.transform));
    selection.call(behavior);
    return () => {
      selection.on(".zoom", null);
    };
  }, [behavior]);

  const view$ = useRef(view);
  useEffect(() => {
    view$.current = view;
    onViewChange(view.domain() as [Date, Date]);
  }, [view, onViewChange]);

  const zoomBy = useCallback(
    (factor: number, at?: number) => {
      if (svgRef.current) behavior.scaleBy(select(svgRef.current), factor, [at ?? (bounds.x0 + bounds.x1) / 2, 0]);
    },
    [behavior, bounds],
  );
  const reset = useCallback(() => {
    if (svgRef.current) behavior.transform(select(svgRef.current), zoomIdentity);
  }, [behavior]);
  const panBy = useCallback(
    (px: number) => {
      if (svgRef.current) behavior.translateBy(select(svgRef.current), px / transform.k, 0);
    },
    [behavior, transform.k],
  );
  /** Pans so the event is in view, when it is not. */
  const reveal = useCallback(
    (event: EventDTO) => {
      const g = markGeometry(event.date, view$.current);
      const x = g.kind === "point" ? g.x : (g.x0 + g.x1) / 2;
      if (svgRef.current && (x < bounds.x0 || x > bounds.x1)) behavior.translateTo(select(svgRef.current), base(centreOf(event)), 0);
    },
    [behavior, base, bounds],
  );

  useEffect(() => {
    const selected = selectedId ? byId.get(selectedId) : undefined;
    if (selected) reveal(selected);
  }, [selectedId, byId, reveal]);

  const move = (to: number) => {
    const target = events[Math.min(Math.max(to, 0), events.length - 1)];
    if (!target) return;
    onActivate(target.id);
    reveal(target);
    setAnnouncement(`${target.title}, ${formatDate(target.date)}. Event ${events.indexOf(target) + 1} of ${events.length}.`);
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const index = activeId ? events.findIndex((ev) => ev.id === activeId) : -1;
    const active = index >= 0 ? events[index] : undefined;
    const focusX = active ? view(centreOf(active)) : undefined;
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
        else move(index < 0 ? events.length - 1 : index - 1);
        break;
      case "Home":
        move(0);
        break;
      case "End":
        move(events.length - 1);
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

  const ids = useMemo(
    () => ({
      mark: (id: string) => `${uid}-mark-${id}`,
      gradient: (start: Edge, end: Edge) => `${uid}-edge-${start}-${end}`,
    }),
    [uid],
  );
  const activeMark = layout.marks.find((m) => m.id === activeId && m.visible);
  const activeEvent = activeId ? byId.get(activeId) : undefined;
  const tooltipX = activeMark
    ? Math.min(Math.max(activeMark.geometry.kind === "point" ? activeMark.geometry.x : (Math.max(activeMark.geometry.x0, bounds.x0) + Math.min(activeMark.geometry.x1, bounds.x1)) / 2, 120), width - 120)
    : 0;

  return (
    <section className="timeline" aria-labelledby={`${uid}-title`}>
      <div className="timeline-toolbar">
        <h2 id={`${uid}-title`} className="timeline-title">
          Timeline
        </h2>
        <p className="view-range" data-testid="view-range">
          {formatViewRange(view.domain() as [Date, Date])}
        </p>
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
      </div>
      <div className="timeline-chart" ref={containerRef}>
        <svg
          ref={svgRef}
          className="timeline-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="application"
          aria-roledescription="timeline"
          aria-label={`Timeline of ${events.length} events`}
          aria-describedby={`${uid}-help`}
          aria-activedescendant={activeMark ? ids.mark(activeMark.id) : undefined}
          tabIndex={0}
          onKeyDown={onKeyDown}
          data-testid="timeline-chart"
        >
          <defs>
            <clipPath id={`${uid}-clip`}>
              <rect x={bounds.x0 - POINT_RADIUS} y={0} width={bounds.x1 - bounds.x0 + 2 * POINT_RADIUS} height={height} />
            </clipPath>
            {EDGE_GRADIENTS.map(({ start, end, stops }) => (
              <linearGradient key={`${start}-${end}`} id={ids.gradient(start, end)}>
                {stops.map(([offset, opacity]) => (
                  <stop key={offset} className="edge-stop" offset={offset} stopOpacity={opacity} />
                ))}
              </linearGradient>
            ))}
          </defs>
          <Axis ticks={ticks} bounds={bounds} height={height} />
          <g clipPath={`url(#${uid}-clip)`}>
            <Marks events={byId} layout={layout} ids={ids} activeId={activeId} selectedId={selectedId} onActivate={onActivate} onSelect={onSelect} />
          </g>
        </svg>
        {activeMark && activeEvent && (
          <div className="timeline-tooltip" role="tooltip" style={{ left: tooltipX, top: laneY(activeMark.lane) + 36 }}>
            <strong>{activeEvent.title}</strong>
            <span>{formatDate(activeEvent.date)}</span>
          </div>
        )}
      </div>
      <p id={`${uid}-help`} className="timeline-help">
        Scroll or pinch to zoom, drag to pan. Keyboard: ← → move between events, Shift + ← → pan, + − zoom, 0 resets, Enter opens details.
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
