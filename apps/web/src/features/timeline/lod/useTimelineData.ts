"use client";
/**
 * Loads level-of-detail data for the visible window. The previous answer stays on screen while
 * the next loads; a newer request aborts the older one (AbortController); answers are cached by
 * quantized window, so panning back and forth asks nothing twice.
 */
import { useEffect, useRef, useState } from "react";
import type { TimelineView } from "@dateline/schema/timeline";
import { expandView, type CompactView } from "./compactView";
import { LruCache, fetchWindow, serves, type FetchWindow } from "./request";

export interface TimelineData {
  readonly view: TimelineView | null;
  readonly window: FetchWindow | null;
  readonly loading: boolean;
  readonly error: string | null;
}

/** The first view's data, loaded by the server page; its view in columns (`compactView`). */
export interface InitialData {
  readonly window: FetchWindow;
  readonly filterKey: string;
  readonly view: CompactView;
}

const DEBOUNCE_MS = 60;

/**
 * @param visible the chart's visible window (epoch ms)
 * @param filterKey `/api/timeline` filter parameters (`q=…&lanes=tag`), part of the cache key
 * @param limits earliest and latest instants worth asking for
 */
export function useTimelineData(
  visible: readonly [number, number],
  widthPx: number,
  filterKey: string,
  limits: readonly [number, number],
  initialData: InitialData | null,
): TimelineData {
  const [initial] = useState(() => (initialData ? { ...initialData, view: expandView(initialData.view) } : null));
  const [cache] = useState(() => {
    const lru = new LruCache<TimelineView>(40);
    if (initial) lru.set(`${initial.filterKey}|${initial.window.key}`, initial.view);
    return lru;
  });
  const [state, setState] = useState<TimelineData>(() =>
    initial ? { view: initial.view, window: initial.window, loading: false, error: null } : { view: null, window: null, loading: true, error: null },
  );
  /** What is on screen; `complete` when it holds every event within the limits (nothing more to ask). */
  const loaded = useRef<{ window: FetchWindow; filterKey: string; complete: boolean } | null>(null);
  const remember = (window: FetchWindow, key: string, view: TimelineView) => {
    loaded.current = { window, filterKey: key, complete: view.mode === "events" && window.from <= limits[0] && window.to >= limits[1] };
  };
  if (initial && loaded.current === null) remember(initial.window, initial.filterKey, initial.view);
  const inflight = useRef<{ key: string; controller: AbortController } | null>(null);

  const [a, b] = visible;
  const [lo, hi] = limits;
  useEffect(() => {
    const current = loaded.current;
    if (current && current.filterKey === filterKey && (current.complete || serves(current.window, [a, b], widthPx, lo, hi))) return;
    const wanted = fetchWindow([a, b], widthPx, lo, hi);
    const key = `${filterKey}|${wanted.key}`;
    const cached = cache.get(key);
    if (cached) {
      inflight.current?.controller.abort();
      inflight.current = null;
      remember(wanted, filterKey, cached);
      setState({ view: cached, window: wanted, loading: false, error: null });
      return;
    }
    if (inflight.current?.key === key) return;
    const timer = setTimeout(() => {
      inflight.current?.controller.abort();
      const controller = new AbortController();
      inflight.current = { key, controller };
      setState((s) => ({ ...s, loading: true }));
      const params = new URLSearchParams(filterKey);
      params.set("from", String(Math.round(wanted.from)));
      params.set("to", String(Math.round(wanted.to)));
      params.set("width", String(wanted.width));
      fetch(`/api/timeline?${params.toString()}`, { signal: controller.signal })
        .then(async (response) => {
          if (!response.ok) throw new Error(`timeline request failed: ${response.status}`);
          return (await response.json()) as TimelineView;
        })
        .then((view) => {
          cache.set(key, view);
          if (controller.signal.aborted) return;
          inflight.current = null;
          remember(wanted, filterKey, view);
          setState({ view, window: wanted, loading: false, error: null });
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          inflight.current = null;
          setState((s) => ({ ...s, loading: false, error: error instanceof Error ? error.message : String(error) }));
        });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [a, b, widthPx, filterKey, lo, hi]);

  useEffect(() => () => inflight.current?.controller.abort(), []);
  return state;
}
