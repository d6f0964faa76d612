/**
 * The source sentence split around the date expression, for rendering as React text nodes with
 * a <mark>. Offsets outside the quote are clamped; a missing or empty highlight gives one plain part.
 */
export interface QuotePart {
  readonly text: string;
  readonly highlighted: boolean;
}

export function splitQuote(quote: string, highlight: { start: number; end: number } | null): QuotePart[] {
  if (!highlight) return [{ text: quote, highlighted: false }];
  const start = Math.min(Math.max(highlight.start, 0), quote.length);
  const end = Math.min(Math.max(highlight.end, start), quote.length);
  if (start === end) return [{ text: quote, highlighted: false }];
  return [
    { text: quote.slice(0, start), highlighted: false },
    { text: quote.slice(start, end), highlighted: true },
    { text: quote.slice(end), highlighted: false },
  ].filter((part) => part.text.length > 0);
}
