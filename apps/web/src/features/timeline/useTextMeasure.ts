"use client";
import { useEffect, useState } from "react";
import { estimateMeasure, type Measure } from "./d3/measure";

/**
 * Label widths measured with a canvas at the label font once mounted; the (wider) estimate
 * during server rendering and hydration keeps both renders identical.
 */
export function useTextMeasure(fontPx: number, fontFamily: string): Measure {
  const [measure, setMeasure] = useState<Measure>(() => estimateMeasure(fontPx));
  useEffect(() => {
    const context = document.createElement("canvas").getContext("2d");
    if (!context) return;
    context.font = `${fontPx}px ${fontFamily}`;
    const cache = new Map<string, number>();
    setMeasure(() => (text: string) => {
      let width = cache.get(text);
      if (width === undefined) {
        width = Math.ceil(context.measureText(text).width);
        cache.set(text, width);
      }
      return width;
    });
  }, [fontPx, fontFamily]);
  return measure;
}
