"use client";
import type { EventDTO } from "@dateline/schema";
import { formatDate } from "./d3/dateText";

export interface EventListProps {
  events: readonly EventDTO[];
  /** The chart's visible window; events overlapping it are marked "in view". */
  view: readonly [Date, Date] | null;
  activeId: string | null;
  selectedId: string | null;
  detailId: string;
  onActivate(id: string | null): void;
  onSelect(id: string): void;
}

const MACHINE_DATE = /^-?\d{4}(-\d{2}(-\d{2})?)?$/;

const inView = (event: EventDTO, view: readonly [Date, Date] | null) =>
  !view || (Date.parse(event.date.start) < view[1].getTime() && Date.parse(event.date.end) > view[0].getTime());

/** The accessible list of the same events, in step with the chart (visible window, hover, selection). */
export function EventList({ events, view, activeId, selectedId, detailId, onActivate, onSelect }: EventListProps) {
  const visible = events.filter((e) => inView(e, view)).length;
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title">Events</h2>
      <p className="event-list-count" aria-live="polite">
        {visible} of {events.length} in the current view
      </p>
      <ol>
        {events.map((event) => {
          const shown = inView(event, view);
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
                <time className="event-date" dateTime={MACHINE_DATE.test(event.date.value) ? event.date.value : event.date.start}>
                  {formatDate(event.date)}
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
}
