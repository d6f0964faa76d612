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

const HSPACE = /[ \t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
/** Control (Cc except tab/newlines), zero-width and format characters, BOM, soft hyphen. */
function isDropped(code: number): boolean {
  return (
    code <= 0x08 || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0x00ad
  );
}
const COMBINING = /\p{M}/u;

/** Normalises `input`; see the module comment. Linear in the input length. */
export function normalizeText(input: string): NormalizedText {
  const needsNfc = input !== input.normalize("NFC");
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let removed = 0;
  let pendingSpace: { start: number; end: number; newline: boolean } | null = null;

  const flushSpace = (): void => {
    if (!pendingSpace) return;
    out.push(pendingSpace.newline ? "\n" : " ");
    starts.push(pendingSpace.start);
    ends.push(pendingSpace.end);
    pendingSpace = null;
  };
  const emit = (chunk: string, start: number, end: number): void => {
    flushSpace();
    for (let k = 0; k < chunk.length; k++) {
      out.push(chunk[k] as string);
      starts.push(start);
      ends.push(end);
    }
  };

  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    const ch = input[i] as string;
    if (ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029" || HSPACE.test(ch)) {
      const newline = ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029";
      if (pendingSpace) {
        pendingSpace.end = i + 1;
        pendingSpace.newline ||= newline;
      } else {
        pendingSpace = { start: i, end: i + 1, newline };
      }
      i++;
      continue;
    }
    if (isDropped(code)) {
      removed++;
      i++;
      continue;
    }
    // Surrogates: keep well-formed pairs, replace lone halves.
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = input.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        emit(input.slice(i, i + 2), i, i + 2);
        i += 2;
      } else {
        removed++;
        emit("\uFFFD", i, i + 1);
        i++;
      }
      continue;
    }
    if (needsNfc) {
      // A base character and the combining marks after it form one unit for NFC.
      let j = i + 1;
      while (j < input.length && COMBINING.test(input[j] as string)) j++;
      emit(input.slice(i, j).normalize("NFC"), i, j);
      i = j;
      continue;
    }
    emit(ch, i, i + 1);
    i++;
  }
  flushSpace();
  return {
    text: out.join(""),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
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
