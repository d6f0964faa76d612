import type { TimexMod, TimexType } from "../types.js";
import type { CalendarDay } from "../date/calendar.js";

/** A TIMEX3 annotation of one span of text. */
export interface TimexAnnotation {
  /** Start offset (inclusive, UTF-16 index into the annotated text). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  type: TimexType;
  /** TIMEX3 value (`1998-08-07`, `1998-Q3`, `P3Y`, `PRESENT_REF`, `XXXX-WXX-1`, …). */
  value: string;
  mod?: TimexMod;
  /** For a range written as one expression (`March 3-5`): the value of its last part. */
  endValue?: string;
  /** Zone a clock time was given in (`-05:00`, `Europe/Kyiv`), when the text named one. */
  zone?: string;
  /** Name of the rule that produced it (`weekday`, `duration`, `chrono`, …). */
  rule: string;
  /** The reference value it was resolved against, when relative (`1998-08-07`). */
  anchor: string | null;
  /** Whether the anchor is the document creation time or a date the story established. */
  anchorKind: "dct" | "narrative" | null;
  /**
   * Set when a narrative value was counted from a date the text states in full (`March 5, 2020 …
   * three days later`, the closing end of `between May and June 2022`): it holds without any
   * reference date.
   */
  fromText?: true;
  /** Tense of the clause it sits in, when its rule consulted it (weekdays, implied years). */
  tense: Tense | null;
  /** Lead word that fixed the direction (`last`, `next`, `this`), when the text gave one. */
  lead: string | null;
}

/** Grammatical time of the clause around a mention, used to resolve weekdays and bare months (past without cues). */
export type Tense = "past" | "future";

/** What a rule knows when it resolves a candidate (text order, one document). */
export interface ResolveContext {
  /** Document creation time / publication day. */
  dct: CalendarDay;
  /** Publication time of day `HH:MM`, when known. */
  dctTime: string | null;
  /** Tense of the clause around the candidate (computed on first read). */
  readonly tense: Tense;
  /** The last day the story established (narrative anchor); the DCT until one is seen. */
  anchor: CalendarDay;
  /** The last quarter the story mentioned, with its offset, for `the year-ago quarter`. */
  lastQuarter: { year: number; q: number; at: number; relative: boolean } | null;
  /** The full text and the candidate's offsets, for look-around checks. */
  text: string;
  start: number;
  end: number;
  /** Text of the sentence holding the candidate, and its offset in `text`. */
  sentence: string;
  sentenceStart: number;
  /** The last year the story stated outright (`in 1998`, `March 5, 1998`), for `that year`. */
  anchorYear: number | null;
}

/** The meaning a rule assigns to a candidate. */
export interface Resolved {
  type: TimexType;
  value: string;
  mod?: TimexMod;
  /** For a range written as one expression: the value of its last part. */
  endValue?: string;
  /** Zone a clock time was given in. */
  zone?: string;
  /** Set when the mention denotes a whole day the narrative can anchor on. */
  day?: CalendarDay;
  /** Set when the mention states a year outright (not computed from the DCT). */
  year?: number;
  /** Set when the mention denotes a quarter. */
  quarter?: { year: number; q: number };
  /** Whether the value was computed from the DCT or anchor. */
  relative?: boolean;
  /** Set when the value was computed from the narrative anchor rather than the DCT. */
  narrative?: boolean;
  /** Lead word that fixed the direction (`last Friday`). */
  lead?: string;
}

/** A span a rule proposes, resolved later in text order. */
export interface Candidate {
  start: number;
  end: number;
  rule: string;
  /** Tie-break between equally long overlapping candidates: higher wins. */
  priority: number;
  resolve(ctx: ResolveContext): Resolved | null;
}
