"use client";
/**
 * The accessible list in step with the chart: the loaded events in time order (at most `max`),
 * those outside the visible window marked so, and how many events the view holds.
 */
import { memo } from "react";
import type { TimelineEvent } from "@dateline/schema/timeline";
import { dateOf, eventDateText } from "./dates";

export interface LodEventListProps {
  readonly events: readonly TimelineEvent[];
  /** Visible window (epoch ms): events overlapping it are "in view". */
  readonly window: readonly [number, number];
  /** Events in the visible window, and in the loaded data (more than listed when the chart shows counts). */
  readonly inView: number;
  readonly total: number;
  readonly activeId: string | null;
  readonly selectedId: string | null;
  readonly detailId: string;
  readonly onActivate: (id: string | null) => void;
  readonly onSelect: (id: string) => void;
  readonly max?: number;
}

const MACHINE_DATE = /^-?\d{4}(-\d{2}(-\d{2})?)?$/;
const fmt = new Intl.NumberFormat("en-US");

export const LodEventList = memo(function LodEventList({ events, window, inView, total, activeId, selectedId, detailId, onActivate, onSelect, max = 300 }: LodEventListProps) {
  const listed = events.slice(0, max);
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title">Events</h2>
      <p className="event-list-count" aria-live="polite">
        {fmt.format(inView)} of {fmt.format(total)} in the current view
      </p>
      <ol>
        {listed.map((event) => {
          const shown = event.start < window[1] && event.end > window[0];
          const classes = ["event-item", shown ? "in-view" : "out-of-view", event.id === activeId && "is-active", event.id === selectedId && "is-selected"];
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
                {!shown && <span className="visually-hidden"> (outside the current view)</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
});
