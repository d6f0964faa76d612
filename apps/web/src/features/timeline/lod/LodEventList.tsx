"use client";
/**
 * The accessible list in step with the chart: the events drawn in the current view, in time
 * order (at most `max`), and how many the view holds in all.
 */
import type { TimelineEvent } from "@dateline/schema/timeline";
import { dateOf, eventDateText } from "./dates";

export interface LodEventListProps {
  readonly events: readonly TimelineEvent[];
  /** Events the view covers in all (more than listed when the chart shows counts). */
  readonly inView: number;
  readonly activeId: string | null;
  readonly selectedId: string | null;
  readonly detailId: string;
  readonly onActivate: (id: string | null) => void;
  readonly onSelect: (id: string) => void;
  readonly max?: number;
}

const MACHINE_DATE = /^-?\d{4}(-\d{2}(-\d{2})?)?$/;
const fmt = new Intl.NumberFormat("en-US");

export function LodEventList({ events, inView, activeId, selectedId, detailId, onActivate, onSelect, max = 200 }: LodEventListProps) {
  const listed = events.slice(0, max);
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title">Events</h2>
      <p className="event-list-count" aria-live="polite">
        {fmt.format(listed.length)} of {fmt.format(Math.max(inView, listed.length))} in the current view
      </p>
      <ol>
        {listed.map((event) => {
          const classes = ["event-item", "in-view", event.id === activeId && "is-active", event.id === selectedId && "is-selected"];
          return (
            <li key={event.id} className={classes.filter(Boolean).join(" ")} data-event-id={event.id}>
              <button
                type="button"
                aria-controls={detailId}
                aria-current={event.id === selectedId ? "true" : undefined}
                onClick={() => onSelect(event.id)}
                onMouseEnter={() => onActivate(event.id)}
                onMouseLeave={() => onActivate(null)}
                onFocus={() => onActivate(event.id)}
                onBlur={() => onActivate(null)}
              >
                <time className="event-date" dateTime={MACHINE_DATE.test(event.value) ? event.value : dateOf(event).start}>
                  {eventDateText(event)}
                </time>
                <span className="event-title">{event.title}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
