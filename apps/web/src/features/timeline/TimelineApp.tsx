"use client";
/** The public timeline page's client part: chart, list and detail panel share one selection. */
import { useCallback, useMemo, useRef, useState } from "react";
import type { EventDTO } from "@dateline/schema";
import { EventDetail } from "./EventDetail";
import { EventList } from "./EventList";
import { Timeline } from "./Timeline";

const DETAIL_ID = "event-detail";

const chronological = (a: EventDTO, b: EventDTO) =>
  Date.parse(a.date.start) - Date.parse(b.date.start) || Date.parse(a.date.end) - Date.parse(b.date.end) || (a.id < b.id ? -1 : 1);

export function TimelineApp({ events }: { events: readonly EventDTO[] }) {
  const sorted = useMemo(() => [...events].sort(chronological), [events]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [view, setView] = useState<readonly [Date, Date] | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const select = useCallback((id: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSelectedId(id);
  }, []);
  const close = useCallback(() => {
    setSelectedId(null);
    opener.current?.focus();
  }, []);

  if (sorted.length === 0) {
    return <p className="empty-state">No published events yet. Import an article to start the timeline.</p>;
  }
  const selected = sorted.find((e) => e.id === selectedId) ?? null;
  return (
    <div className="timeline-app">
      <Timeline events={sorted} activeId={activeId} selectedId={selectedId} onActivate={setActiveId} onSelect={select} onViewChange={setView} />
      <div className="timeline-panels">
        <EventList events={sorted} view={view} activeId={activeId} selectedId={selectedId} detailId={DETAIL_ID} onActivate={setActiveId} onSelect={select} />
        <EventDetail id={DETAIL_ID} event={selected} onClose={close} />
      </div>
    </div>
  );
}
