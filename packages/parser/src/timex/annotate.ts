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
  // Nor may an empty list of heads (rules without long trigger words).
  const head = heads.length > 0 ? `[0-9]|${heads.join("|")}` : "[0-9]";
  return new RegExp(`\\b(?:(?:${head})[A-Za-z0-9]*${shortWords})`, "gi");
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
 * The scans `findCandidates` makes, in its order: scan `k` runs rule `rule[k]` over the window
 * `[from[k], to[k]]`. The text is read once as word tokens; a rule with a trigger runs only in
 * windows around the tokens that trigger it (merged when they overlap), the others scan the whole
 * text. A rule with an anchor (`rules/anchors.ts`) skips a window none of whose tokens passes it,
 * unless the window ends inside a token. A rule's windows come in text order and never overlap.
 */
interface ScanPlan {
  rule: number[];
  from: number[];
  to: number[];
}

function scanPlan(text: string, rules: readonly Rule[], gate: boolean, anchors: boolean): ScanPlan {
  const plan: ScanPlan = { rule: [], from: [], to: [] };
  const add = (i: number, from: number, to: number): void => {
    plan.rule.push(i);
    plan.from.push(from);
    plan.to.push(to);
  };
  const winStart = new Array<number>(rules.length).fill(-1);
  const winEnd = new Array<number>(rules.length).fill(-1);
  const winAnchored = new Array<boolean>(rules.length).fill(false);
  rules.forEach((r, i) => {
    if (!gate || !r.trigger) add(i, 0, text.length);
  });
  if (!gate) return plan;
  const flush = (i: number): void => {
    const from = winStart[i] as number;
    const to = winEnd[i] as number;
    const anchor = (rules[i] as Rule).trigger?.anchor;
    if (!anchors || winAnchored[i] || (anchor !== undefined && cutTokenAnchors(text, from, to, anchor))) add(i, from, to);
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
  return plan;
}

/**
 * Collects every rule match as a candidate: the scans of `scanPlan`, in its order. Each scan is
 * one regular-expression pass over its window, so the cost stays linear. `gate = false` scans
 * everything (the reference the gating is tested against); `anchors = false` scans every window
 * (the reference the anchors are tested against: they skip work, never change the result).
 */
export function findCandidates(text: string, rules: readonly Rule[] = RULES, gate = true, anchors = true): Candidate[] {
  const out: Candidate[] = [];
  const plan = scanPlan(text, rules, gate, anchors);
  for (let k = 0; k < plan.rule.length; k++) {
    const r = rules[plan.rule[k] as number] as Rule;
    // The rules' own patterns are reused (scans reset `lastIndex`): compiling copies per call costs more than the scan of a short text.
    scan(r, r.pattern, text, plan.from[k] as number, plan.to[k] as number, out);
  }
  return out;
}

/**
 * Keeps the longest candidates that do not overlap one another; `priority` breaks length ties,
 * then the earlier start. Returns them in text order.
 */
export function selectLongest(cands: readonly Candidate[], length = cands.reduce((n, c) => Math.max(n, c.end), 0)): Candidate[] {
  const sorted = [...cands].sort(byRank);
  // Characters already claimed: checking a candidate costs its own length, so selection is linear.
  const claimed = new Uint8Array(length);
  const taken = sorted.filter((c) => claim(claimed, c));
  return taken.sort((a, b) => a.start - b.start);
}

/** `selectLongest`'s order: longer first, then higher priority, then the earlier start. */
const byRank = (a: Candidate, b: Candidate): number => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start;

/** Claims the characters of `c` if none is claimed yet (a candidate past the text's end never is); whether it did. */
function claim(claimed: Uint8Array, c: Candidate): boolean {
  for (let i = c.start; i < c.end; i++) if (claimed[i] !== 0) return false;
  claimed.fill(1, c.start, c.end);
  return true;
}

/**
 * A source of candidates in text order for `forEachSelected`: the scans of one rule resumed a
 * match at a time, or the caller's extra candidates. `next` is the candidate it holds (null once
 * done); `order` is that candidate's index in `[...findCandidates(…), ...extra]` or a number that
 * sorts the same (`selectLongest` keeps that order among equal candidates).
 */
interface Source {
  next: Candidate | null;
  order: number;
  advance(): void;
}

/** Rule `rule`'s scans of `plan` (indices `scans`, in text order), resumed one candidate at a time. */
function ruleSource(rule: Rule, scans: readonly number[], plan: ScanPlan, text: string): Source {
  const re = rule.pattern;
  const stride = text.length + 1;
  let k = -1;
  let sub = "";
  let lo = 0;
  // The scan's `lastIndex`, kept here between calls: other code may run the same pattern meanwhile.
  let last = 0;
  const open = (): boolean => {
    k++;
    if (k >= scans.length) return false;
    const scan = scans[k] as number;
    const from = plan.from[scan] as number;
    const hi = Math.min(text.length, (plan.to[scan] as number) + 1);
    lo = Math.max(0, from - 1);
    sub = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
    last = from - lo;
    return true;
  };
  const source: Source = {
    next: null,
    order: 0,
    advance() {
      source.next = null;
      if (k < 0 && !open()) return;
      for (;;) {
        re.lastIndex = last;
        const m = re.exec(sub);
        if (!m) {
          if (!open()) return;
          continue;
        }
        last = re.lastIndex;
        if (m[0].length === 0) {
          last++;
          continue;
        }
        // As in `scan`: one candidate per non-empty match that builds into a non-empty span.
        const c = rule.build(shiftMatch(m, lo, text));
        if (c && c.end > c.start) {
          source.next = { start: c.start, end: c.end, rule: rule.name, priority: rule.priority, resolve: c.resolve };
          source.order = (scans[k] as number) * stride + c.start;
          return;
        }
      }
    },
  };
  source.advance();
  return source;
}

/** `cands` in text order (equal starts in their given order); `order` is `base` plus the index in `cands`. */
function listSource(cands: readonly Candidate[], base: number): Source {
  const byStart = cands.map((_c, i) => i).sort((a, b) => (cands[a] as Candidate).start - (cands[b] as Candidate).start || a - b);
  let p = -1;
  const source: Source = {
    next: null,
    order: 0,
    advance() {
      const i = byStart[++p];
      source.next = i === undefined ? null : (cands[i] as Candidate);
      source.order = base + (i ?? 0);
    },
  };
  source.advance();
  return source;
}

/**
 * `selectLongest([...findCandidates(text, rules), ...extra], text.length)`, handed to `visit` one by
 * one in text order while the text is still being scanned: candidates are made in text order (the
 * rules' scans merged by start), and once the next one starts at or after the end of every one so
 * far, those form a group that nothing later overlaps, selected on their own. Candidates (with the
 * matches and closures they hold) thus live only as long as their group, not for the whole text:
 * on mention-dense text, keeping them all until selection made them survive collection after
 * collection, most of the garbage collector's work.
 */
export function forEachSelected(text: string, rules: readonly Rule[], extra: readonly Candidate[], visit: (c: Candidate) => void): void {
  const plan = scanPlan(text, rules, true, true);
  const scansOf = rules.map((): number[] => []);
  for (let k = 0; k < plan.rule.length; k++) (scansOf[plan.rule[k] as number] as number[]).push(k);
  // A binary min-heap of the sources by the start of the candidate each holds.
  const heap: Source[] = [];
  const startOf = (i: number): number => ((heap[i] as Source).next as Candidate).start;
  const siftDown = (at: number): void => {
    for (let i = at; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < heap.length && startOf(l) < startOf(min)) min = l;
      if (r < heap.length && startOf(r) < startOf(min)) min = r;
      if (min === i) return;
      [heap[i], heap[min]] = [heap[min] as Source, heap[i] as Source];
      i = min;
    }
  };
  const sources = rules.map((r, i) => ruleSource(r, scansOf[i] as number[], plan, text));
  if (extra.length > 0) sources.push(listSource(extra, plan.rule.length * (text.length + 1)));
  for (const s of sources) if (s.next) heap.push(s);
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i);

  // The group being gathered: `size` candidates with their orders. These arrays are reused, never
  // emptied (emptying an array frees its storage, and the next group would allocate it again).
  const claimed = new Uint8Array(text.length);
  const group: Candidate[] = [];
  const orders: number[] = [];
  let size = 0;
  const ranked: number[] = [];
  const rank = (a: number, b: number): number => byRank(group[a] as Candidate, group[b] as Candidate) || (orders[a] as number) - (orders[b] as number);
  const taken: Candidate[] = [];
  const select = (): void => {
    if (size === 1) {
      if (claim(claimed, group[0] as Candidate)) visit(group[0] as Candidate);
      size = 0;
      return;
    }
    ranked.length = size;
    for (let i = 0; i < size; i++) ranked[i] = i;
    ranked.sort(rank);
    let n = 0;
    for (let k = 0; k < size; k++) {
      const c = group[ranked[k] as number] as Candidate;
      if (claim(claimed, c)) taken[n++] = c;
    }
    taken.length = n;
    taken.sort((a, b) => a.start - b.start);
    for (let k = 0; k < n; k++) visit(taken[k] as Candidate);
    size = 0;
  };
  let end = 0;
  let lastStart = -1;
  while (heap.length > 0) {
    const source = heap[0] as Source;
    const c = source.next as Candidate;
    // Candidates with one start stay together (an empty extra one may start where the group ends).
    if (size > 0 && c.start >= end && c.start > lastStart) select();
    group[size] = c;
    orders[size++] = source.order;
    if (c.end > end) end = c.end;
    lastStart = c.start;
    source.advance();
    if (!source.next) {
      const last = heap.pop() as Source;
      if (heap.length > 0) heap[0] = last;
    }
    siftDown(0);
  }
  if (size > 0) select();
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
  const bounds = options.sentenceBounds ?? sentenceBounds(text);
  let si = 0;
  let anchor: CalendarDay = dct;
  let lastQuarter: ResolveContext["lastQuarter"] = null;
  let anchorYear: number | null = null;
  const context = new Context(dct, dctTime, text, { cues: null, sentenceStart: -1 });
  const dctDay = fmtDay(dct);
  // Each annotation is handed on once the next is known: the first end of a range may borrow from the second.
  // (Typed by assertion: it is assigned in the callback, which narrowing does not follow.)
  let pending = null as TimexAnnotation | null;
  forEachSelected(text, options.rules ?? RULES, options.extra ?? [], (c) => {
    while (si + 1 < bounds.length - 1 && bounds[si + 1]! <= c.start) si++;
    const sStart = bounds[si] ?? 0;
    const sEnd = bounds[si + 1] ?? text.length;
    // Tense cues are read within a bounded clause window, so a sentence-less text stays linear.
    const ctx = context.at(anchor, anchorYear, lastQuarter, c.start, c.end, sStart, sEnd);
    const r = c.resolve(ctx);
    // Arithmetic can leave the calendar (`20 centuries ago` from 1900): such values are dropped.
    if (!r || !isTimex3Value(r.value)) return;
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
  });
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
