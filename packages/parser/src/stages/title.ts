/**
 * Event titles: the clause of a sentence that holds the anchoring date, without the date phrase,
 * trimmed at phrase boundaries to at most `MAX_TITLE` characters. Never a sentence cut mid-phrase
 * when a boundary exists.
 */
import type { Span } from "./segment.js";

/** Longest title, in characters. */
export const MAX_TITLE = 90;

const CONNECTORS =
  "and|but|so|yet|while|whereas|although|though|because|since|as|amid|after|before|when|which|who|where|even|despite|including|arguing|saying|adding|according|with|until|once";
/** Where a new clause starts: after ; : — or a comma followed by a connector, or before a strong subordinator. */
const CLAUSE_START = new RegExp(
  `(?:[;:]\\s+|\\s+[—–]\\s+|,\\s+(?=(?:${CONNECTORS})\\b)|\\s+(?=(?:amid|although|whereas|because|even after|even though|even as)\\b))`,
  "gi",
);
const LEADING_CONNECTOR = new RegExp(`^(?:(?:${CONNECTORS}|after|that|then|also)\\s+)+`, "i");
const SENTENCE_CONNECTOR = /^(?:and|but|so|yet|also)\s+/i;
/** Words a shortened title may stop before. */
const PHRASE_BREAK = /[,;:(—–]|\s(?=(?:that|which|who|whom|whose|amid|while|because|although|though|but|with|as|since|after|before|including|arguing|saying|adding|despite|according|when|where|if|so|to\s+the|from|over)\b)/gi;
export const DANGLING = /\s+(?:the|a|an|of|to|in|on|at|for|by|with|from|and|or|his|her|its|their|our|this|that)$/i;
const DATE_PREPOSITION =
  /(?:\b(?:in|on|at|during|since|by|from|between|of|until|for|as of|over|through|throughout|within|around|about|early|late)\s+)?(?:the\s+)?$/i;
/** Sentence adverbs that add nothing to a title ("Indeed, …", "Nevertheless, …"). */
const LEADING_ADVERB =
  /^(?:indeed|nevertheless|nonetheless|however|meanwhile|then|similarly|also|still|moreover|finally|instead|now|later|earlier|separately|in addition|in the meantime|in fact|at the time|by then),\s+/i;
/** A finite verb, roughly: a clause without one ("Since 1993, three doctors") is not a title. */
const VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|says?|said|told|met|began|took|made|went|came|left|won|lost|held|sent|fell|rose|[a-z]{2,}ed)\b/i;

function clauseAround(sentence: string, at: number): { text: string; offset: number; first: boolean } {
  let start = 0;
  let end = sentence.length;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(sentence); m; m = CLAUSE_START.exec(sentence)) {
    const boundary = m.index + m[0].length;
    if (m.index <= at) start = boundary;
    else {
      end = m.index;
      break;
    }
    if (m[0].length === 0) CLAUSE_START.lastIndex++;
  }
  return { text: sentence.slice(start, end), offset: start, first: start === 0 };
}

const LEAD_JUNK = new Set([" ", ",", ";", ":", "—", "–", "-"]);
const TRAIL_JUNK = new Set([" ", ",", ";", ":", ".", "!", "?", "—", "–", "-"]);

/** Anything the replaces in `tidy` would change (most clauses have nothing: skip them). */
const UNTIDY = /[^\S ]|\s[\s,;:.!?]|[,;:](?=[,;:.!?]|$)/;

/**
 * Single spaces, no space before punctuation, no `,;:` before punctuation or at the end, no
 * leading or trailing punctuation runs. Idempotent: a tidy string comes back unchanged (its only
 * whitespace is single spaces and its ends are not junk), which lets titles skip repeat calls.
 */
export function tidy(text: string): string {
  const t = UNTIDY.test(text)
    ? text
        .replace(/\s+/g, " ")
        .replace(/\s+([,;:.!?])/g, "$1")
        .replace(/([,;:])(?=[,;:.!?]|$)/g, "")
    : text;
  return trimJunk(t).trim();
}

/**
 * Leading/trailing punctuation runs, trimmed by index (an end-anchored regex retries at every
 * position). On a prefix of a tidy string this is all `tidy` would do: inside, it is still tidy.
 */
function trimJunk(t: string): string {
  let a = 0;
  let b = t.length;
  while (a < b && LEAD_JUNK.has(t[a] as string)) a++;
  while (b > a && TRAIL_JUNK.has(t[b - 1] as string)) b--;
  return t.slice(a, b);
}

function balancedQuotes(text: string): boolean {
  return (text.match(/["“”]/g) ?? []).length % 2 === 0;
}

/** A role before a name ("Ukrainian President Volodymyr Zelensky"): the first thing to go when too long. */
const ROLE_BEFORE_NAME =
  /\b(?:[A-Z][a-z]+\s+)?(?:President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister|Secretary of State|Secretary|Chancellor|Senator|Sen\.|Governor|Gov\.|Mayor|Chairman|Chairwoman|Chief Executive|CEO|Spokesman|Spokeswoman|General|Gen\.)\s+(?=(?:[A-Z][\p{L}'’-]+\s+){0,2}[A-Z][\p{L}'’-]+)/u;

/** Number of words when split on single spaces (`text.split(" ").length`) without building the array. */
export function spaceSplitCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) n++;
  return n;
}

/**
 * `DANGLING.test(text)`, reading only the tail the pattern can span: a match ends with one
 * whitespace character and a function word of at most five letters, so any match shows in the
 * last sixteen characters (the end-anchored pattern is otherwise retried at every space).
 */
export const dangles = (text: string): boolean => DANGLING.test(text.length > 16 ? text.slice(-16) : text);

/** `input` is tidy. */
function shorten(input: string): string {
  if (input.length <= MAX_TITLE) return input;
  const text = input.replace(ROLE_BEFORE_NAME, "");
  if (text.length <= MAX_TITLE) return text;
  // Prefixes of the tidy input need only their ends trimmed.
  const tidyPrefix = text === input ? trimJunk : tidy;
  // The longest fitting prefix wins: collect the boundaries, then try them from the last one back.
  const breaks: number[] = [];
  PHRASE_BREAK.lastIndex = 0;
  for (let m = PHRASE_BREAK.exec(text); m; m = PHRASE_BREAK.exec(text)) {
    if (m.index > MAX_TITLE) break;
    breaks.push(m.index);
  }
  for (let k = breaks.length - 1; k >= 0; k--) {
    const prefix = tidyPrefix(text.slice(0, breaks[k]));
    if (spaceSplitCount(prefix) >= 3 && balancedQuotes(prefix) && !dangles(prefix)) return prefix;
  }
  // No phrase boundary fits: stop at a word boundary, never after a function word.
  let cut = text.slice(0, MAX_TITLE + 1);
  cut = cut.slice(0, Math.max(cut.lastIndexOf(" "), 1));
  while (DANGLING.test(cut)) cut = cut.replace(DANGLING, "");
  return tidy(balancedQuotes(cut) ? cut : cut.replace(/["“”]/g, ""));
}

/**
 * A readable title for an event in `sentence` anchored by the date at `date` (offsets relative
 * to the sentence). `skip` characters at the start (a press dateline) are left out.
 */
export function makeTitle(sentence: string, date: Span, skip = 0): string {
  const body = sentence.slice(skip);
  const local = { start: Math.max(0, date.start - skip), end: Math.max(0, date.end - skip) };
  let clause = clauseAround(body, local.start);
  if (!VERB.test(clause.text.slice(0, Math.max(0, local.start - clause.offset)) + clause.text.slice(local.end - clause.offset))) {
    clause = { text: body, offset: 0, first: true };
  }
  let text = clause.text;
  let tidied = false;
  const s = local.start - clause.offset;
  const e = Math.min(local.end - clause.offset, text.length);
  // Drop the date phrase with its preposition when the rest still reads as a clause.
  if (s >= 0 && e > s) {
    const before = text.slice(0, s);
    // The end-anchored pattern is retried at every position: read only the tail it can span
    // (a preposition, "the", single spaces), the whole prefix if the match reaches the tail's start.
    const tail = before.length > 64 ? before.slice(-64) : before;
    let prep = DATE_PREPOSITION.exec(tail)?.[0] ?? "";
    if (tail !== before && prep.length === tail.length) prep = DATE_PREPOSITION.exec(before)?.[0] ?? "";
    // "arrived at 10:30 on April 7, in Kyiv" → "arrived in Kyiv": a comma left before a preposition goes.
    const after = text.slice(e).replace(/^,\s*(?=(?:in|at|on|for|with|from|to|near|inside|outside|during)\b)/i, " ");
    const without = tidy(`${before.slice(0, before.length - prep.length).trimEnd()}${after}`);
    if (spaceSplitCount(without) >= 3) {
      text = without;
      tidied = true;
    }
  }
  // `tidy` is idempotent: text already tidied, or left unchanged by the replaces, is not tidied again.
  if (!tidied) text = tidy(text);
  const trimmed = (clause.first ? text.replace(SENTENCE_CONNECTOR, "") : text.replace(LEADING_CONNECTOR, "")).replace(LEADING_ADVERB, "");
  text = shorten(trimmed === text ? text : tidy(trimmed));
  if (text.length === 0) text = tidy(body).slice(0, MAX_TITLE);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
