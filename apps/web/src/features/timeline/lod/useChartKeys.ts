"use client";
/**
 * The chart's keyboard: ← → move between events (Shift pans), Home/End, + − zoom about the
 * focused event, 0 resets, Enter or Space opens, Escape leaves. Moves are announced for screen
 * readers.
 */
import { useRef, type KeyboardEvent } from "react";
import type { TimelineEvent } from "@dateline/schema/timeline";
import type { Bounds } from "../d3/scale";
import { eventDateText } from "./dates";
import { displayInterval } from "./precision";
import type { Scene, SceneMark } from "./scene";
import type { LiveView } from "./useLiveView";

export interface ChartKeysOptions {
  readonly scene: Scene | null;
  readonly activeId: string | null;
  readonly bounds: Bounds;
  readonly view: LiveView;
  readonly reset: () => void;
  readonly onActivate: (id: string | null) => void;
  readonly onSelect: (id: string) => void;
  readonly announce: (text: string) => void;
}

const byTime = (a: SceneMark, b: SceneMark) => a.event.start - b.event.start || (a.id < b.id ? -1 : 1);

export function useChartKeys({ scene, activeId, bounds, view, reset, onActivate, onSelect, announce }: ChartKeysOptions) {
  // The focused event, kept while zooming even when the next data no longer draws it.
  const focused = useRef<TimelineEvent | null>(null);
  const move = (ordered: readonly SceneMark[], to: number) => {
    const target = ordered[Math.min(Math.max(to, 0), ordered.length - 1)];
    if (!target) return;
    focused.current = target.event;
    onActivate(target.id);
    announce(`${target.event.title}, ${eventDateText(target.event)}. Event ${ordered.indexOf(target) + 1} of ${ordered.length} shown.`);
  };
  // Where an event's mark is centred on screen now: in the live window, which runs ahead of the
  // scene while zooming.
  const xOf = (event: TimelineEvent) => {
    const [a, b] = view.live.current;
    const drawn = displayInterval(event.start, event.end, event.mod);
    return bounds.x0 + (((drawn.start + drawn.end) / 2 - a) / (b - a)) * (bounds.x1 - bounds.x0);
  };
  return (e: KeyboardEvent<SVGSVGElement>) => {
    // Marks in time order: sorted when a key is pressed, not on every frame.
    const ordered = scene ? [...scene.marks].sort(byTime) : [];
    const index = activeId ? ordered.findIndex((m) => m.id === activeId) : -1;
    const active = index >= 0 ? ordered[index] : undefined;
    const kept = active?.event ?? (focused.current?.id === activeId ? focused.current : null);
    const focusX = kept ? xOf(kept) : undefined;
    const step = (bounds.x1 - bounds.x0) / 5;
    switch (e.key) {
      case "+":
      case "=":
        view.zoomBy(2, focusX);
        break;
      case "-":
      case "_":
        view.zoomBy(0.5, focusX);
        break;
      case "0":
        reset();
        break;
      case "ArrowRight":
        if (e.shiftKey) view.panBy(-step);
        else move(ordered, index < 0 ? 0 : index + 1);
        break;
      case "ArrowLeft":
        if (e.shiftKey) view.panBy(step);
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
}
