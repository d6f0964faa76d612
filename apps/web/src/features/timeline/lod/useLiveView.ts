"use client";
/**
 * The chart's gesture controller. d3-zoom reports wheel, drag and pinch steps (and the zoom keys
 * and buttons go through it); each step updates the live window in a ref and draws it at once
 * (`draw`, coalesced per animation frame by `gestureFrames`). React hears of the window only when
 * the view rests (`commit`), so a gesture step costs a canvas draw, not a render of the tree.
 */
import { select, zoom, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from "d3";
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { Bounds } from "../d3/scale";
import { gestureFrames } from "./gestureFrames";
import { sameWindow, transformFor, windowOf, type ViewWindow } from "./viewWindow";

/** The view rests this long after the last gesture input (then React, the URL and the data follow). */
export const REST_MS = 120;
/** The narrowest window one may zoom to. */
const MIN_VISIBLE_MS = 3_600_000;

export interface LiveView {
  /** The window on screen: ahead of the committed one while a gesture moves the view. */
  readonly live: RefObject<ViewWindow>;
  /** Whether a gesture has moved the view past the committed window (the DOM layers are stale). */
  readonly moving: () => boolean;
  /** Zooms by `factor` about x (default: the middle). */
  readonly zoomBy: (factor: number, at?: number) => void;
  /** Pans by `px` at the current zoom (positive: the view moves back in time). */
  readonly panBy: (px: number) => void;
  readonly zoomTo: (window: ViewWindow) => void;
}

export interface LiveViewOptions {
  readonly svgRef: RefObject<SVGSVGElement | null>;
  /** The committed window (the URL's). */
  readonly domain: ViewWindow;
  /** What one may zoom out to; the base scale spans it. */
  readonly limits: ViewWindow;
  readonly bounds: Bounds;
  /** Draws the live window (imperatively: no React state). */
  readonly draw: (window: ViewWindow) => void;
  /** The view rested on `window`: commit it. */
  readonly commit: (window: ViewWindow) => void;
}

export function useLiveView({ svgRef, domain, limits, bounds, draw, commit }: LiveViewOptions): LiveView {
  const live = useRef<ViewWindow>(domain);
  /** The window last handed to `commit`: when it comes back as `domain`, it is not news. */
  const committed = useRef<ViewWindow>(domain);
  const hooks = useRef({ draw, commit });
  useLayoutEffect(() => {
    hooks.current = { draw, commit };
  });
  const [frames] = useState(() =>
    gestureFrames({
      draw: () => hooks.current.draw(live.current),
      rest: () => {
        committed.current = live.current;
        hooks.current.commit(live.current);
      },
      restMs: REST_MS,
    }),
  );
  useEffect(() => () => frames.cancel(), [frames]);

  const behavior = useMemo<ZoomBehavior<SVGSVGElement, unknown>>(() => {
    const span = limits[1] - limits[0];
    return zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, Math.max(1, span / MIN_VISIBLE_MS)])
      .extent([[bounds.x0, 0], [bounds.x1, 1]])
      .translateExtent([[bounds.x0, -Infinity], [bounds.x1, Infinity]]);
  }, [limits, bounds]);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const selection = select(svg);
    behavior.on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const next = windowOf(event.transform, limits, bounds);
      // A step clamped at the zoom or pan limits moves nothing.
      if (sameWindow(next, live.current)) return;
      live.current = next;
      frames.input();
    });
    selection.call(behavior).on("dblclick.zoom", null);
    return () => {
      selection.on(".zoom", null);
    };
  }, [svgRef, behavior, limits, bounds, frames]);

  // A window set from outside (URL, back/forward, the first render) wins over a gesture; d3-zoom's
  // state follows it, and the limits or bounds when they change.
  useLayoutEffect(() => {
    if (!sameWindow(domain, committed.current) && !sameWindow(domain, live.current)) {
      frames.cancel();
      live.current = domain;
    }
    committed.current = domain;
    if (svgRef.current) select(svgRef.current).property("__zoom", transformFor(live.current, limits, bounds));
  }, [svgRef, domain, limits, bounds, frames]);

  return useMemo(() => {
    const target = () => (svgRef.current ? select(svgRef.current) : null);
    return {
      live,
      moving: () => frames.moving(),
      zoomBy: (factor, at) => {
        const svg = target();
        if (svg) behavior.scaleBy(svg, factor, [at ?? (bounds.x0 + bounds.x1) / 2, 0]);
      },
      panBy: (px) => {
        const svg = target();
        const node = svg?.node();
        if (svg && node) behavior.translateBy(svg, px / zoomTransform(node).k, 0);
      },
      zoomTo: (window) => {
        const svg = target();
        if (svg) behavior.transform(svg, transformFor(window, limits, bounds));
      },
    };
  }, [svgRef, frames, behavior, limits, bounds]);
}
