/**
 * Stage 4: run our chrono over bounded chunks (≤ `MAX_CHUNK` characters, cut on sentence
 * boundaries) so total cost stays linear, and refine each result into a candidate mention; then
 * run the TIMEX3 rules (`src/timex`, linear) and merge: the rules' mentions, plus chrono's numeric
 * dates that no rule mention overlaps.
 */
import type { Chrono } from "chrono-node";
import { MAY_HOLD_NUMERIC_DATE } from "../chrono/index.js";
import type { ReferenceDate } from "../date/iso.js";
import { type Candidate, type Rejection, refineResult } from "./refine.js";
import { type Sentence, type Span, chunkSpans } from "./segment.js";
import { mergeCandidates, timexCandidates } from "../timex/stage.js";

/** Largest text handed to one chrono `parse` call, in UTF-16 units. */
export const MAX_CHUNK = 16_384;

/** A fixed reference for documents without a publication date: only fully stated dates survive. */
const NO_REFERENCE_INSTANT = Date.UTC(2000, 0, 1, 12);

/** Index of the first sentence ending after `offset` (sentences sorted, non-overlapping), or -1. */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return lo < sentences.length ? lo : -1;
}

/** Candidate mentions with the index of their sentence, plus rejected results. */
export interface Found {
  candidates: (Candidate & { sentence: number })[];
  rejections: Rejection[];
}

/** Finds and refines date expressions in `text`; wall-clock times are placed in `timeZone` (IANA). */
export function findDates(
  chrono: Chrono,
  text: string,
  sentences: readonly Sentence[],
  reference: ReferenceDate | null,
  timeZone: string,
): Found {
  const candidates: (Candidate & { sentence: number })[] = [];
  const rejections: Rejection[] = [];
  const instant = new Date(reference?.instantMs ?? NO_REFERENCE_INSTANT);
  // chrono reads relative phrases around the reference; our values use the offset at each target time.
  const offsetMinutes = reference?.offsetMinutes ?? 0;
  for (const chunk of chunkSpans(text, sentences, MAX_CHUNK)) {
    const piece = text.slice(chunk.start, chunk.end);
    if (!MAY_HOLD_NUMERIC_DATE.test(piece)) continue;
    const results = chrono.parse(piece, { instant, timezone: offsetMinutes });
    for (const result of results) {
      const index = sentenceAt(sentences, chunk.start + result.index);
      const sentence = sentences[index];
      if (!sentence) continue;
      const refined = refineResult(result, chunk.start, { text, sentence, reference, timeZone });
      if (!refined) continue;
      if ("code" in refined) rejections.push(refined);
      else candidates.push(Object.assign(refined, { sentence: index }));
    }
  }
  // Our TIMEX3 rules own the TimeML conventions; chrono keeps the numeric dates they leave to it.
  const timex = timexCandidates(text, reference, timeZone, sentences);
  const ruled = timex.candidates
    .map((c) => Object.assign(c, { sentence: sentenceAt(sentences, c.start) }))
    .filter((c) => c.sentence >= 0);
  const merged = mergeCandidates(text, ruled, candidates).filter((c) => !insideUrl(text, c.start));
  return { candidates: merged, rejections: [...rejections, ...timex.rejections] };
}

/** The start of a URL: a scheme anywhere in the word, or a word opening with "www." or "host.tld/". */
const URL_START = /[a-z][a-z\d+.-]*:\/\/|^\W*www\.|^\W*[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\//i;

/**
 * True when `index` is inside a URL ("https://example.org/2021/report.pdf"): the word it is in
 * (up to 300 characters back) starts one. A year in a path is not a date the article states.
 */
export function insideUrl(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && index - start < 300 && !/\s/.test(text.charAt(start - 1))) start--;
  return start < index && URL_START.test(text.slice(start, index));
}
