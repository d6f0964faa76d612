/**
 * Stage 2: split normalised text into lines (paragraphs) and sentences.
 * A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and a capital, digit
 * or quote — or glued straight to a capitalised word after a lowercase letter ("Ukraine.Moscow").
 * Not after abbreviations (U.S., Mr., Jan.), initials, inside numbers (08.04.2023, 6.5).
 */

/** A span of the normalised text. */
export interface Span {
  start: number;
  end: number;
}

/** A sentence: its span in the normalised text and the line it belongs to. */
export interface Sentence extends Span {
  line: number;
}

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof st sr jr gen sen rep gov lt col capt sgt cmdr adm maj pres rev hon " +
    "inc co corp ltd llc bros dept univ assn est approx vs etc al fig no nos vol pp ed eds " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun " +
    "ave blvd rd mt ft ca cf ie eg"
  ).split(" "),
);

/** Lines of the normalised text (normalisation leaves single "\n" between them), blank ones skipped. */
export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && text[s] === " ") s++;
    while (e > s && text[e - 1] === " ") e--;
    if (e > s) lines.push({ start: s, end: e });
    start = end + 1;
  }
  return lines;
}

const BOUNDARY = /[.!?]+["'”’)\]]*(?=(\s+)["'“‘(]?[A-Z0-9]|[A-Z][a-z])|[.!?]+["'”’)\]]*(?=\s*$)/g;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** A-Z, a-z or ".". */
const isLetterOrDot = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e;

function isAbbreviation(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && isLetterOrDot(text.charCodeAt(k - 1))) k--;
  const word = text.slice(k, dot);
  if (word.length === 0) return false;
  if (word.includes(".")) return true; // U.S, e.g, a.m
  if (word.length === 1 && /[A-Z]/.test(word)) return true; // initials: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Dotted abbreviations that often end a sentence (`at 5 a.m.`, `in the U.S.`): unlike `Mr.` or
 * `e.g.` they are no lead-in to the next word.
 */
const CAN_END_SENTENCE = /(?:^|[^A-Za-z.])(?:[ap]\.m|[A-Z](?:\.[A-Z])+)$/;
/**
 * Capitalised function words that open a clause (`A ceasefire was declared`, `The talks`, `In a
 * statement`): after `a.m.` or `U.S.` they start a new sentence, where a name (`5 a.m. Kyiv time`,
 * `p.m. EST`, `U.S. officials`, `4 p.m. Friday`) does not.
 */
const CLAUSE_OPENER =
  /^(?:A|An|The|This|That|These|Those|There|Some|Many|Most|No|He|She|It|They|We|I|You|His|Her|Its|Their|Our|My|But|And|Yet|So|However|Meanwhile|Later|Earlier|Then|In|On|At|After|Before|During|By|For|From|With|As|When|While|If|Since|Until|Although|Despite|According)\b(?![.-])/;

/** `true` when the abbreviation ending at `dot` closes a sentence because the next word opens a clause. */
function endsSentenceAfterAbbreviation(body: string, dot: number, next: number): boolean {
  return CAN_END_SENTENCE.test(body.slice(Math.max(0, dot - 8), dot)) && CLAUSE_OPENER.test(body.slice(next, next + 12));
}

/** Splits one line into sentence spans (trimmed). */
export function splitSentences(text: string, line: Span, lineIndex: number): Sentence[] {
  const out: Sentence[] = [];
  const body = text.slice(line.start, line.end);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
    const dot = m.index;
    const end = dot + m[0].length;
    const glued = m[1] === undefined && end < body.length;
    if (m[0].startsWith(".") && isAbbreviation(body, dot) && !(m[1] !== undefined && endsSentenceAfterAbbreviation(body, dot, end + m[1].length))) continue;
    // Glued only after a lowercase letter or closing punctuation: "Ukraine.Moscow", not "U.S.Army".
    if (glued && !/[a-z\d)"'”’]/.test(body[dot - 1] ?? "")) continue;
    // "6.5", "08.04.2023": a digit on both sides is a number.
    if (isDigit(body.charCodeAt(dot - 1)) && isDigit(body.charCodeAt(end))) continue;
    if (end > start) out.push({ start: line.start + start, end: line.start + end, line: lineIndex });
    start = end;
    while (start < body.length && body[start] === " ") start++;
  }
  if (start < body.length) out.push({ start: line.start + start, end: line.end, line: lineIndex });
  return out.filter((s) => s.end > s.start);
}

/** All sentences of the text, line by line. */
export function segment(text: string): { lines: Span[]; sentences: Sentence[] } {
  const lines = splitLines(text);
  const sentences = lines.flatMap((line, i) => splitSentences(text, line, i));
  return { lines, sentences };
}

/** Groups consecutive sentences into chunks of at most `maxChars` (a longer sentence is cut at a space). */
export function chunkSpans(text: string, sentences: readonly Span[], maxChars: number): Span[] {
  const chunks: Span[] = [];
  let current: Span | null = null;
  for (const s of sentences) {
    for (const piece of cutLong(text, s, maxChars)) {
      if (current && piece.end - current.start <= maxChars) {
        current.end = piece.end;
      } else {
        if (current) chunks.push(current);
        current = { start: piece.start, end: piece.end };
      }
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function cutLong(text: string, s: Span, maxChars: number): Span[] {
  if (s.end - s.start <= maxChars) return [s];
  const pieces: Span[] = [];
  let start = s.start;
  while (s.end - start > maxChars) {
    // The last space in the second half of the piece (`lastIndexOf` would search back to the
    // start of the text when there is none: quadratic on text without spaces).
    let space = -1;
    for (let i = start + maxChars; i > start + maxChars / 2; i--) {
      if (text.charCodeAt(i) === 0x20) {
        space = i;
        break;
      }
    }
    const cut = space > 0 ? space : start + maxChars;
    pieces.push({ start, end: cut });
    start = cut;
  }
  pieces.push({ start, end: s.end });
  return pieces;
}
