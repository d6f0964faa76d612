/**
 * TIMEX3 knowledge for English news: recognition rules, resolution against a document creation
 * time, and the annotator that ties them together.
 */
export { annotateTimex, sentenceBounds, type AnnotateOptions } from "./annotate.js";
export { findCandidates, selectLongest } from "./candidates.js";
export { RULES, durationValue, looksLikeYear, type Rule } from "./rules/index.js";
export type { Candidate, Resolved, ResolveContext, Tense, TimexAnnotation } from "./types.js";
