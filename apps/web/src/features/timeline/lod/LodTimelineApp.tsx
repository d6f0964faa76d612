"use client";
/**
 * The public timeline at any scale: level-of-detail chart, search and filters, lanes, the list in
 * step with the chart, the detail panel, exports. The URL carries the view (window, filters,
 * lanes, selected event): every settled view is a history entry, so back/forward and permalinks
 * work.
 */
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import type { EventDTO, Precision } from "@dateline/schema";
import { PRECISIONS } from "@dateline/schema/constants";
import type { LaneKey, TimelineEvent } from "@dateline/schema/timeline";
import { EventDetail } from "../EventDetail";
import { LodChart } from "./LodChart";
import { LodEventList } from "./LodEventList";
import { exportUrl, EXPORT_FORMATS } from "./exports";
import { filterParams, parseViewState, serializeViewState, type ViewState } from "./urlState";
import { useTimelineData, type InitialData } from "./useTimelineData";
import "./lod.css";

const DETAIL_ID = "event-detail";
/**
 * A view becomes a history entry once it has stayed this long (the chart reports a zoom or pan
 * only once the view rests, see `useLiveView`).
 */
const SETTLE_MS = 400;

export interface LodTimelineAppProps {
  /** Padded extent of the published events (epoch ms), or null when there are none. */
  readonly home: readonly [number, number] | null;
  /** The view the server rendered (from the URL). */
  readonly initialState: ViewState;
  /** Data for that view, loaded on the server. */
  readonly initialData: InitialData | null;
  /** The chart alone, for an iframe (`/embed`): no search, list or detail. */
  readonly embed?: boolean;
}

const overlaps = (e: TimelineEvent, [a, b]: readonly [number, number]) => e.start < b && e.end > a;
const byTime = (a: TimelineEvent, b: TimelineEvent) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1);

function useEventDetail(id: string | null): EventDTO | null {
  const [detail, setDetail] = useState<EventDTO | null>(null);
  useEffect(() => {
    if (!id) {
      setDetail(null);
      return;
    }
    const controller = new AbortController();
    fetch(`/api/events/${encodeURIComponent(id)}`, { signal: controller.signal })
      .then(async (r) => (r.ok ? ((await r.json()) as EventDTO) : null))
      .then((event) => {
        if (!controller.signal.aborted) setDetail(event);
      })
      .catch(() => {
        if (!controller.signal.aborted) setDetail(null);
      });
    return () => controller.abort();
  }, [id]);
  return detail;
}

/** A comma-separated list filter, applied when the field loses focus. */
function ListInput({ label, value, list, onChange }: { label: string; value: readonly string[]; list?: string; onChange: (v: string[]) => void }) {
  const text = value.join(",");
  return (
    <input
      aria-label={label}
      placeholder={label}
      list={list}
      defaultValue={text}
      key={text}
      onBlur={(e) => onChange(e.target.value.split(",").map((s) => s.trim()).filter(Boolean))}
    />
  );
}

export function LodTimelineApp({ home, initialState, initialData, embed = false }: LodTimelineAppProps) {
  if (!home) return <p className="empty-state">No published events yet. Import an article to start the timeline.</p>;
  return <LodTimeline home={home} initialState={initialState} initialData={initialData} embed={embed} />;
}

/** The iframe snippet that embeds this view. */
export function embedSnippet(origin: string, state: ViewState): string {
  const query = serializeViewState({ ...state, selected: null });
  const src = `${origin}/embed${query ? `?${query}` : ""}`.replace(/&/g, "&amp;");
  return `<iframe src="${src}" title="Dateline timeline" width="100%" height="460" style="border:0" loading="lazy"></iframe>`;
}

function LodTimeline({ home, initialState, initialData, embed }: LodTimelineAppProps & { home: readonly [number, number] }) {
  const [state, setState] = useState<ViewState>(initialState);
  const [domain, setDomain] = useState<readonly [number, number]>(initialState.window ?? home);
  const [width, setWidth] = useState(1200);
  const [activeId, setActiveId] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const filterKey = useMemo(() => filterParams(state).toString(), [state]);
  const data = useTimelineData(domain, width, filterKey, home, initialData);
  const detail = useEventDetail(state.selected);

  // URL ⇄ state. Settled views are pushed; back/forward restore them.
  const current = useMemo(() => ({ ...state, window: domain }), [state, domain]);
  const pushTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const push = useCallback((next: ViewState, delay: number) => {
    if (pushTimer.current) clearTimeout(pushTimer.current);
    pushTimer.current = setTimeout(() => {
      const query = serializeViewState(next);
      if (`?${query}` === window.location.search || (query === "" && window.location.search === "")) return;
      window.history.pushState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
    }, delay);
  }, []);
  // The view the page opened with, spelled out in its URL (no new history entry).
  const opened = useRef(current);
  useEffect(() => {
    const query = serializeViewState(opened.current);
    if (`?${query}` !== window.location.search) window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
  }, []);
  useEffect(() => push(current, SETTLE_MS), [current, push]);
  useEffect(() => {
    const onPop = () => {
      if (pushTimer.current) clearTimeout(pushTimer.current);
      const next = parseViewState(new URLSearchParams(window.location.search));
      setState(next);
      setDomain(next.window ?? home);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [home]);

  const update = useCallback((patch: Partial<ViewState>) => setState((s) => ({ ...s, ...patch })), []);
  const latest = useRef(current);
  latest.current = current;
  const select = useCallback(
    (id: string) => {
      if (embed) {
        const query = serializeViewState({ ...latest.current, selected: id });
        window.open(`/?${query}`, "_blank", "noopener");
        return;
      }
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      update({ selected: id });
    },
    [update, embed],
  );
  const [snippet, setSnippet] = useState<string | null>(null);
  const close = useCallback(() => {
    update({ selected: null });
    opener.current?.focus();
  }, [update]);

  const collapsed = useMemo(() => new Set(state.collapsed), [state.collapsed]);
  const toggleLane = (key: string) =>
    update({ collapsed: collapsed.has(key) ? state.collapsed.filter((k) => k !== key) : [...state.collapsed, key] });

  // The list follows the chart's committed window: it changes when the view rests, not per frame.
  const listDomain = domain;
  const view = data.view;
  const listed = useMemo(() => (view ? [...view.events].sort(byTime) : []), [view]);
  const counts = useMemo(() => {
    if (!view) return { inView: 0, total: 0 };
    if (view.mode === "events") return { inView: listed.filter((e) => overlaps(e, listDomain)).length, total: listed.length };
    let n = 0;
    for (const c of view.cells) {
      const s = view.buckets[c.bucket] ?? 0;
      const e = view.buckets[c.bucket + 1] ?? 0;
      if (s < listDomain[1] && e > listDomain[0]) n += c.count;
    }
    return { inView: n, total: view.total };
  }, [view, listed, listDomain]);

  const [draft, setDraft] = useState(state.q);
  useEffect(() => setDraft(state.q), [state.q]);
  const onSearch = useCallback(
    (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      update({ q: draft.trim() });
    },
    [draft, update],
  );
  const laneKeys = view?.lanes.map((l) => l.key) ?? [];

  // Rebuilt when the view rests, not on every zoom frame.
  const laneList = laneKeys.join("\n");
  const toolbar = useMemo(() => (
    <>
      <form className="lod-search" role="search" onSubmit={onSearch} aria-label="Search and filter events">
        <input type="search" name="q" aria-label="Search titles" placeholder="Search…" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <select
          aria-label="Precision"
          value={state.precision[0] ?? ""}
          onChange={(e) => update({ precision: e.target.value ? [e.target.value as Precision] : [] })}
        >
          <option value="">Any precision</option>
          {PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <ListInput label="Tag" list="lod-lanes" value={state.tag} onChange={(tag) => update({ tag })} />
        <datalist id="lod-lanes">
          {laneList.split("\n").filter(Boolean).map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
        <ListInput label="Source" value={state.source} onChange={(source) => update({ source })} />
        <select aria-label="Lanes by" value={state.lanes} onChange={(e) => update({ lanes: e.target.value as LaneKey, collapsed: [] })}>
          <option value="tag">Lanes by tag</option>
          <option value="source">Lanes by source</option>
          <option value="none">One lane</option>
        </select>
        <button type="submit">Search</button>
      </form>
      <div className="lod-exports" role="group" aria-label="Export">
        {EXPORT_FORMATS.map((f) => (
          <a key={f.format} className="lod-export" href={exportUrl(f.format, listDomain, state)} download>
            {f.label}
          </a>
        ))}
        <button type="button" aria-expanded={snippet !== null} onClick={() => setSnippet((s) => (s === null ? embedSnippet(window.location.origin, { ...state, window: listDomain }) : null))}>
          Embed
        </button>
      </div>
    </>
  ), [draft, state, listDomain, snippet, laneList, update, onSearch]);

  const chart = (
    <LodChart
      data={view}
      domain={domain}
      home={home}
      onDomainChange={setDomain}
      activeId={activeId}
      selectedId={embed ? null : state.selected}
      onActivate={setActiveId}
      onSelect={select}
      collapsed={collapsed}
      loading={data.loading}
      onWidth={setWidth}
      toolbar={embed ? undefined : toolbar}
    />
  );
  if (embed) return <div className="timeline-app timeline-embed">{chart}</div>;
  return (
    <div className="timeline-app">
      {view && view.lanes.length > 1 && (
        <div className="lod-lanes" role="group" aria-label="Lanes">
          {view.lanes.map((l) => (
            <button key={l.key} type="button" aria-pressed={!collapsed.has(l.key)} onClick={() => toggleLane(l.key)}>
              {collapsed.has(l.key) ? "▸" : "▾"} {l.key || "(no tag)"}
            </button>
          ))}
        </div>
      )}
      {chart}
      {snippet !== null && (
        <label className="lod-embed">
          Embed this view: copy the snippet
          <textarea className="lod-embed-snippet" readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {data.error && (
        <p className="lod-error" role="alert">
          {data.error}
        </p>
      )}
      {/*
        A Suspense boundary is hydrated apart, after the rest of the page has been: the chart
        commits and draws first, then the server-rendered list (already on screen) becomes
        interactive. Nothing here suspends; the fallback is never shown.
      */}
      <Suspense fallback={null}>
        <div className="timeline-panels">
          <LodEventList
            events={listed}
            window={listDomain}
            inView={counts.inView}
            total={counts.total}
            activeId={activeId}
            selectedId={state.selected}
            detailId={DETAIL_ID}
            onActivate={setActiveId}
            onSelect={select}
          />
          <EventDetail id={DETAIL_ID} event={detail} onClose={close} />
        </div>
      </Suspense>
    </div>
  );
}
