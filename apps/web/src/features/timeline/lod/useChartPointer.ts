"use client";
/**
 * The chart's pointer: hovering a canvas mark activates it (its tooltip), hovering a density bar
 * shows its count, a click opens a mark or a label's event or zooms into a bar's bucket. SVG marks
 * handle their own events. While a gesture moves the view the scene is stale: nothing is hit.
 */
import { useState, type MouseEvent, type PointerEvent } from "react";
import { LANE_HEIGHT, POINT_RADIUS, laneY } from "../constants";
import type { Bounds } from "../d3/scale";
import { hitTest } from "./canvas";
import type { Scene } from "./scene";
import { labelAt } from "./svgLayers";
import type { LiveView } from "./useLiveView";
import type { ViewWindow } from "./viewWindow";

export interface ChartPointerOptions {
  readonly scene: Scene | null;
  /** The scene's window. */
  readonly domain: ViewWindow;
  readonly bounds: Bounds;
  /** The SVG layer draws (and hit-tests) the marks. */
  readonly svgMarks: boolean;
  readonly activeId: string | null;
  readonly view: LiveView;
  readonly measureBadge: (text: string) => number;
  readonly onActivate: (id: string | null) => void;
  readonly onSelect: (id: string) => void;
}

const hitOptions = { rowY: laneY, rowHeight: LANE_HEIGHT, pointRadius: POINT_RADIUS };

export function useChartPointer({ scene, domain, bounds, svgMarks, activeId, view, measureBadge, onActivate, onSelect }: ChartPointerOptions) {
  const [hoverBar, setHoverBar] = useState<{ x: number; y: number; count: number } | null>(null);
  const at = (e: MouseEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { px: e.clientX - rect.left, py: e.clientY - rect.top };
  };
  const hit = (px: number, py: number) => (scene ? hitTest(svgMarks ? { ...scene, marks: [] } : scene, px, py, hitOptions) : null);
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!scene || e.buttons !== 0 || view.moving()) return;
    const { px, py } = at(e);
    // Labels live in a layer that lets the pointer through; they still show they can be clicked.
    e.currentTarget.style.cursor = labelAt(scene, px, py, measureBadge) ? "pointer" : "";
    const found = hit(px, py);
    if (found?.kind === "mark") {
      setHoverBar(null);
      if (found.id !== activeId) onActivate(found.id);
    } else if (found?.kind === "bar") {
      setHoverBar({ x: px, y: py, count: found.count });
    } else {
      setHoverBar(null);
    }
  };
  // A click on a label opens its event, before any mark under it takes the click.
  const onClickCapture = (e: MouseEvent<SVGSVGElement>) => {
    if (!scene || e.defaultPrevented || view.moving()) return;
    const { px, py } = at(e);
    const id = labelAt(scene, px, py, measureBadge);
    if (!id) return;
    e.preventDefault();
    e.stopPropagation();
    onSelect(id);
  };
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    if (!scene || e.defaultPrevented || view.moving()) return;
    const { px, py } = at(e);
    const found = hit(px, py);
    if (found?.kind === "mark") onSelect(found.id);
    else if (found?.kind === "bar") {
      // Zoom into the bucket under the pointer.
      const bar = scene.bars.find((b) => px >= b.x0 && px < Math.max(b.x1, b.x0 + 2));
      const msAt = (x: number) => domain[0] + ((x - bounds.x0) / (bounds.x1 - bounds.x0)) * (domain[1] - domain[0]);
      if (bar) view.zoomTo([msAt(bar.x0), msAt(Math.max(bar.x1, bar.x0 + 2))]);
    }
  };
  return { hoverBar, onPointerMove, onPointerLeave: () => setHoverBar(null), onClickCapture, onClick };
}
