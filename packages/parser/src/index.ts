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
import type { ReferenceDate } from "./date/iso.js";
import { type ResolvedOptions, resolveOptions } from "./options.js";
import { type IdentifiedCandidate, assembleEvents } from "./stages/events.js";
import { findDates } from "./stages/find-dates.js";
import { type DatelineDecision, datelineReference, findDatelineDate, statedYear } from "./stages/dateline.js";
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
 * (`06:05 GMT 08.04.2023`) is used, else a dated press dateline (`KYIV, Feb. 24 (Reuters) —`, its
 * year stated or the latest the text states), else only fully stated dates are kept (warning
 * `no-published-date`). A dateline up to 7 days before publication is the reference for relative
 * dates (`document.dateline` says which was used and why). Throws `Error` for invalid options; odd text gives warnings.
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
  const publication = opts.published ?? detected?.reference ?? null;

  // Ambiguous numeric dates follow the document's own unambiguous ones (`25/03` → day-first), else the locale.
  const dayFirst = documentDayFirst(norm.text) ?? opts.littleEndian;
  const find = (reference: ReferenceDate | null) => findDates(chronoFor(dayFirst), norm.text, sentences, reference, opts.timezone);

  // A press dateline ("KYIV, Feb. 24 (Reuters) —") may be the story's "today" (see `datelineReference`).
  const datelineFound = findDatelineDate(norm.text, lines);
  let dateline: DatelineDecision | null = null;
  let found: ReturnType<typeof findDates> | null = null;
  if (datelineFound) {
    const dateSpan = toInput(datelineFound.dateSpan.start, datelineFound.dateSpan.end);
    const dateText = text.slice(dateSpan.start, dateSpan.end);
    let inferred = null;
    if (!publication && datelineFound.year === null) {
      // No year anywhere but in the text: read its stated dates first (without a reference, only those survive).
      found = find(null);
      inferred = statedYear(norm.text, sentences, found.candidates, datelineFound);
    }
    dateline = datelineReference(datelineFound, dateText, publication, inferred, opts.timezone);
    if (dateline?.reference) found = null;
    else if (!dateline && !publication) {
      warnings.push({
        code: "dateline-without-year",
        message: `the dateline "${dateText}" gives no year and the text states none; it is not used as the publication date`,
        ...dateSpan,
      });
    }
  }
  const reference = dateline?.reference ?? publication;
  if (!reference) {
    warnings.push({ code: "no-published-date", message: "no publication date given or found; relative dates are skipped" });
  }
  found ??= find(reference);
  // Relative dates counted from a dateline whose year was inferred from the text have an implied year too.
  if (dateline?.reference && !publication && dateline.info.resolution.implied.includes("year")) {
    for (const c of found.candidates) {
      if (c.resolution.anchor === null || c.resolution.implied.includes("year")) continue;
      c.resolution = { ...c.resolution, implied: [...c.resolution.implied, "year"] };
      c.confidence = Math.round((c.confidence - 0.1) * 100) / 100;
    }
  }
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
  const datelineSpan = dateline ? toInput(dateline.info.span.start, dateline.info.span.end) : null;
  const datelinePublished = !publication && dateline?.reference ? dateline.reference : null;
  const publishedSpan = detected ? toInput(detected.span.start, detected.span.end) : datelinePublished ? datelineSpan : null;
  return {
    document: {
      published: publication?.date ?? datelinePublished?.date ?? null,
      publishedSource: opts.published ? "option" : (detected?.source ?? (datelinePublished ? "press-dateline" : null)),
      publishedSpan,
      dateline: dateline && datelineSpan ? { ...dateline.info, span: datelineSpan } : null,
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
