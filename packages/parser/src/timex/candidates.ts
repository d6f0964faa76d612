/**
 * Rule candidates of a text: where each rule runs (windows around its trigger tokens), the matches
 * it makes there, and the longest non-overlapping ones among them — all at once (`findCandidates`,
 * `selectLongest`, the reference) or group by group while the text is scanned (`forEachSelected`,
 * what the annotator uses).
 */
import { RULES, type Rule } from "./rules/index.js";
import type { Anchor } from "./rules/anchors.js";
import type { Candidate } from "./types.js";

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
