/**
 * Grammatical tense near a position in a sentence, from surface cues: the one place the parser
 * decides whether "Friday" or "January" is the one before or after the reference. The nearest
 * cue wins: auxiliaries and reporting verbs (`was`, `had`, `said`, `will`, `'ll`), simple pasts
 * (`-ed`, `brought`), planning words (`scheduled`, `due to`, `as soon as`), a modal before a bare verb
 * and the date (`would resume Friday`: irrealis, ahead of the reference; `would have met` is not). In reported speech the
 * cue nearest the date is the embedded clause's (`said the talks would be held Friday`).
 */

/** Grammatical time of a clause: `none` when no cue is near (callers choose the default). */
export type Tense = "past" | "future" | "none";

/** Irregular simple pasts that are not also present forms (`set`, `put`, `read` are left out). */
const IRREGULAR_PAST =
  "spoke|met|went|came|took|gave|made|left|began|won|lost|saw|held|sent|fell|rose|led|wrote|became|brought|bought|" +
  "fought|thought|found|kept|paid|ran|sat|stood|struck|broke|chose|drove|flew|grew|knew|threw|shot|spent|built|felt|" +
  "heard|sold|withdrew|sought|taught|caught|fled|froze|rode|rang|sank|shook|stole|swore|swept|tore|understood|upheld|" +
  "bore|blew|dealt|drew|fed|forgot|got|hung|hid|lay|laid|lent|meant|overtook|slept|woke|wore|arose|forbade|forgave|" +
  "foresaw|mistook|oversaw|undertook|underwent|withheld";

const PAST = new RegExp(`\\b(?:said|says|(?:was|were)(?!\\s+(?:planning|scheduled|expected|due|set|going|about)\\b)|had|did|told|ago|last|yesterday|earlier|been|[a-z]{3,}ed|${IRREGULAR_PAST})\\b`, "gi");
const FUTURE =
  /\b(?:will|won't|shall|going to|tomorrow|scheduled|due to|plans? to|planned|planning|expected to|expects? to|intends? to|is to|are to|set to|to be held|would be|would go|would leave|would travel|might|postponed|upcoming)\b|'ll\b/gi;
/**
 * A modal before a bare verb (`would resume`, `could meet`, not `would have met`): irrealis, ahead
 * of the reference, but only for a date after it (`warnings on Thursday that strikes could…` keep
 * the Thursday past).
 */
const MODAL = /\b(?:would|could|should|might)(?:n't)?(?:\s+not)?\s+(?!have\b(?!\s+to\b)|not\b)[a-z]+\b/gi;
/**
 * Words that lean to the future but are no verb (`until Friday`, `as soon as Tuesday`, `starting
 * Monday`): they count as future cues unless the clause has a past perfect (`Until Thursday, police
 * had not named him` looks back).
 */
const WEAK_FUTURE = /\b(?:as soon as|until|starting)\b/gi;
const PLUPERFECT = /\bhad\b/gi;

/** Words ending in -ed that are not past-tense verbs, or that lean to the future (`scheduled`). */
const NOT_PAST = new Set(["scheduled", "planned", "postponed", "expected", "united", "limited", "hundred", "indeed", "proceed", "exceed", "succeed", "need", "speed", "seed", "feed", "shed", "bred"]);
/**
 * After a determiner or `to`, an -ed word is an adjective or a participle (`the injured man`,
 * `according to unconfirmed reports`), not a verb in the past.
 */
const ATTRIBUTIVE = /\b(?:the|a|an|its|their|his|her|our|to|these|those)\s+$/i;
const isPastCue = (word: string, text: string, at: number): boolean =>
  !NOT_PAST.has(word.toLowerCase()) && !(/ed$/i.test(word) && ATTRIBUTIVE.test(text.slice(Math.max(0, at - 8), at)));

/**
 * Text ending in a simple past verb (`left`, `was`, `signed`), at most two words and `in`/`during`
 * (`left in `, `was released in `, not `expected to return in `, nor a participle after `is`/`be`
 * or a determiner: `is heard in `, `a still unspecified date in `): the clause plainly reports
 * what already happened, so the date it introduces is not after the reference.
 */
export const PAST_VERB_IN = new RegExp(
  `(?<!\\b(?:is|are|am|be|being|will|the|a|an|its|their|his|her|our|to|these|those|still)\\s+)\\b(?!(?:${[...NOT_PAST].join("|")})\\b)(?:was|were|did|${IRREGULAR_PAST}|[a-z]{3,}ed)(?:\\s+(?!(?:to|will|would|could|should|might|be|scheduled|planned|expected|due|set|going|about)\\b)[a-z]+){0,2}\\s+(?:in|during)\\s+$`,
  "i",
);

/** Offsets of the tense cues of a text (each list sorted), found in one pass per pattern. */
export interface TenseCues {
  past: number[];
  future: number[];
  /** `WEAK_FUTURE` words. */
  weakFuture: number[];
  /** `had`, which turns `WEAK_FUTURE` words back. */
  pluperfect: number[];
  /** `MODAL` phrases: future cues for the dates after them. */
  modal: number[];
}

/**
 * A plan put in the pluperfect (`had been due to expire Friday`) is over by the time of writing: its
 * future cue does not count.
 */
const isFutureCue = (_word: string, text: string, at: number): boolean => !/\bhad\s+been\s+$/i.test(text.slice(Math.max(0, at - 12), at));

function offsets(text: string, re: RegExp, keep: (word: string, text: string, at: number) => boolean = () => true): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (keep(m[0], text, m.index)) out.push(m.index);
  return out;
}

/** Finds the tense cues of `text` once, so each mention's tense is a lookup. */
export function tenseCues(text: string): TenseCues {
  return {
    past: offsets(text, PAST, isPastCue),
    future: offsets(text, FUTURE, isFutureCue),
    weakFuture: offsets(text, WEAK_FUTURE, isFutureCue),
    pluperfect: offsets(text, PLUPERFECT),
    modal: offsets(text, MODAL, isFutureCue),
  };
}

/** The same cues with every offset moved by `by` (cues of a sentence, placed in its document). */
export function shiftCues(cues: TenseCues, by: number): TenseCues {
  const shift = (xs: number[]) => xs.map((x) => x + by);
  return { past: shift(cues.past), future: shift(cues.future), weakFuture: shift(cues.weakFuture), pluperfect: shift(cues.pluperfect), modal: shift(cues.modal) };
}

/** Distance from `at` to the nearest offset of sorted `cues` inside [lo, hi), or Infinity. */
function nearestCue(cues: readonly number[], at: number, lo: number, hi: number): number {
  let a = 0;
  let b = cues.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((cues[mid] as number) < at) a = mid + 1;
    else b = mid;
  }
  let best = Infinity;
  const next = cues[a];
  if (next !== undefined && next < hi) best = next - at;
  const prev = cues[a - 1];
  if (prev !== undefined && prev >= lo) best = Math.min(best, at - prev);
  return best;
}

/**
 * Tense at offset `at` from precomputed cues, looking only inside [lo, hi) (the clause window):
 * the nearest cue wins; `none` without cues. `modal` false ignores `MODAL` cues (a possessive
 * weekday, `get around Wednesday's ruling`, names a day the modal's verb does not place).
 */
export function tenseFromCues(cues: TenseCues, at: number, lo: number, hi: number, modal = true): Tense {
  const past = nearestCue(cues.past, at, lo, hi);
  let future = nearestCue(cues.future, at, lo, hi);
  if (modal) future = Math.min(future, nearestCue(cues.modal, at, lo, Math.min(hi, at)));
  if (nearestCue(cues.pluperfect, at, lo, hi) === Infinity) future = Math.min(future, nearestCue(cues.weakFuture, at, lo, hi));
  if (past === Infinity && future === Infinity) return "none";
  return future < past ? "future" : "past";
}

/** How far from the expression tense cues are looked for, in characters. */
export const TENSE_WINDOW = 200;

/** Tense around offset `at` of `sentence`, looking `TENSE_WINDOW` characters either side. */
export function tenseAt(sentence: string, at: number): Tense {
  const lo = Math.max(0, at - TENSE_WINDOW);
  const window = sentence.slice(lo, at + TENSE_WINDOW);
  return tenseFromCues(tenseCues(window), at - lo, 0, window.length);
}
