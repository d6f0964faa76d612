/**
 * Stage 1: normalise text before anything else reads it, keeping a map back to the input.
 * - NFC (per grapheme base + combining marks, so the map stays exact),
 * - BOM, control and format characters removed; lone surrogates become U+FFFD,
 * - runs of horizontal whitespace → one space; runs containing a line break → one "\n".
 */

/** Normalised text plus, for each of its UTF-16 units, the input range it came from. */
export interface NormalizedText {
  text: string;
  /** `starts[i]`: input offset where normalised unit `i` begins. */
  starts: Int32Array;
  /** `ends[i]`: input offset (exclusive) where normalised unit `i`'s source ends. */
  ends: Int32Array;
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

/** Growable pair of offset arrays. */
class OffsetMap {
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.starts = new Int32Array(Math.max(capacity, 16));
    this.ends = new Int32Array(Math.max(capacity, 16));
  }
  private reserve(extra: number): void {
    if (this.length + extra <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.length + extra);
    const grow = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
  }
  push(start: number, end: number): void {
    this.reserve(1);
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
  /** Input units `from … to-1` copied one to one. */
  pushIdentity(from: number, to: number): void {
    this.reserve(to - from);
    const { starts, ends } = this;
    let n = this.length;
    for (let k = from; k < to; k++, n++) {
      starts[n] = k;
      ends[n] = k + 1;
    }
    this.length = n;
  }
}

/** Normalises `input`; see the module comment. Linear in the input length. */
export function normalizeText(input: string): NormalizedText {
  // Every character below U+0300 is NFC-stable: most text skips the full normalisation check.
  const needsNfc = MAY_NEED_NFC.test(input) && input !== input.normalize("NFC");
  const pieces: string[] = [];
  const map = new OffsetMap(input.length);
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
      i++;
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
    i++;
    // Printable ASCII is copied unchanged: take the rest of its run without the checks above.
    while (i < input.length) {
      const c = input.charCodeAt(i);
      if ((c <= 0x20 && !isLoneSelfSpace(input, i, c)) || c >= 0x7f || (needsNfc && input.charCodeAt(i + 1) >= 0x300)) break;
      i++;
    }
    map.pushIdentity(from, i);
  }
  flushRun(i);
  // Leading/trailing whitespace still becomes one space/newline, like any other run.
  flushSpace(i);
  return {
    text: pieces.join(""),
    starts: map.starts.subarray(0, map.length),
    ends: map.ends.subarray(0, map.length),
    inputLength: input.length,
    removed,
  };
}

/** Maps a span `[start, end)` of the normalised text back to the input. */
export function toInputSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (norm.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), norm.text.length - 1);
  const e = Math.min(Math.max(end, s + 1), norm.text.length);
  return { start: norm.starts[s] ?? 0, end: norm.ends[e - 1] ?? norm.inputLength };
}
