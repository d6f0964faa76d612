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
const PHRASE_BREAK = /[,;:(—–]|\s(?=(?:(?:just|shortly|soon|right|only|long|even|well)\s+(?=before|after|as|when|while|because|since))?(?:that|which|who|whom|whose|amid|while|because|although|though|but|with|as|since|after|before|including|arguing|saying|adding|despite|according|when|where|if|so|to\s+the|from|over)\b)/gi;
export const DANGLING =
  /\s+(?:the|a|an|of|to|in|on|at|for|by|with|from|and|or|nor|but|his|her|its|their|our|this|that|before|after|as|than|into|onto|about|against|between|during|through|while|when|where|whether|because|if|who|which|whose|whom|including|amid|despite|until|via|see|per|toward|towards|upon|without)$/i;
const DATE_PREPOSITION =
  /(?:\b(?:(?:(?:just|shortly|hours|days|minutes|weeks|soon|right|only|well|long|even)\s+)?(?:before|after)|ahead of|prior to|in|on|at|during|since|by|from|between|of|until|till|for|as of|over|through|throughout|within|around|about|early|late)\s+)?(?:the\s+)?$/i;
/** After "the" and a date, a lowercase word that is not a preposition, conjunction or verb: the date modifies it ("the 1987 crash"). */
const ATTRIBUTIVE =
  /^\s+(?!(?:in|on|at|to|into|and|but|or|nor|when|while|as|after|before|with|for|by|from|that|which|who|whom|where|than|of|is|are|was|were|has|have|had|will|would|said|says|amid|despite|until|through|during)\b|[a-z]+ed\b)[a-z]/;
/** Sentence adverbs that add nothing to a title ("Indeed, …", "Nevertheless, …"). */
const LEADING_ADVERB =
  /^(?:indeed|nevertheless|nonetheless|however|meanwhile|then|similarly|also|still|moreover|finally|instead|now|later|earlier|separately|in addition|in the meantime|in fact|at the time|by then),\s+/i;
/** A finite verb, roughly: a clause without one ("Since 1993, three doctors") is not a title. */
const VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|says?|said|told|met|began|took|made|went|came|left|won|lost|held|sent|fell|rose|[a-z]{2,}ed)\b/i;

const FIRST_WORD = /^\s*\S+/;
/** How an adverbial phrase of time opens ("On …", "Two days before …", "Shortly after …"), not a subject. */
const LEAD_ADVERBIAL =
  /^\W*(?:(?:just|shortly|only|even|long|soon|right|well)\s+)?(?:on|in|at|by|during|since|after|before|until|till|from|for|over|within|around|about|ahead|prior|early|late|earlier|later|last|this|next|(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+few|few|many)\s+(?:\w+\s+)?)?(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\s+(?:before|after|earlier|later|ago|into)|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+few|few|many)\s+(?:\w+\s+)?(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?))\b/i;

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
 * whitespace character and a function word of at most nine letters, so any match shows in the
 * last sixteen characters (the end-anchored pattern is otherwise retried at every space).
 */
export const dangles = (text: string): boolean => DANGLING.test(text.length > 16 ? text.slice(-16) : text);

/** A relative clause set off by commas: ", who had led the firm for a decade, ". */
const COMMA_RELATIVE = /,\s+(?:who|which|whose)\s[^,;:()]{1,150},\s+/;
/** The start of an unpunctuated relative clause ("The leader who had been held … was released"). */
const RELATIVE = /\s(?:who|which)\s/g;
/** Words that join a second verb to the relative clause's own ("detained and held"). */
const VERB_JOIN = /^(?:and|or|but|to|not|never|also|then)$/i;
const VERB_WORD = new RegExp(`^${VERB.source}$`, "i");
const ADVERB = /^[a-z]{3,}ly$/i;
/** Finite verbs and auxiliaries a main clause can resume with after a relative clause. */
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must|does|did|say|said|says|told)$/i;
const NEXT_WORD = /\s*([A-Za-z]*)/y;
/** The letters of the word starting after `at` in `text` ("" when none). */
function nextWord(text: string, at: number): string {
  NEXT_WORD.lastIndex = at;
  return NEXT_WORD.exec(text)?.[1] ?? "";
}
const WORD_TOKEN = /\S+/g;
/** Reading this far into a title for an unpunctuated relative clause is enough: the subject comes first. */
const RELATIVE_MAX_START = 60;

/**
 * `text` without the first relative clause after its subject, so a shortened title keeps the verb
 * naming what happened: "The leader, who had led the party for years, was arrested" and "The
 * leader who had been detained and held for days was released" → "The leader was released".
 * The unpunctuated clause ends where a second verb group starts (not one joined by "and").
 * Returns `text` itself when it has none.
 */
export function withoutRelative(text: string): string {
  const comma = COMMA_RELATIVE.exec(text);
  if (comma) return `${text.slice(0, comma.index)} ${text.slice(comma.index + comma[0].length)}`;
  RELATIVE.lastIndex = 0;
  const m = RELATIVE.exec(text);
  // Only a clause after the subject: "released one of two men who were sought …" keeps its own.
  if (!m || m.index > RELATIVE_MAX_START || VERB.test(text.slice(0, m.index))) return text;
  // The word after "who" is the relative clause's verb, whatever it is ("who specialize").
  let inGroup = true;
  let prev = "";
  WORD_TOKEN.lastIndex = m.index + m[0].length;
  for (let w = WORD_TOKEN.exec(text); w; w = WORD_TOKEN.exec(text)) {
    const word = w[0].replace(/^\W+|\W+$/g, "");
    // Adverbs keep a verb group going ("was critically injured").
    let verb: boolean = VERB_WORD.test(word) || (inGroup && ADVERB.test(word));
    // The main clause resumes at the next verb group ("… was released"), unless a finite verb
    // follows at once: then that one ("before the bomb exploded was identified").
    if (verb && !inGroup && !VERB_JOIN.test(prev)) {
      if (FINITE.test(word) || !FINITE.test(nextWord(text, WORD_TOKEN.lastIndex))) return `${text.slice(0, m.index)} ${text.slice(w.index)}`;
      verb = false; // the finite verb after it starts the group
    }
    // Where the clause ends is unclear past punctuation: keep the title as it is.
    if (/[,;:()]/.test(w[0])) return text;
    inGroup = verb;
    prev = w[0];
  }
  return text;
}

/** An adverb that leans on what follows ("just" before "before"): no title ends on it. */
const LAST_ADVERB = /\s(?:just|shortly|soon|right|only|even)$/i;
/** A time phrase a title may end on ("…, a week before", "two days later"): kept or dropped whole. */
const TRAILING_TIME =
  /,?\s+(?:(?:just|shortly|soon|right|only|long|even|well|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|some|\d+|the)\s+)?(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?))\s+)(?:before|after)$/i;

/**
 * `text` without a trailing function word ("… before", "… the"), unless too little would be
 * left; "…, a week before" and "… shortly before" go whole.
 */
function undangle(text: string): string {
  let t = text;
  while (dangles(t)) {
    const tail = t.length > 48 ? t.slice(-48) : t;
    const time = TRAILING_TIME.exec(tail);
    const whole = time ? trimJunk(t.slice(0, t.length - tail.length + time.index)) : "";
    const next = spaceSplitCount(whole) >= 3 ? whole : trimJunk(t.replace(DANGLING, ""));
    if (spaceSplitCount(next) < 3) break;
    t = next;
  }
  return t;
}

/** `input` is tidy. */
function shorten(input: string): string {
  if (input.length <= MAX_TITLE) return undangle(input);
  let text = input.replace(ROLE_BEFORE_NAME, "");
  if (text.length <= MAX_TITLE) return undangle(text);
  const lean = withoutRelative(text);
  if (lean !== text) {
    text = tidy(lean);
    if (text.length <= MAX_TITLE) return undangle(text);
  }
  // Prefixes of the tidy input need only their ends trimmed.
  const tidyPrefix = text === input ? trimJunk : tidy;
  // The longest fitting prefix wins: collect the boundaries, then try them from the last one back.
  const breaks: number[] = [];
  PHRASE_BREAK.lastIndex = 0;
  for (let m = PHRASE_BREAK.exec(text); m; m = PHRASE_BREAK.exec(text)) {
    if (m.index > MAX_TITLE) break;
    breaks.push(m.index);
  }
  // A prefix without a verb ("The opposition leader") names nobody doing anything: the last resort.
  let verbless: string | null = null;
  for (let k = breaks.length - 1; k >= 0; k--) {
    const prefix = tidyPrefix(text.slice(0, breaks[k]));
    if (spaceSplitCount(prefix) >= 3 && balancedQuotes(prefix) && !dangles(prefix) && !LAST_ADVERB.test(prefix)) {
      if (VERB.test(prefix)) return prefix;
      verbless ??= prefix;
    }
  }
  // No phrase boundary fits: stop at a word boundary, never after a function word.
  let cut = text.slice(0, MAX_TITLE + 1);
  cut = cut.slice(0, Math.max(cut.lastIndexOf(" "), 1));
  while (DANGLING.test(cut)) cut = cut.replace(DANGLING, "");
  // Tidying may bare another function word ("… the, the" → "… the").
  cut = undangle(tidy(balancedQuotes(cut) ? cut : cut.replace(/["“”]/g, "")));
  return verbless !== null && !VERB.test(cut) ? verbless : cut;
}

/** Where a URL may start (most sentences have none: skip them). */
const MAY_HOLD_URL = /:\/\/|www\.|\.[a-z]{2,}\//i;
/**
 * A URL with what introduces it: "(see https://…)", "at www.example.org/report", "via example.com/x".
 * Its trailing punctuation stays with the sentence.
 */
const URL_PHRASE =
  /(\(\s*)?(?:\b(?:see|at|via|visit|on|here|from|(?:read\s+)?more\s+at)\s*:?\s+)?(?:\b[a-z][a-z\d+.-]*:\/\/|\bwww\.|\b[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\/)[^\s"“”<>]*?(?=[.,;:!?'’)\]]*(?:\s|$|["“”<>]))(\s*\))?(\s+for\s+(?:more\s+)?(?:details|information|more))?/gi;

/** `sentence` without `cuts` (sorted, not overlapping `date`), and `date` moved to match. */
function cutOut(sentence: string, date: Span, cuts: readonly Span[]): { text: string; date: Span } {
  if (cuts.length === 0) return { text: sentence, date };
  let text = "";
  let at = 0;
  let shift = 0;
  for (const cut of cuts) {
    text += sentence.slice(at, cut.start);
    if (cut.end <= date.start) shift += cut.end - cut.start;
    at = cut.end;
  }
  text += sentence.slice(at);
  return { text, date: { start: date.start - shift, end: date.end - shift } };
}

/**
 * `sentence` without its URLs and the words introducing them ("see https://…"), and `date` moved
 * to match: a title names who did what, never half a link. The date is never inside a URL
 * (`findDates` drops mentions there); a URL overlapping it is kept.
 */
export function withoutUrls(sentence: string, date: Span): { text: string; date: Span } {
  if (!MAY_HOLD_URL.test(sentence)) return { text: sentence, date };
  const cuts: Span[] = [];
  URL_PHRASE.lastIndex = 0;
  for (let m = URL_PHRASE.exec(sentence); m; m = URL_PHRASE.exec(sentence)) {
    let start = m.index;
    let end = start + m[0].length;
    // "(see URL" without its ")" keeps the "(" out only when the ")" goes too, and the other way round.
    if (m[1] && !m[2]) start += m[1].length;
    if (m[2] && !m[1]) end -= m[2].length + (m[3]?.length ?? 0);
    if (start < date.end && end > date.start) continue;
    cuts.push({ start, end });
  }
  return cutOut(sentence, date, cuts);
}

/** A relative clause between commas followed by its noun's verb: ", who had led the firm for a decade, would". */
const INNER_RELATIVE = /,\s+(?:who|which|whose)\s[^,;:()]{1,150},(?=\s+(\S+))/g;

/**
 * `sentence` without relative clauses set off by commas inside a clause ("its chief executive, who
 * had led the firm for a decade, would step down"), so the clause is read whole: its commas
 * would otherwise end the clause before the verb naming what happened.
 */
export function withoutInnerRelatives(sentence: string, date: Span): { text: string; date: Span } {
  if (!sentence.includes(", wh")) return { text: sentence, date };
  const cuts: Span[] = [];
  INNER_RELATIVE.lastIndex = 0;
  for (let m = INNER_RELATIVE.exec(sentence); m; m = INNER_RELATIVE.exec(sentence)) {
    const end = m.index + m[0].length;
    if (m.index < date.end && end > date.start) continue;
    if (VERB_WORD.test((m[1] ?? "").replace(/\W+$/, ""))) cuts.push({ start: m.index, end });
  }
  return cutOut(sentence, date, cuts);
}

/**
 * A readable title for an event in `sentence` anchored by the date at `date` (offsets relative
 * to the sentence). `skip` characters at the start (a press dateline) are left out.
 */
export function makeTitle(sentence: string, date: Span, skip = 0): string {
  const linkless = withoutUrls(sentence.slice(skip), { start: Math.max(0, date.start - skip), end: Math.max(0, date.end - skip) });
  const stripped = withoutInnerRelatives(linkless.text, linkless.date);
  const body = stripped.text;
  const local = stripped.date;
  let clause = clauseAround(body, local.start);
  if (!VERB.test(clause.text.slice(0, Math.max(0, local.start - clause.offset)) + clause.text.slice(local.end - clause.offset))) {
    clause = { text: body, offset: 0, first: true };
  }
  let text = clause.text;
  let tidied = false;
  const s = local.start - clause.offset;
  const e = Math.min(local.end - clause.offset, text.length);
  // A verbless opening phrase holding the date ("Two days before the election on March 3, police
  // arrested …") goes whole: what follows its comma names what happened.
  // Not when the phrase is a subject's apposition ("The attack, the biggest since 1945, followed …").
  const comma = s >= 0 && e > s && !text.slice(0, s).includes(",") && LEAD_ADVERBIAL.test(text) ? text.indexOf(",", e) : -1;
  const rest = comma > 0 ? text.slice(comma + 1) : "";
  if (comma > 0 && !VERB.test(text.slice(0, comma)) && VERB.test(rest) && !VERB.test(FIRST_WORD.exec(rest)?.[0] ?? "") && spaceSplitCount(tidy(rest)) >= 3) {
    text = tidy(rest);
    tidied = true;
  } else if (s >= 0 && e > s) {
    // Drop the date phrase with its preposition when the rest still reads as a clause.
    const before = text.slice(0, s);
    // The end-anchored pattern is retried at every position: read only the tail it can span
    // (a preposition, "the", single spaces), the whole prefix if the match reaches the tail's start.
    const tail = before.length > 64 ? before.slice(-64) : before;
    let prep = DATE_PREPOSITION.exec(tail)?.[0] ?? "";
    if (tail !== before && prep.length === tail.length) prep = DATE_PREPOSITION.exec(before)?.[0] ?? "";
    // A date before its noun ("after the 1987 crash") goes alone: its preposition belongs to the noun.
    if (/\bthe\s+$/i.test(tail) && ATTRIBUTIVE.test(text.slice(e, e + 24))) prep = "";
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
