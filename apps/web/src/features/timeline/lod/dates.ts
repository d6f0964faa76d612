/** Bridges the timeline API's epoch-ms events to the ISO-based date formatting of d3/dateText. */
import type { TimelineEvent } from "@dateline/schema/timeline";
import { formatDate, type DateLike } from "../d3/dateText";

export function dateOf(event: TimelineEvent): DateLike {
  return {
    value: event.value,
    precision: event.precision,
    start: new Date(event.start).toISOString(),
    end: new Date(event.end).toISOString(),
    mod: event.mod ?? undefined,
  };
}

/** "February 2022", "early 2022": the date as written, at its precision. */
export const eventDateText = (event: TimelineEvent): string => formatDate(dateOf(event));
