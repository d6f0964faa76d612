/**
 * The TIMEX3 annotator: runs the recognition rules over a text, keeps the longest non-overlapping
 * candidates, then resolves them in text order so that each sees the tense of its clause, the last
 * day the story established and the last quarter it named.
 */
import { fmtDay, fmtYear, parseTimexReference, type CalendarDay } from "../date/calendar.js";
import { shiftCues, type TenseCues, tenseCues, tenseFromCues, TENSE_WINDOW } from "./tense.js";
import { RULES, type Rule } from "./rules/index.js";
import type { Anchor } from "./rules/anchors.js";
import { RANGE_JOIN } from "./lexicon.js";
import { isTimex3Value } from "./syntax.js";
import type { TimexMod } from "../types.js";
import type { Candidate, ResolveContext, Tense, TimexAnnotation } from "./types.js";

/** Options of `annotateTimex`. */
export interface AnnotateOptions {
  /** Document creation time as a TIMEX3/ISO value (`1998-08-07` or `1998-08-07T14:30`). */
  dct: string;
  /** Extra candidates (e.g. from chrono) considered with the rule candidates; rules win ties. */
  extra?: readonly Candidate[];
  /** Rules to run; defaults to `RULES`. */
  rules?: readonly Rule[];
  /**
   * Sentence boundaries the caller already found ([0, b1, …, text.length], ascending); by default
   * `sentenceBounds(text)`.
   */
  sentenceBounds?: readonly number[];
}

/** Re-bases in place a match made on a slice starting at `offset` of `text`. */
function shiftMatch(m: RegExpExecArray, offset: number, text: string): RegExpExecArray {
  if (offset === 0) return m;
  m.index += offset;
  m.input = text;
  if (m.indices) {
    for (const pair of m.indices) {
      if (!pair) continue;
      pair[0] += offset;
      pair[1] += offset;
    }
  }
  return m;
}

function scan(rule: Rule, re: RegExp, text: string, from: number, to: number, out: Candidate[]): void {
  // One character of context on each side keeps the rules' look-behind/look-ahead boundaries true.
  const lo = Math.max(0, from - 1);
  const hi = Math.min(text.length, to + 1);
  const sub = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  re.lastIndex = from - lo;
  for (let m = re.exec(sub); m; m = re.exec(sub)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const c = rule.build(shiftMatch(m, lo, text));
    // A literal, not `{ ...c, rule, priority }`: V8 builds a spread with extra properties on a slow path.
    if (c && c.end > c.start) out.push({ start: c.start, end: c.end, rule: rule.name, priority: rule.priority, resolve: c.resolve });
  }
}

/**
 * The rules a token triggers (indices into the rule list) and, for each, whether the token passes
 * the rule's anchor word test (true when the rule has no anchor).
 */
interface Triggered {
  rules: number[];
  words: boolean[];
}

/** Per rule list: token (as written) → the rules it triggers (vocabularies repeat). */
const TRIGGERED = new WeakMap<readonly Rule[], { tokens: RegExp; memo: Map<string, Triggered> }>();
const MEMO_LIMIT = 100_000;

/**
 * One regular expression that finds the word tokens that can trigger any rule, so the common
 * words of a text are skipped natively: a token starting with a digit, with one of the literal
 * words of the triggers (kept only when no shorter one is its prefix), or equal to one of their
 * one- or two-letter words (`b` of `B.C.`, `am`). A superset of the triggers: each token found is
 * then tested against the rules' own triggers.
 */
function tokenPattern(rules: readonly Rule[]): RegExp {
  const words = new Set<string>();
  for (const r of rules) {
    // Letters right after a backslash, a digit or a quantifier belong to escapes (`\d`) or to
    // digit-led tokens (`1990s`), which the digit head already finds.
    for (const w of r.trigger?.pattern.source.match(/(?<![\\0-9}*?])[a-z]+/g) ?? []) words.add(w);
  }
  const long = [...words].filter((w) => w.length > 2);
  const heads = long.filter((w) => !long.some((v) => v !== w && w.startsWith(v))).sort();
  const short = [...words].filter((w) => w.length <= 2).sort();
  // `\b` rather than a look-behind: V8 scans it faster, and the rules' own left boundary also
  // treats `_` as a word character.
  // An empty alternative would match the empty string and never advance.
  const shortWords = short.length > 0 ? `|(?:${short.join("|")})\\b` : "";
  return new RegExp(`\\b(?:(?:[0-9]|${heads.join("|")})[A-Za-z0-9]*${shortWords})`, "gi");
}

function triggerIndex(rules: readonly Rule[]): { tokens: RegExp; memo: Map<string, Triggered> } {
  let entry = TRIGGERED.get(rules);
  if (!entry || entry.memo.size > MEMO_LIMIT) {
    entry = { tokens: entry?.tokens ?? tokenPattern(rules), memo: new Map() };
    TRIGGERED.set(rules, entry);
  }
  return entry;
}

/** Rules a token (as written; the memo is case-sensitive to spare a lower-casing per token) triggers. */
function triggeredBy(rules: readonly Rule[], memo: Map<string, Triggered>, token: string): Triggered {
  let hit = memo.get(token);
  if (!hit) {
    const lower = token.toLowerCase();
    hit = { rules: [], words: [] };
    for (let i = 0; i < rules.length; i++) {
      const trigger = rules[i]?.trigger;
      if (!trigger?.pattern.test(lower)) continue;
      hit.rules.push(i);
      hit.words.push(trigger.anchor === undefined || trigger.anchor.word(token));
    }
    memo.set(token, hit);
  }
  return hit;
}

const isTokenChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Whether the scan of window `[from, to]` (it reads up to `to + 1`) could meet an anchor word in
 * the token it cuts off at its end: the scan sees only the token's head, with nothing after it.
 */
function cutTokenAnchors(text: string, from: number, to: number, anchor: Anchor): boolean {
  const hi = to + 1;
  if (hi >= text.length || !isTokenChar(text.charCodeAt(hi - 1)) || !isTokenChar(text.charCodeAt(hi))) return false;
  let start = hi - 1;
  while (start > 0 && isTokenChar(text.charCodeAt(start - 1))) start--;
  if (start < from) return true; // a token longer than the window: no telling what the scan makes of it
  const token = text.slice(start, hi);
  return anchor.word(token) && (anchor.at === undefined || anchor.at(text.slice(0, hi), start, hi, token));
}

/**
 * Collects every rule match as a candidate. The text is read once as word tokens; a rule with a
 * trigger runs only in windows around the tokens that trigger it (merged when they overlap), the
 * others scan the whole text. Each scan is one regular-expression pass over its window, so the
 * cost stays linear. A rule with an anchor (`rules/anchors.ts`) skips a window none of whose tokens
 * passes it, unless the window ends inside a token. `gate = false` scans everything (the reference
 * the gating is tested against); `anchors = false` scans every window (the reference the anchors
 * are tested against: they skip work, never change the result).
 */
export function findCandidates(text: string, rules: readonly Rule[] = RULES, gate = true, anchors = true): Candidate[] {
  const out: Candidate[] = [];
  // The rules' own patterns are reused (scans reset `lastIndex`): compiling copies per call costs more than the scan of a short text.
  const res = rules.map((r) => r.pattern);
  const winStart = new Array<number>(rules.length).fill(-1);
  const winEnd = new Array<number>(rules.length).fill(-1);
  const winAnchored = new Array<boolean>(rules.length).fill(false);
  rules.forEach((r, i) => {
    if (!gate || !r.trigger) scan(r, res[i] as RegExp, text, 0, text.length, out);
  });
  if (!gate) return out;
  const flush = (i: number): void => {
    const from = winStart[i] as number;
    const to = winEnd[i] as number;
    const anchor = (rules[i] as Rule).trigger?.anchor;
    if (!anchors || winAnchored[i] || (anchor !== undefined && cutTokenAnchors(text, from, to, anchor))) scan(rules[i] as Rule, res[i] as RegExp, text, from, to, out);
  };
  const { tokens: pattern, memo } = triggerIndex(rules);
  const tokens = pattern;
  tokens.lastIndex = 0;
  for (let m = tokens.exec(text); m; m = tokens.exec(text)) {
    const hit = triggeredBy(rules, memo, m[0]);
    for (let k = 0; k < hit.rules.length; k++) {
      const i = hit.rules[k] as number;
      const r = rules[i] as Rule;
      const t = r.trigger as NonNullable<Rule["trigger"]>;
      const ws = Math.max(0, m.index - t.before);
      const we = Math.min(text.length, m.index + m[0].length + t.after);
      const anchored = hit.words[k] === true && (t.anchor?.at === undefined || t.anchor.at(text, m.index, m.index + m[0].length, m[0]));
      if ((winStart[i] as number) >= 0 && ws <= (winEnd[i] as number)) {
        winEnd[i] = Math.max(winEnd[i] as number, we);
        if (anchored) winAnchored[i] = true;
        continue;
      }
      if ((winStart[i] as number) >= 0) flush(i);
      winStart[i] = ws;
      winEnd[i] = we;
      winAnchored[i] = anchored;
    }
  }
  rules.forEach((_r, i) => {
    if ((winStart[i] as number) >= 0) flush(i);
  });
  return out;
}

/**
 * Keeps the longest candidates that do not overlap one another; `priority` breaks length ties,
 * then the earlier start. Returns them in text order.
 */
export function selectLongest(cands: readonly Candidate[], length = cands.reduce((n, c) => Math.max(n, c.end), 0)): Candidate[] {
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  // Characters already claimed: checking a candidate costs its own length, so selection is linear.
  const claimed = new Uint8Array(length);
  const taken: Candidate[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const c = sorted[k] as Candidate;
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = claimed[i] === 0;
    if (!free) continue;
    claimed.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** `OPEN_BOUND` ends in whitespace: a mention without any before it is not bounded. */
const SPACE = /\s/;
const OPEN_BOUND = /\b(before|after|by|until|till|through|since|about|around|circa|approximately)\s+$/i;
const BOUND_MOD: Record<string, TimexMod> = {
  before: "BEFORE", after: "AFTER", by: "ON_OR_BEFORE", until: "ON_OR_BEFORE", till: "ON_OR_BEFORE",
  through: "ON_OR_BEFORE", since: "ON_OR_AFTER", about: "APPROX", around: "APPROX", circa: "APPROX", approximately: "APPROX",
};

const SENTENCE_END = /[.!?]["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z])/g;

/** Sentence boundaries as offsets: [0, b1, b2, …, text.length]. */
export function sentenceBounds(text: string): number[] {
  const bounds = [0];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const prev = text.slice(Math.max(0, m.index - 6), m.index + 1);
    // `Sept. 30`, `Mr. Smith`, `U.S. officials`: abbreviations do not end sentences.
    if (/\b(?:[A-Z][a-z]{0,3}|[A-Z]\.[A-Z]|Sept|Corp|Inc|Ltd|Co|Jr|Sr|Gov|Gen|Rep|Sen|Rev|St|Mt|No|vs|a\.m|p\.m)\.$/.test(prev) && !/\n/.test(m[0])) continue;
    bounds.push(m.index + m[0].length);
  }
  bounds.push(text.length);
  return bounds;
}

/** Tense cues of the sentence last asked about (candidates come in text order). */
interface CueCache {
  cues: TenseCues | null;
  sentenceStart: number;
}

/**
 * The resolve context of the candidate being resolved; its tense is computed only when a rule
 * reads it. One object serves a whole text, moved to each candidate in turn (`at`): rules read it
 * during `resolve` and keep nothing of it, and on mention-dense text one object per candidate is
 * much of the garbage collector's work.
 */
class Context implements ResolveContext {
  #tense: Tense | null = null;
  anchor: CalendarDay;
  anchorYear: number | null = null;
  lastQuarter: ResolveContext["lastQuarter"] = null;
  start = 0;
  end = 0;
  sentenceStart = 0;
  private sentenceEnd = 0;

  constructor(
    readonly dct: CalendarDay,
    readonly dctTime: string | null,
    readonly text: string,
    private readonly cueSource: CueCache,
  ) {
    this.anchor = dct;
  }

  /** Moves the context to candidate `[start, end)` of the sentence `[sentenceStart, sentenceEnd)`, with the story so far. */
  at(
    anchor: CalendarDay,
    anchorYear: number | null,
    lastQuarter: ResolveContext["lastQuarter"],
    start: number,
    end: number,
    sentenceStart: number,
    sentenceEnd: number,
  ): this {
    this.#tense = null;
    this.anchor = anchor;
    this.anchorYear = anchorYear;
    this.lastQuarter = lastQuarter;
    this.start = start;
    this.end = end;
    this.sentenceStart = sentenceStart;
    this.sentenceEnd = sentenceEnd;
    return this;
  }

  /** The sentence holding the candidate, sliced when first asked for (few rules read it). */
  get sentence(): string {
    return this.text.slice(this.sentenceStart, this.sentenceEnd);
  }

  get tense(): Tense {
    if (this.#tense === null) {
      const cache = this.cueSource;
      if (cache.sentenceStart !== this.sentenceStart || cache.cues === null) {
        // Cues are read once per sentence, and only in sentences where some rule asks for tense.
        cache.cues = shiftCues(tenseCues(this.sentence), this.sentenceStart);
        cache.sentenceStart = this.sentenceStart;
      }
      const lo = Math.max(this.sentenceStart, this.start - TENSE_WINDOW);
      const hi = Math.min(this.sentenceEnd, this.end + TENSE_WINDOW);
      // Without cues a clause is read as past: news reports what happened.
      this.#tense = tenseFromCues(cache.cues, this.start, lo, hi) === "future" ? "future" : "past";
    }
    return this.#tense;
  }

  /** The tense if a rule read it, else null. */
  tenseIfRead(): Tense | null {
    return this.#tense;
  }
}

/**
 * Annotates `text` with TIMEX3 expressions relative to the document creation time. Pure: the
 * same text and DCT always give the same annotations.
 */
export function annotateTimex(text: string, options: AnnotateOptions): TimexAnnotation[] {
  const out: TimexAnnotation[] = [];
  annotateTimexEach(text, options, (a) => out.push(a));
  return out;
}

/**
 * `annotateTimex`, handing each annotation to `visit` as soon as it is made, in text order (a
 * caller that converts them need not keep them all: on mention-dense text that is most of the
 * garbage collector's work).
 */
export function annotateTimexEach(text: string, options: AnnotateOptions, visit: (a: TimexAnnotation) => void): void {
  const { day: dct, time: dctTime } = parseTimexReference(options.dct);
  const cands = selectLongest([...findCandidates(text, options.rules ?? RULES), ...(options.extra ?? [])], text.length);
  const bounds = options.sentenceBounds ?? sentenceBounds(text);
  let si = 0;
  let anchor: CalendarDay = dct;
  let lastQuarter: ResolveContext["lastQuarter"] = null;
  let anchorYear: number | null = null;
  const context = new Context(dct, dctTime, text, { cues: null, sentenceStart: -1 });
  const dctDay = fmtDay(dct);
  // Each annotation is handed on once the next is known: the first end of a range may borrow from the second.
  let pending: TimexAnnotation | null = null;
  // An indexed loop: a long `for…of` that is not optimised allocates per step.
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k] as Candidate;
    while (si + 1 < bounds.length - 1 && bounds[si + 1]! <= c.start) si++;
    const sStart = bounds[si] ?? 0;
    const sEnd = bounds[si + 1] ?? text.length;
    // Tense cues are read within a bounded clause window, so a sentence-less text stays linear.
    const ctx = context.at(anchor, anchorYear, lastQuarter, c.start, c.end, sStart, sEnd);
    const r = c.resolve(ctx);
    // Arithmetic can leave the calendar (`20 centuries ago` from 1900): such values are dropped.
    if (!r || !isTimex3Value(r.value)) continue;
    const narrative = Boolean(r.relative && r.narrative && fmtDay(anchor) !== dctDay);
    const a: TimexAnnotation = {
      start: c.start, end: c.end, type: r.type, value: r.value, rule: c.rule,
      anchor: r.relative ? (narrative ? fmtDay(anchor) : dctDay) : null,
      anchorKind: r.relative ? (narrative ? "narrative" : "dct") : null,
      tense: ctx.tenseIfRead(),
      lead: r.lead ?? null,
    };
    if (r.mod) a.mod = r.mod;
    else if (/^\d/.test(r.value) && SPACE.test(text.charAt(c.start - 1))) {
      // Open bounds: the preposition stays outside the span (TimeML) but bounds the value.
      const bound = OPEN_BOUND.exec(text.slice(Math.max(0, c.start - 12), c.start))?.[1]?.toLowerCase();
      if (bound) a.mod = BOUND_MOD[bound] ?? "APPROX";
    }
    if (r.endValue) a.endValue = r.endValue;
    if (r.zone) a.zone = r.zone;
    if (pending) {
      shareRangeEnd(pending, a, text);
      visit(pending);
    }
    pending = a;
    if (r.day && !r.relative) anchor = r.day;
    if (r.day && r.relative && c.rule !== "deictic-day") anchor = r.day;
    if (r.quarter) lastQuarter = { ...r.quarter, at: c.start };
    if (r.year !== undefined) anchorYear = r.year;
  }
  if (pending) visit(pending);
}

const CLOCK_VALUE = /^(\d{4}-\d\d-\d\d)(T\d\d:\d\d)$/;
const MONTH_OR_DAY_VALUE = /^(\d{4})(-\d\d(?:-\d\d)?)$/;
/** Rules whose month or day took its year from the publication date. */
const YEAR_FROM_DCT = new Set(["month-day", "day-month", "month"]);

/**
 * The first end of a range borrows what it left unsaid from the end that closes it: a clock time
 * its day and zone (`from 1 a.m. to 5 a.m. on 26 March 2023`), a month or day its year
 * (`between May and June 2022`, `from December to March 2023`: the year before). Such ends are
 * marked `range-start`, anchored on the closing end's value.
 */
function shareRangeEnd(a: TimexAnnotation, b: TimexAnnotation, text: string): void {
  if (a.type !== b.type || b.start - a.end > 12 || !RANGE_JOIN.test(text.slice(a.end, b.start))) return;
  if (a.type === "TIME" && a.lead === null && b.lead !== null) {
    const av = CLOCK_VALUE.exec(a.value);
    const bv = CLOCK_VALUE.exec(b.value);
    if (!av || !bv) return;
    a.value = `${bv[1]}${av[2]}`;
    if (b.zone && !a.zone) a.zone = b.zone;
  } else if (a.type === "DATE" && YEAR_FROM_DCT.has(a.rule) && a.anchorKind === "dct" && b.anchor === null) {
    const av = MONTH_OR_DAY_VALUE.exec(a.value);
    const bv = MONTH_OR_DAY_VALUE.exec(b.value);
    if (!av || !bv) return;
    const year = Number(bv[1]);
    const rest = av[2] as string;
    // Compare month-and-day strings at the shorter precision: a start after its end is the year before.
    const width = Math.min(rest.length, (bv[2] as string).length);
    a.value = `${rest.slice(0, width) > (bv[2] as string).slice(0, width) ? fmtYear(year - 1) : fmtYear(year)}${rest}`;
  } else return;
  a.rule = "range-start";
  a.anchor = b.value;
  a.anchorKind = "narrative";
}
