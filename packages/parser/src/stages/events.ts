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
import { RANGE_JOIN } from "../timex/lexicon.js";

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
export const dedupeKey = (s: string): string =>
  (NON_ASCII.test(s) ? s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ") : s.toLowerCase().replace(/[^a-z0-9]+/g, " ")).trim();

/** FNV-1a step. */
const mix = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

/** How many of a key's letters and digits its hash reads: enough to tell sentences apart. */
const HASHED_CHARS = 32;

/**
 * A hash of the first `HASHED_CHARS` letters and digits of `dedupeKey(s)` (its spaces ignored), so
 * strings with one key share one hash. For ASCII text it reads `s` directly (lower-casing letters,
 * skipping what the key turns into spaces) instead of building the key.
 */
function keyHash(s: string, h: number): number {
  let n = 0;
  if (NON_ASCII.test(s)) {
    const key = dedupeKey(s);
    for (let i = 0; i < key.length && n < HASHED_CHARS; i++) {
      if (key.charCodeAt(i) !== 0x20) {
        h = mix(h, key.charCodeAt(i));
        n++;
      }
    }
    return h;
  }
  for (let i = 0; i < s.length && n < HASHED_CHARS; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      h = mix(h, c);
      n++;
    } else if (c >= 0x41 && c <= 0x5a) {
      h = mix(h, c + 0x20);
      n++;
    }
  }
  return h;
}

/**
 * Strings compared by `scope` plus their `dedupeKey`. Keys are built only when two strings share a
 * hash of their key (a repeat, or a rare collision): most sentences and titles of a document are
 * distinct, and a key costs a regular-expression replace over the whole string.
 */
export class DedupeSet {
  readonly #buckets = new Map<number, { scope: string; text: string; key: string | null }[]>();

  #hash(scope: string, text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < scope.length; i++) h = mix(h, scope.charCodeAt(i));
    return keyHash(text, mix(h, 0x7c));
  }

  /** Whether a string with the same scope and key was added. */
  has(text: string, scope = ""): boolean {
    const bucket = this.#buckets.get(this.#hash(scope, text));
    if (!bucket) return false;
    const key = dedupeKey(text);
    return bucket.some((e) => e.scope === scope && (e.key ??= dedupeKey(e.text)) === key);
  }

  add(text: string, scope = ""): void {
    const h = this.#hash(scope, text);
    const bucket = this.#buckets.get(h);
    if (bucket) bucket.push({ scope, text, key: null });
    else this.#buckets.set(h, [{ scope, text, key: null }]);
  }
}

/** Words that make a line a timestamp rather than a statement ("Updated on 08.04.2023 at 10:00"). */
const STAMP_WORDS = new Set(["updated", "published", "posted", "modified", "last", "date", "dated", "on", "at", "of", "the", "as", "gmt", "utc", "am", "pm"]);

const WORD = /\p{L}{2,}/gu;

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
    // Words are read one at a time: the second that is not a stamp word settles it.
    WORD.lastIndex = 0;
    for (let m = WORD.exec(piece); m; m = WORD.exec(piece)) {
      if (!STAMP_WORDS.has(m[0].toLowerCase()) && ++words >= 2) return false;
    }
  }
  return true;
}

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

/** Builds events in text order (ids `e0`, `e1`, … in that order), deduplicated, not yet capped. */
export function assembleEvents({ text, sentences, lines, candidates, toInput, input }: AssembleInput): ParsedEvent[] {
  const bySentence = new Map<number, IdentifiedCandidate[]>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as IdentifiedCandidate;
    if (!c.date || (c.timex.type !== "DATE" && c.timex.type !== "TIME")) continue;
    const list = bySentence.get(c.sentence) ?? [];
    list.push(c);
    bySentence.set(c.sentence, list);
  }
  // Sentences by their text, titles by their date and text.
  const seenSentences = new DedupeSet();
  const seenTitles = new DedupeSet();
  const events: ParsedEvent[] = [];
  for (const [index, all] of [...bySentence.entries()].sort((a, b) => a[0] - b[0])) {
    const sentence = sentences[index];
    const line = sentence ? lines[sentence.line] : undefined;
    if (!sentence || !line || line.kind !== "body") continue;
    // A date inside a press dateline ("WASHINGTON, August 11 (Xinhua) --") is when the story was
    // filed (the document's date), never an event, even when a sentence break falls inside it.
    const datelineEnd = line.start + line.datelinePrefix;
    const mentions = all.filter((m) => m.start >= datelineEnd);
    const anchor = mentions[0];
    if (!anchor?.date) continue;
    const body = text.slice(sentence.start, sentence.end);
    const local = mentions.map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start }));
    if (onlyDates(body, local)) continue;
    const skip = Math.max(0, datelineEnd - sentence.start);
    // A repeated sentence is skipped before its title is built.
    const unskipped = body.slice(skip);
    if (seenSentences.has(unskipped)) continue;
    const range = rangeDate(body, sentence.start, anchor, mentions[1]);
    // A range's title leaves out both ends (`Prices rose from 2014 to 2022` → `Prices rose`).
    const dated = range ? { start: (local[0] as Span).start, end: (local[1] as Span).end } : (local[0] as Span);
    const title = makeTitle(body, dated, skip);
    if (seenTitles.has(title, anchor.date.value)) continue;
    seenSentences.add(unskipped);
    seenTitles.add(title, anchor.date.value);
    const span = toInput(sentence.start, sentence.end);
    events.push({
      id: `e${events.length}`,
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
