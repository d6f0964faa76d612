/**
 * The TIMEX3 annotator: runs the recognition rules over a text, keeps the longest non-overlapping
 * candidates, then resolves them in text order so that each sees the tense of its clause, the last
 * day the story established and the last quarter it named.
 */
import { fmtDay, fmtYear, parseTimexReference, type CalendarDay } from "../date/calendar.js";
import { shiftCues, type TenseCues, tenseCues, tenseFromCues, TENSE_WINDOW } from "./tense.js";
import { RULES, type Rule } from "./rules/index.js";
import { forEachSelected } from "./candidates.js";
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


/** `OPEN_BOUND` ends in whitespace: a mention without any before it is not bounded. */
const SPACE = /\s/;
const OPEN_BOUND = /\b(before|after|by|until|till|through|since|about|around|circa|approximately)\s+$/i;
const BOUND_MOD: Record<string, TimexMod> = {
  before: "BEFORE", after: "AFTER", by: "ON_OR_BEFORE", until: "ON_OR_BEFORE", till: "ON_OR_BEFORE",
  through: "ON_OR_BEFORE", since: "ON_OR_AFTER", about: "APPROX", around: "APPROX", circa: "APPROX", approximately: "APPROX",
};

const OR_LATER = /^\s+or\s+(later|after|earlier|before|sooner)(?![\w-])/i;

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
      const possessive = /^['’]s\b/.test(this.text.slice(this.end, this.end + 3));
      this.#tense = tenseFromCues(cache.cues, this.start, lo, hi, !possessive) === "future" ? "future" : "past";
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
  // Whether `anchor` is a date the text states in full (or one counted from such a date).
  let anchorFromText = false;
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
    if (narrative && anchorFromText) a.fromText = true;
    if (r.mod) a.mod = r.mod;
    else if (/^\d/.test(r.value) && SPACE.test(text.charAt(c.start - 1))) {
      // Open bounds: the preposition stays outside the span (TimeML) but bounds the value.
      const bound = OPEN_BOUND.exec(text.slice(Math.max(0, c.start - 12), c.start))?.[1]?.toLowerCase();
      if (bound) a.mod = BOUND_MOD[bound] ?? "APPROX";
    }
    // `1994 or later`, `June 5 or earlier`: the open end belongs to the expression and bounds its value.
    const openEnd = /^\d/.test(r.value) ? OR_LATER.exec(text.slice(c.end, c.end + 16)) : null;
    if (openEnd) {
      a.end = c.end + openEnd[0].length;
      a.mod = /^(?:later|after)$/i.test(openEnd[1] ?? "") ? "ON_OR_AFTER" : "ON_OR_BEFORE";
    }
    if (r.endValue) a.endValue = r.endValue;
    if (r.zone) a.zone = r.zone;
    if (pending) {
      shareRangeEnd(pending, a, text);
      visit(pending);
    }
    pending = a;
    if (r.day && !r.relative) {
      anchor = r.day;
      anchorFromText = true;
    }
    if (r.day && r.relative && c.rule !== "deictic-day") {
      anchor = r.day;
      anchorFromText = a.fromText === true;
    }
    if (r.quarter) lastQuarter = { ...r.quarter, at: c.start, relative: Boolean(r.relative) };
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
 * (`between May and June 2022`, `from December to March 2023`: the year before; also from a year
 * named relative to the reference, `from May to October last year`). Such ends are
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
  } else if (a.type === "DATE" && YEAR_FROM_DCT.has(a.rule) && a.anchorKind === "dct" && (b.anchor === null || b.rule === "month-year")) {
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
  if (b.anchor === null || b.fromText) a.fromText = true;
  else delete a.fromText;
}
