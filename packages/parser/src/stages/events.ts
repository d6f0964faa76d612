/**
 * Stage 6: assemble events. One event per body sentence that holds a calendar date: the first
 * dated mention anchors it. Metadata lines (header, timestamp, captions, headings, bylines,
 * labels), sentences that are only a date, and repeated sentences yield nothing.
 */
import type { DateValue, ParsedEvent } from "../types.js";
import type { LineInfo } from "./metadata.js";
import type { Candidate } from "./refine.js";
import type { Sentence, Span } from "./segment.js";
import { makeTitle } from "./title.js";

/** A candidate with its final id and the sentence it belongs to. */
export interface IdentifiedCandidate extends Candidate {
  id: string;
  sentence: number;
}

export interface AssembleInput {
  /** Normalised text. */
  text: string;
  sentences: readonly Sentence[];
  lines: readonly LineInfo[];
  candidates: readonly IdentifiedCandidate[];
  /** Maps a normalised span to the input. */
  toInput: (start: number, end: number) => Span;
  /** The original input (event sentences are quoted from it). */
  input: string;
}

const NON_ASCII = /[\u0080-\uffff]/;
/** Lower-cased words, any other characters one space (an ASCII-only regex where the text allows: faster). */
const dedupeKey = (s: string): string =>
  (NON_ASCII.test(s) ? s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ") : s.toLowerCase().replace(/[^a-z0-9]+/g, " ")).trim();

/** Words that make a line a timestamp rather than a statement ("Updated on 08.04.2023 at 10:00"). */
const STAMP_WORDS = new Set(["updated", "published", "posted", "modified", "last", "date", "dated", "on", "at", "of", "the", "as", "gmt", "utc", "am", "pm"]);

/** True when a sentence is little more than its dates ("Updated 08.04.2023 10:00"). */
function onlyDates(sentence: string, dates: readonly Span[]): boolean {
  const pieces: string[] = [];
  let at = 0;
  for (const d of [...dates].sort((a, b) => a.start - b.start)) {
    if (d.start > at) pieces.push(sentence.slice(at, d.start));
    at = Math.max(at, d.end);
  }
  pieces.push(sentence.slice(at));
  let words = 0;
  for (const piece of pieces) {
    for (const word of piece.match(/\p{L}{2,}/gu) ?? []) {
      if (!STAMP_WORDS.has(word.toLowerCase())) words++;
    }
    if (words >= 2) return false;
  }
  return true;
}

/** What joins the two ends of a range: `2014 to 2022`, `1 a.m. - 5 a.m.`, `between May and June`. */
const RANGE_JOIN = /^\s*(?:to|until|till|through|thru|and|-|–|—)\s*$/i;
/** Verbs of moving a date (`postponed the vote from Friday to Monday`): two dates, no range. */
const MOVED = /\b(?:postpon|delay|reschedul|mov|push|brought|bring|shift|chang|advanc|extend)\w*/i;

/**
 * The date of an event whose first two mentions are the ends of one range (`from 2014 to 2022`,
 * `between 9 and 11 a.m.`, `March 3 - March 5`): the first end's value and precision, covering
 * up to the second end's end. Otherwise the anchor's own date.
 */
function rangeDate(body: string, bodyStart: number, first: IdentifiedCandidate, second: IdentifiedCandidate | undefined): DateValue | null {
  if (!first.date || !second?.date) return null;
  const join = body.slice(first.end - bodyStart, second.start - bodyStart);
  if (!RANGE_JOIN.test(join)) return null;
  const lead = body.slice(0, first.start - bodyStart);
  const word = join.trim().toLowerCase();
  // `and` closes a range only after `between`; `to`, `until` only after `from` (`rose 5% to 2022` is no range).
  if (word === "and" && !/\bbetween\s+$/i.test(lead)) return null;
  if (/^(?:to|until|till)$/.test(word) && !/\bfrom\s+$/i.test(lead)) return null;
  if (MOVED.test(lead)) return null;
  if (Date.parse(second.date.end) <= Date.parse(first.date.start)) return null;
  return { value: first.date.value, precision: first.date.precision, start: first.date.start, end: second.date.end };
}

/** Builds events in text order, deduplicated, not yet capped. */
export function assembleEvents({ text, sentences, lines, candidates, toInput, input }: AssembleInput): Omit<ParsedEvent, "id">[] {
  const bySentence = new Map<number, IdentifiedCandidate[]>();
  for (const c of candidates) {
    if (!c.date || (c.timex.type !== "DATE" && c.timex.type !== "TIME")) continue;
    const list = bySentence.get(c.sentence) ?? [];
    list.push(c);
    bySentence.set(c.sentence, list);
  }
  const seen = new Set<string>();
  const events: Omit<ParsedEvent, "id">[] = [];
  for (const [index, all] of [...bySentence.entries()].sort((a, b) => a[0] - b[0])) {
    const sentence = sentences[index];
    const line = sentence ? lines[sentence.line] : undefined;
    // A date inside a press dateline ("WASHINGTON, August 11 (Xinhua) --") is when the story was filed.
    const datelineEnd = line && sentence?.start === line.start ? line.start + line.datelinePrefix : -1;
    const mentions = all.filter((m) => m.start >= datelineEnd);
    const anchor = mentions[0];
    if (!sentence || !line || line.kind !== "body" || !anchor?.date) continue;
    const body = text.slice(sentence.start, sentence.end);
    const local = mentions.map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start }));
    if (onlyDates(body, local)) continue;
    const skip = sentence.start === line.start ? line.datelinePrefix : 0;
    // A repeated sentence is skipped before its title is built.
    const bodyKey = dedupeKey(body.slice(skip));
    if (seen.has(bodyKey)) continue;
    const range = rangeDate(body, sentence.start, anchor, mentions[1]);
    // A range's title leaves out both ends (`Prices rose from 2014 to 2022` → `Prices rose`).
    const dated = range ? { start: (local[0] as Span).start, end: (local[1] as Span).end } : (local[0] as Span);
    const title = makeTitle(body, dated, skip);
    const titleKey = `${anchor.date.value}|${dedupeKey(title)}`;
    if (seen.has(titleKey)) continue;
    seen.add(bodyKey);
    seen.add(titleKey);
    const span = toInput(sentence.start, sentence.end);
    events.push({
      date: range ?? anchor.date,
      title,
      sentence: input.slice(span.start, span.end),
      span,
      mentionIds: mentions.map((m) => m.id),
      confidence: anchor.confidence,
    });
  }
  return events;
}
