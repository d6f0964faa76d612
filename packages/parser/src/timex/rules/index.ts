/**
 * TIMEX3 recognition rules for English news. Each rule is a regular expression plus a function
 * that turns a match into a candidate span with a deferred resolver (the resolver runs later, in
 * text order, with the tense and narrative anchor of its clause). Candidates may overlap; the
 * annotator keeps the longest. Spans follow TimeML: determiners and quantifiers belong to the
 * expression (`the third quarter`, `more than four hours`), prepositions and punctuation do not.
 *
 * The groups live in their own files; this list concatenates them in the declared order.
 */
import { DURATION_RULES } from "./durations.js";
import { QUARTER_RULES } from "./quarters.js";
import { RELATIVE_RULES } from "./relative.js";
import { CALENDAR_RULES } from "./calendar.js";
import { CLOCK_RULES } from "./clock.js";
import { SET_RULES } from "./sets.js";
import { REFERENCE_RULES } from "./references.js";
import type { Rule } from "./shared.js";

export { APPROX_PREFIX, YEAR4, durationValue, holidayDay, looksLikeYear, type Rule } from "./shared.js";

/** The ordered rule list. Longer matches beat shorter ones; `priority` breaks ties. */
export const RULES: readonly Rule[] = [
  ...DURATION_RULES,
  ...QUARTER_RULES,
  ...RELATIVE_RULES,
  ...CALENDAR_RULES,
  ...CLOCK_RULES,
  ...SET_RULES,
  ...REFERENCE_RULES,
];
