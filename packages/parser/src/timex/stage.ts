/**
 * The TIMEX3 stage of the pipeline: our rules' annotations as candidate mentions, merged with
 * chrono's. The rules own the TimeML conventions (spans, durations, sets, quarters, tense and
 * narrative anchoring); chrono keeps what the rules leave to it — numeric dates (`08.04.2023`,
 * `2023-04-07`, `4/8/23`) and their merged times.
 */
import { fmtDay } from "../date/calendar.js";
import { annotateTimexEach } from "./annotate.js";
import { annotationToCandidate } from "./mention.js";
import type { ReferenceDate } from "../date/iso.js";
import type { Candidate, Rejection } from "../stages/refine.js";
import type { Span } from "../stages/segment.js";

/**
 * Stand-in reference when a document has none: only values the text states in full are kept, or
 * counted from a date it states in full (`fromText`).
 */
const NO_REFERENCE = "2000-01-01";

/**
 * Candidate mentions from the TIMEX3 rules over the (normalised) text. Without a reference date,
 * expressions whose value depends on it (`Friday`, `last year`, `PRESENT_REF`) are left out and
 * reported as `unresolved-relative` rejections. `zone` is the document zone (IANA name, or a fixed
 * offset in minutes east of UTC).
 */
export function timexCandidates(
  text: string,
  reference: ReferenceDate | null,
  zone: string | number,
  sentences?: readonly Span[],
): { candidates: Candidate[]; rejections: Rejection[] } {
  const dct = reference ? fmtDay({ year: reference.day.year, month: reference.day.month, day: reference.day.day }) : NO_REFERENCE;
  const candidates: Candidate[] = [];
  const rejections: Rejection[] = [];
  // The pipeline's sentences (when given) replace the annotator's own split.
  const bounds = sentences?.length ? [0, ...sentences.slice(1).map((x) => x.start), text.length] : undefined;
  annotateTimexEach(text, bounds ? { dct, sentenceBounds: bounds } : { dct }, (a) => {
    if (!reference && !a.fromText && (a.anchor !== null || /_REF$/.test(a.value))) {
      const span = { start: a.start, end: a.end };
      rejections.push({ code: "unresolved-relative", message: `no publication date to resolve "${text.slice(a.start, a.end)}"`, span });
      return;
    }
    candidates.push(annotationToCandidate(a, text, zone, reference));
  });
  return { candidates, rejections };
}

/** A numeric date form chrono reads and the rules do not (`08.04.2023`, `2023-04-07`, `4/8/23`). */
const NUMERIC_DATE = /\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?/;

/**
 * Merges the two sources: every rule candidate, plus the chrono candidates that overlap none of
 * them and hold a numeric date. Returned in text order.
 */
export function mergeCandidates<C extends Candidate>(text: string, rules: readonly C[], chrono: readonly C[]): C[] {
  // Rule candidates never overlap one another, so sorted by start their ends ascend too: the
  // first one ending after a chrono candidate's start is the only one that can overlap it.
  const sorted = [...rules].sort((a, b) => a.start - b.start);
  const overlapsRule = (c: Span): boolean => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as C).end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    const r = sorted[lo];
    return r !== undefined && r.start < c.end;
  };
  const kept = chrono.filter((c) => NUMERIC_DATE.test(text.slice(c.start, c.end)) && !overlapsRule(c));
  return [...sorted, ...kept].sort((a, b) => a.start - b.start || b.end - a.end);
}
