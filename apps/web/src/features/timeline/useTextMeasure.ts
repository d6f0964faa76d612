"use client";
import { useEffect, useState } from "react";
import { estimateMeasure } from "./d3/measure";
import { cachedTextMeasure, type TextMeasure } from "./d3/textCache";

/** Label text at the regular weight and at the bold weight ("+N" badges, the selected label). */
export interface LabelFonts {
  readonly regular: TextMeasure;
  readonly bold: TextMeasure;
  /** The regular font's ascent and descent in pixels (to put HTML text on a canvas text's baseline). */
  readonly ascent: number;
  readonly descent: number;
}

/** Bold estimate: wider than the regular one, so that bold text laid out with it never overlaps. */
const BOLD_ESTIMATE = 1.1;
/** Ascent and descent of common UI fonts, in ems, until the real font is measured. */
const TYPICAL_ASCENT = 0.93;
const TYPICAL_DESCENT = 0.24;

/** The CSS/canvas font shorthand of the labels. */
export function labelFont(fontPx: number, fontFamily: string, weight?: number): string {
  return `${weight ? `${weight} ` : ""}${fontPx}px ${fontFamily}`;
}

/**
 * Label widths measured with a canvas at the label font once mounted, cached across frames; the
 * (wider) estimate during server rendering and hydration keeps both renders identical.
 */
export function useTextMeasure(fontPx: number, fontFamily: string, boldWeight = 600): LabelFonts {
  const [fonts, setFonts] = useState<LabelFonts>(() => {
    const estimate = estimateMeasure(fontPx);
    return {
      regular: cachedTextMeasure(estimate),
      bold: cachedTextMeasure((text) => estimate(text) * BOLD_ESTIMATE),
      ascent: fontPx * TYPICAL_ASCENT,
      descent: fontPx * TYPICAL_DESCENT,
    };
  });
  useEffect(() => {
    // One context per font: switching a context's font costs a font lookup on every call.
    const contextFor = (font: string) => {
      const context = document.createElement("canvas").getContext("2d");
      if (context) context.font = font;
      return context;
    };
    const regular = contextFor(labelFont(fontPx, fontFamily));
    const bold = contextFor(labelFont(fontPx, fontFamily, boldWeight));
    if (!regular || !bold) return;
    const metrics = regular.measureText("Hg");
    setFonts({
      regular: cachedTextMeasure((text) => Math.ceil(regular.measureText(text).width)),
      bold: cachedTextMeasure((text) => Math.ceil(bold.measureText(text).width)),
      ascent: metrics.fontBoundingBoxAscent,
      descent: metrics.fontBoundingBoxDescent,
    });
  }, [fontPx, fontFamily, boldWeight]);
  return fonts;
}
