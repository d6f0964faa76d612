/**
 * @dateline/parser: find dated events in news text.
 *
 * `parseDocument(text, options)` runs pure stages in a fixed order:
 * normalise → segment → metadata (published date, captions, datelines) → find dates (our chrono,
 * bounded chunks) → refine (precision, tense, resolution) → assemble events.
 * All offsets in the result refer to the ORIGINAL `text`.
 */
import type { Chrono } from "chrono-node";
import { createChrono } from "./chrono/index.js";
import { type ResolvedOptions, resolveOptions } from "./options.js";
import { type IdentifiedCandidate, assembleEvents } from "./stages/events.js";
import { findDates } from "./stages/find-dates.js";
import { classifyLines, detectPublished } from "./stages/metadata.js";
import { normalizeText, toInputSpan } from "./stages/normalize.js";
import { segment } from "./stages/segment.js";
import { documentDayFirst } from "./timex/order.js";
import type { Mention, ParseOptions, ParseResult, ParseWarning } from "./types.js";

export type * from "./types.js";
export { PARSER_ORDER, REFINER_ORDER } from "./chrono/index.js";

/** Version of the parser, recorded with stored results as provenance. */
export const PARSER_VERSION = "0.1.0";

/** The pipeline's stages, in run order (documentation and tests; `parseDocument` follows it). */
export const STAGES = ["normalize", "segment", "metadata", "find-dates", "refine", "assemble-events"] as const;

const chronos = new Map<boolean, Chrono>();
function chronoFor(littleEndian: boolean): Chrono {
  let c = chronos.get(littleEndian);
  if (!c) {
    c = createChrono(littleEndian);
    chronos.set(littleEndian, c);
  }
  return c;
}

/**
 * Parses one document. `options.published` (ISO string or Date) is the reference for relative
 * dates; without it the text's header (`date 2023-04-08`) or timestamp line
 * (`06:05 GMT 08.04.2023`) is used, else only fully stated dates are kept (warning
 * `no-published-date`). Throws `Error` for invalid options; odd text gives warnings.
 */
export function parseDocument(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== "string") throw new Error(`text must be a string, got ${typeof text}`);
  const opts: ResolvedOptions = resolveOptions(options);
  const warnings: ParseWarning[] = [];

  const norm = normalizeText(text);
  if (norm.removed > 0) {
    warnings.push({ code: "control-characters", message: `removed or replaced ${norm.removed} control/invalid characters` });
  }
  const toInput = (start: number, end: number) => toInputSpan(norm, start, end);
  const { lines: lineSpans, sentences } = segment(norm.text);
  const lines = classifyLines(norm.text, lineSpans);

  const detected = opts.published ? null : detectPublished(norm.text, lines, opts.timezone);
  const reference = opts.published ?? detected?.reference ?? null;
  if (!reference) {
    warnings.push({ code: "no-published-date", message: "no publication date given or found; relative dates are skipped" });
  }

  // Ambiguous numeric dates follow the document's own unambiguous ones (`25/03` → day-first), else the locale.
  const dayFirst = documentDayFirst(norm.text) ?? opts.littleEndian;
  const found = findDates(chronoFor(dayFirst), norm.text, sentences, reference, opts.timezone);
  // The candidates are this call's own objects: ids are added in place (a copy per mention costs more).
  const candidates: IdentifiedCandidate[] = found.candidates.map((c, i) => Object.assign(c, { id: `m${i}` }));
  const mentions: Mention[] = candidates.map((c) => {
    const span = toInput(c.start, c.end);
    return {
      id: c.id,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      timex: c.timex,
      precision: c.precision,
      date: c.date,
      resolution: c.resolution,
    };
  });
  for (const r of found.rejections) {
    warnings.push({ code: r.code, message: r.message, ...toInput(r.span.start, r.span.end) });
  }

  const assembled = assembleEvents({ text: norm.text, sentences, lines, candidates, toInput, input: text });
  if (assembled.length > opts.maxEvents) {
    warnings.push({ code: "events-capped", message: `kept ${opts.maxEvents} of ${assembled.length} events` });
  }
  const events = assembled.slice(0, opts.maxEvents);

  const titleLine = lines.find((l) => l.kind === "heading");
  const publishedSpan = detected ? toInput(detected.span.start, detected.span.end) : null;
  return {
    document: {
      published: reference?.date ?? null,
      publishedSource: opts.published ? "option" : (detected?.source ?? null),
      publishedSpan,
      title: titleLine ? norm.text.slice(titleLine.start, titleLine.end) : null,
      timezone: opts.timezone,
      locale: opts.locale,
      length: text.length,
    },
    events,
    mentions,
    warnings,
  };
}
