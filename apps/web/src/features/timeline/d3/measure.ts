/**
 * Text width for label layout. Before the browser can measure (server render, first paint) an
 * estimate is used that errs wide, so labels laid out with it never overlap once drawn.
 */
export type Measure = (text: string) => number;

/** Average glyph width as a fraction of the font size, generous for proportional UI fonts. */
const AVERAGE_EM = 0.6;

export function estimateMeasure(fontPx: number): Measure {
  return (text) => text.length * fontPx * AVERAGE_EM;
}
