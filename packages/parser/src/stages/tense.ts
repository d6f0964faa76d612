/**
 * Grammatical tense near a position in a sentence, from surface markers. Used to resolve
 * weekdays ("on Friday" in "X said on Friday" is the past Friday) and implied years.
 */
export type Tense = "past" | "future" | "none";

const IRREGULAR_PAST =
  "spoke|met|went|came|took|gave|made|left|began|won|lost|saw|held|sent|fell|rose|led|wrote|became|brought|bought|" +
  "fought|thought|found|kept|paid|ran|sat|stood|struck|broke|chose|drove|flew|grew|knew|threw|shot|spent|built|felt|" +
  "heard|sold|withdrew|sought|taught|caught|fled|froze|rode|rang|sank|shook|stole|swore|swept|tore|understood|upheld|" +
  "began|bore|beat|bit|blew|dealt|drew|fed|forgot|got|hung|hid|lay|laid|lent|meant|overtook|rose|sought|slept|spoke|woke|wore";
const PAST = new RegExp(`\\b(?:was|were|had|did|said|told|claimed|announced|ago|yesterday|earlier|last|previous|${IRREGULAR_PAST}|[a-z]{3,}ed)\\b`, "gi");
const FUTURE = /\b(?:will|shall|won't|going to|plans? to|intends? to|expects? to|is to|are to|scheduled|upcoming|next|tomorrow|coming)\b|'ll\b/gi;
/** Words ending in -ed that are not past-tense verbs. */
const NOT_PAST = /^(?:need|speed|seed|feed|bed|red|shed|indeed|hundred|bred|wed|united|limited|related|based|armed|advanced|detailed|proposed|expected|scheduled|planned)$/i;

function nearest(re: RegExp, sentence: string, at: number, filter: (w: string) => boolean): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (!filter(m[0])) continue;
    const d = Math.abs(m.index - at);
    if (d < best) best = d;
  }
  return best;
}

/** The tense whose nearest marker is closest to offset `at` of `sentence` ("none" without markers). */
export function tenseAt(sentence: string, at: number): Tense {
  // Markers farther than a clause or two away do not count (and a bounded window keeps this linear).
  const from = Math.max(0, at - WINDOW);
  return tenseNear(sentence.slice(from, at + WINDOW), at - from);
}

/** How far from the expression tense markers are looked for, in characters. */
const WINDOW = 160;

function tenseNear(sentence: string, at: number): Tense {
  const past = nearest(PAST, sentence, at, (w) => !NOT_PAST.test(w));
  const future = nearest(FUTURE, sentence, at, () => true);
  if (past === Infinity && future === Infinity) return "none";
  return past <= future ? "past" : "future";
}
