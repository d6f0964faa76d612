/**
 * Stage 1: normalise text before anything else reads it, keeping a map back to the input.
 * - NFC (per grapheme base + combining marks, so the map stays exact),
 * - BOM, control and format characters removed; lone surrogates become U+FFFD,
 * - runs of horizontal whitespace → one space; runs containing a line break → one "\n".
 */

/** Normalised text plus, for each of its UTF-16 units, the input range it came from. */
export interface NormalizedText {
  text: string;
  /** Where each normalised unit came from in the input (see `toInputSpan`). */
  map: OffsetMap;
  /** Length of the original input. */
  inputLength: number;
  /** Number of characters removed (controls, BOM) or replaced (lone surrogates). */
  removed: number;
}

function isHorizontalSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000
  );
}
const isLineBreak = (code: number): boolean => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
function isDropped(code: number): boolean {
  return (
    code <= 0x08 || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0x00ad
  );
}
const COMBINING = /\p{M}/u;
const MAY_NEED_NFC = /[\u0300-\uffff]/;
const isSpace = (code: number): boolean => isLineBreak(code) || isHorizontalSpace(code);
/** A lone " " or "\n" normalises to itself: it stays inside a copied run (fewer pieces to join). */
const isLoneSelfSpace = (input: string, i: number, code: number): boolean =>
  (code === 0x20 || code === 0x0a) && !isSpace(input.charCodeAt(i + 1)) && !isSpace(input.charCodeAt(i - 1));

/**
 * For each normalised unit, the input range it came from, stored by segments rather than per unit
 * (most text is copied unchanged: one segment per unchanged run, not two numbers per character).
 * Segment `k` begins at normalised unit `unit[k]`. An identity segment (`end[k] === -1`) maps unit
 * `unit[k] + d` to input `[from[k] + d, from[k] + d + 1)` up to the next segment; any other
 * segment is one unit whose source is `[from[k], end[k])` (a whitespace run, a composed character,
 * a replaced or paired surrogate).
 */
export class OffsetMap {
  private unit: Int32Array;
  private from: Int32Array;
  private end: Int32Array;
  private count = 0;
  /** Number of normalised units mapped so far. */
  length = 0;

  constructor(capacity = 16) {
    this.unit = new Int32Array(capacity);
    this.from = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
  }

  private add(from: number, end: number): void {
    if (this.count === this.unit.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.unit = grow(this.unit);
      this.from = grow(this.from);
      this.end = grow(this.end);
    }
    this.unit[this.count] = this.length;
    this.from[this.count] = from;
    this.end[this.count] = end;
    this.count++;
  }

  /** One normalised unit from input `[start, end)`. */
  push(start: number, end: number): void {
    this.add(start, end);
    this.length++;
  }

  /** Input units `from … to-1` copied one to one. */
  pushIdentity(from: number, to: number): void {
    if (to <= from) return;
    const k = this.count - 1;
    // Continues the previous identity segment when the input continues it too.
    const continues = k >= 0 && this.end[k] === -1 && (this.from[k] as number) + (this.length - (this.unit[k] as number)) === from;
    if (!continues) this.add(from, -1);
    this.length += to - from;
  }

  /** Index of the segment holding normalised unit `i` (0 ≤ i < length). */
  private segmentOf(i: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.unit[mid] as number) <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Input offset where normalised unit `i` begins. */
  startOf(i: number): number {
    const k = this.segmentOf(i);
    return this.end[k] === -1 ? (this.from[k] as number) + (i - (this.unit[k] as number)) : (this.from[k] as number);
  }

  /** Input offset (exclusive) where normalised unit `i`'s source ends. */
  endOf(i: number): number {
    const k = this.segmentOf(i);
    return this.end[k] === -1 ? (this.from[k] as number) + (i - (this.unit[k] as number)) + 1 : (this.end[k] as number);
  }
}

/** Runs longer than this (whitespace, or text copied unchanged) are skipped with one regex search. */
const SHORT_RUN = 8;
/** A run of what `isSpace` accepts, from `lastIndex`; a line break (`isLineBreak`). */
const SPACE_RUN = /[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/y;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * Where a run copied unchanged stops: a character outside printable ASCII other than a lone "\n",
 * or a space/newline followed by whitespace (`isSpace`), or (`RUN_END_NFC`, when the text needs
 * NFC) any character followed by one from U+0300 up. Inside a run the character before a space is
 * never whitespace, so a space ends the run exactly when the next character is whitespace.
 */
const RUN_END = /[^\x20-\x7e\n]|[ \n](?=[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000])/g;
const RUN_END_NFC = /[^\x20-\x7e\n]|[ \n](?=[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000])|[\s\S](?=[\u0300-\uffff])/g;

/** Normalises `input`; see the module comment. Linear in the input length. */
export function normalizeText(input: string): NormalizedText {
  // Every character below U+0300 is NFC-stable: most text skips the full normalisation check.
  const needsNfc = MAY_NEED_NFC.test(input) && input !== input.normalize("NFC");
  const runEnd = needsNfc ? RUN_END_NFC : RUN_END;
  const pieces: string[] = [];
  const map = new OffsetMap();
  let removed = 0;
  let runStart = -1; // start of a run of characters copied unchanged
  let spaceStart = -1; // start of a pending whitespace run
  let spaceNewline = false;

  const flushRun = (end: number): void => {
    if (runStart >= 0) {
      pieces.push(input.slice(runStart, end));
      runStart = -1;
    }
  };
  const flushSpace = (end: number): void => {
    if (spaceStart < 0) return;
    pieces.push(spaceNewline ? "\n" : " ");
    map.push(spaceStart, end);
    spaceStart = -1;
    spaceNewline = false;
  };

  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    const newline = isLineBreak(code);
    if ((newline || isHorizontalSpace(code)) && !isLoneSelfSpace(input, i, code)) {
      flushRun(i);
      if (spaceStart < 0) spaceStart = i;
      spaceNewline ||= newline;
      // The rest of the run (every character after the first has a space before it): a short
      // run character by character, a long one in one search.
      const short = i + SHORT_RUN;
      for (i++; i < short && i < input.length && isSpace(input.charCodeAt(i)); i++) spaceNewline ||= isLineBreak(input.charCodeAt(i));
      if (i === short) {
        SPACE_RUN.lastIndex = i;
        const rest = SPACE_RUN.exec(input)?.[0] ?? "";
        spaceNewline ||= LINE_BREAK.test(rest);
        i += rest.length;
      }
      continue;
    }
    if (spaceStart >= 0) flushSpace(i);
    if (isDropped(code)) {
      flushRun(i);
      removed++;
      i++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = input.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        if (runStart < 0) runStart = i;
        map.push(i, i + 2);
        map.push(i, i + 2);
        i += 2;
      } else {
        flushRun(i);
        removed++;
        pieces.push("\uFFFD");
        map.push(i, i + 1);
        i++;
      }
      continue;
    }
    if (needsNfc && (code >= 0x300 || input.charCodeAt(i + 1) >= 0x300)) {
      // A base character and the combining marks after it form one unit for NFC.
      let j = i + 1;
      while (j < input.length && COMBINING.test(input[j] as string)) j++;
      const composed = input.slice(i, j).normalize("NFC");
      if (composed !== input.slice(i, j)) {
        flushRun(i);
        pieces.push(composed);
        for (let k = 0; k < composed.length; k++) map.push(i, j);
        i = j;
        continue;
      }
    }
    if (runStart < 0) runStart = i;
    const from = i;
    // Printable ASCII is copied unchanged: the first characters of its run one by one (most runs
    // between double spaces are short), the rest with one search.
    const short = i + SHORT_RUN;
    for (i++; i < short && i < input.length; i++) {
      const c = input.charCodeAt(i);
      if ((c <= 0x20 && !isLoneSelfSpace(input, i, c)) || c >= 0x7f || (needsNfc && input.charCodeAt(i + 1) >= 0x300)) break;
    }
    if (i === short) {
      runEnd.lastIndex = i;
      i = runEnd.exec(input)?.index ?? input.length;
    }
    map.pushIdentity(from, i);
  }
  flushRun(i);
  // Leading/trailing whitespace still becomes one space/newline, like any other run.
  flushSpace(i);
  return { text: pieces.join(""), map, inputLength: input.length, removed };
}

/** Maps a span `[start, end)` of the normalised text back to the input. */
export function toInputSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (norm.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), norm.text.length - 1);
  const e = Math.min(Math.max(end, s + 1), norm.text.length);
  return { start: norm.map.startOf(s), end: norm.map.endOf(e - 1) };
}
