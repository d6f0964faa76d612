/**
 * How a date is drawn, honestly: the interval it covers as far as it is known, and what its edges
 * mean. A modifier narrows or moves the interval instead of inventing a day: "early 2022" is the
 * first third of 2022 with fuzzy edges, "about 2019" is 2019 widened by a quarter of its length
 * on each side with fuzzy edges, "before May 2020" runs from an open (fading) start up to May.
 */
import type { TimexMod } from "@dateline/schema";
import type { Edge } from "../d3/marks";

export interface DisplayInterval {
  /** Drawn extent in epoch ms (an open edge extends one interval length and fades out). */
  readonly start: number;
  readonly end: number;
  readonly startEdge: Edge;
  readonly endEdge: Edge;
}

/** The drawn interval of a date covering [start, end) with an optional TIMEX3 modifier. */
export function displayInterval(start: number, end: number, mod: TimexMod | null | undefined): DisplayInterval {
  if (!(start < end)) throw new Error(`invalid interval: start ${start} is not before end ${end}`);
  const len = end - start;
  const third = len / 3;
  switch (mod) {
    case null:
    case undefined:
      return { start, end, startEdge: "sharp", endEdge: "sharp" };
    case "START":
      return { start, end: start + third, startEdge: "fuzzy", endEdge: "fuzzy" };
    case "MID":
      return { start: start + third, end: end - third, startEdge: "fuzzy", endEdge: "fuzzy" };
    case "END":
      return { start: end - third, end, startEdge: "fuzzy", endEdge: "fuzzy" };
    case "APPROX":
      return { start: start - len / 4, end: end + len / 4, startEdge: "fuzzy", endEdge: "fuzzy" };
    case "BEFORE":
    case "LESS_THAN":
      return { start: start - len, end: start, startEdge: "open", endEdge: "sharp" };
    case "ON_OR_BEFORE":
    case "EQUAL_OR_LESS":
      return { start: start - len, end, startEdge: "open", endEdge: "sharp" };
    case "AFTER":
    case "MORE_THAN":
      return { start: end, end: end + len, startEdge: "sharp", endEdge: "open" };
    case "ON_OR_AFTER":
    case "EQUAL_OR_MORE":
      return { start, end: end + len, startEdge: "sharp", endEdge: "open" };
  }
}

/**
 * Opacity stops [offset 0…1, alpha] along a bar with these edges: a fuzzy edge ramps over its
 * outer 30 %, an open edge fades to nothing over its outer 40 %.
 */
export function edgeStops(startEdge: Edge, endEdge: Edge): [number, number][] {
  const head: [number, number][] =
    startEdge === "fuzzy" ? [[0, 0.15], [0.3, 1]] : startEdge === "open" ? [[0, 0], [0.4, 1]] : [[0, 1]];
  const tail: [number, number][] =
    endEdge === "fuzzy" ? [[0.7, 1], [1, 0.15]] : endEdge === "open" ? [[0.6, 1], [1, 0]] : [[1, 1]];
  return [...head, ...tail];
}
