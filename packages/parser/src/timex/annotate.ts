/**
 * The TIMEX3 annotator: runs the recognition rules over a text, keeps the longest non-overlapping
 * candidates, then resolves them in text order so that each sees the tense of its clause, the last
 * day the story established and the last quarter it named.
 */
import { fmtDay, parseReference, type Ymd } from "./calendar.js";
import { tenseAt } from "./resolve.js";
import { RULES, type Rule } from "./rules.js";
import { isTimex3Value } from "./syntax.js";
import type { Candidate, ResolveContext, TimexAnnotation } from "./types.js";

/** Options of `annotateTimex`. */
export interface AnnotateOptions {
  /** Document creation time as a TIMEX3/ISO value (`1998-08-07` or `1998-08-07T14:30`). */
  dct: string;
  /** Extra candidates (e.g. from chrono) considered with the rule candidates; rules win ties. */
  extra?: readonly Candidate[];
  /** Rules to run; defaults to `RULES`. */
  rules?: readonly Rule[];
}

/** Collects every rule match as a candidate. Each regex scans the text once (linear). */
export function findCandidates(text: string, rules: readonly Rule[] = RULES): Candidate[] {
  const out: Candidate[] = [];
  for (const r of rules) {
    const re = new RegExp(r.pattern.source, r.pattern.flags);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const c = r.build(m);
      if (c && c.end > c.start) out.push({ ...c, rule: r.name, priority: r.priority });
    }
  }
  return out;
}

/**
 * Keeps the longest candidates that do not overlap one another; `priority` breaks length ties,
 * then the earlier start. Returns them in text order.
 */
export function selectLongest(cands: readonly Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of sorted) {
    if (taken.some((t) => t.start < c.end && c.start < t.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

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

/**
 * Annotates `text` with TIMEX3 expressions relative to the document creation time. Pure: the
 * same text and DCT always give the same annotations.
 */
export function annotateTimex(text: string, options: AnnotateOptions): TimexAnnotation[] {
  const { day: dct, time: dctTime } = parseReference(options.dct);
  const cands = selectLongest([...findCandidates(text, options.rules ?? RULES), ...(options.extra ?? [])]);
  const bounds = sentenceBounds(text);
  let si = 0;
  let anchor: Ymd = dct;
  let lastQuarter: ResolveContext["lastQuarter"] = null;
  let anchorYear: number | null = null;
  const out: TimexAnnotation[] = [];
  for (const c of cands) {
    while (si + 1 < bounds.length - 1 && bounds[si + 1]! <= c.start) si++;
    const sStart = bounds[si] ?? 0;
    const sEnd = bounds[si + 1] ?? text.length;
    const sentence = text.slice(sStart, sEnd);
    const ctx: ResolveContext = {
      dct, dctTime, anchor, anchorYear, lastQuarter, text, start: c.start, end: c.end, sentence, sentenceStart: sStart,
      tense: tenseAt(sentence, c.start - sStart),
    };
    const r = c.resolve(ctx);
    // Arithmetic can leave the calendar (`20 centuries ago` from 1900): such values are dropped.
    if (!r || !isTimex3Value(r.value)) continue;
    const a: TimexAnnotation = {
      start: c.start, end: c.end, type: r.type, value: r.value, rule: c.rule,
      anchor: r.relative ? fmtDay(anchor) : null,
    };
    if (r.mod) a.mod = r.mod;
    out.push(a);
    if (r.day && !r.relative) anchor = r.day;
    if (r.day && r.relative && c.rule !== "deictic-day") anchor = r.day;
    if (r.quarter) lastQuarter = { ...r.quarter, at: c.start };
    if (r.year !== undefined) anchorYear = r.year;
  }
  return out;
}
