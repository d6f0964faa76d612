"use client";
import { useEffect, useState, type RefObject } from "react";
import { visibleBand, type Band } from "./band";

/**
 * The band of the element worth drawing (see `visibleBand`), kept current on scroll and resize,
 * at most once per animation frame; null until mounted (draw everything, as the server did).
 */
export function useVisibleBand(ref: RefObject<HTMLElement | null>, margin = 240, quantum = 160): Band | null {
  const [band, setBand] = useState<Band | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const next = visibleBand(element.getBoundingClientRect().top, window.innerHeight, margin, quantum);
      setBand((prev) => (prev && prev.top === next.top && prev.bottom === next.bottom ? prev : next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    // Capture: scrolling any ancestor moves the chart.
    window.addEventListener("scroll", schedule, { capture: true, passive: true });
    window.addEventListener("resize", schedule);
    // Content above the chart may grow or shrink without a scroll.
    const observer = new ResizeObserver(schedule);
    observer.observe(document.documentElement);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule, { capture: true });
      window.removeEventListener("resize", schedule);
      observer.disconnect();
    };
  }, [ref, margin, quantum]);
  return band;
}
