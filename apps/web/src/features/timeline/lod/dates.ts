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

const written = new WeakMap<TimelineEvent, string>();

/** "February 2022", "early 2022": the date as written, at its precision (worked out once per event). */
export function eventDateText(event: TimelineEvent): string {
  let text = written.get(event);
  if (text === undefined) {
    text = formatDate(dateOf(event));
    written.set(event, text);
  }
  return text;
}
