/**
 * The constants of Dateline's boundaries without their zod schemas, for browser bundles: the
 * public timeline imports these (and only types from `.` and `./timeline`), so the page's
 * JavaScript does not carry zod and build its schemas before the chart can draw.
 */
export { PRECISIONS, TIMEX_MODS } from "@dateline/parser/date";

/** What lanes group by: the event's first tag (alphabetically), its first source's publisher, or nothing. */
export const LANE_KEYS = ["tag", "source", "none"] as const;

/** Earliest and latest instants the timeline accepts (years −9999 … 9999). */
export const TIMELINE_MIN_MS = Date.UTC(-9999, 0, 1);
export const TIMELINE_MAX_MS = Date.UTC(10000, 0, 1);
