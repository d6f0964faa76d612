/**
 * The view in the URL, so any view is a permalink and back/forward walk through views:
 * `?from=…&to=…` (UTC ISO instants), `q`, `precision`, `tag`, `source` (comma lists), `lanes`,
 * `collapsed` (lane keys) and `event` (the selected event). Parsing never throws: a malformed
 * parameter is dropped, so a hand-edited link still opens.
 */
import type { Precision } from "@dateline/schema";
import { LANE_KEYS, PRECISIONS, TIMELINE_MAX_MS, TIMELINE_MIN_MS } from "@dateline/schema/constants";
import type { LaneKey } from "@dateline/schema/timeline";

export interface Filters {
  readonly q: string;
  readonly precision: readonly Precision[];
  readonly tag: readonly string[];
  readonly source: readonly string[];
}

export interface ViewState extends Filters {
  /** Visible window in epoch ms; null until chosen (the whole archive). */
  readonly window: readonly [number, number] | null;
  readonly lanes: LaneKey;
  readonly collapsed: readonly string[];
  readonly selected: string | null;
}

export const EMPTY_FILTERS: Filters = { q: "", precision: [], tag: [], source: [] };
export const DEFAULT_VIEW: ViewState = { ...EMPTY_FILTERS, window: null, lanes: "tag", collapsed: [], selected: null };

const list = (value: string | null): string[] =>
  (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= 200)
    .slice(0, 20);

function instant(value: string | null): number | null {
  if (!value || !/^[+-]?\d{4,6}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms >= TIMELINE_MIN_MS && ms <= TIMELINE_MAX_MS ? ms : null;
}

const isPrecision = (p: string): p is Precision => (PRECISIONS as readonly string[]).includes(p);
const isLaneKey = (k: string): k is LaneKey => (LANE_KEYS as readonly string[]).includes(k);

export function parseViewState(params: URLSearchParams): ViewState {
  const from = instant(params.get("from"));
  const to = instant(params.get("to"));
  const lanes = params.get("lanes") ?? "";
  const selected = params.get("event");
  return {
    window: from !== null && to !== null && from < to ? [from, to] : null,
    q: (params.get("q") ?? "").trim().slice(0, 200),
    precision: list(params.get("precision")).filter(isPrecision),
    tag: list(params.get("tag")),
    source: list(params.get("source")),
    lanes: isLaneKey(lanes) ? lanes : DEFAULT_VIEW.lanes,
    collapsed: list(params.get("collapsed")),
    selected: selected && /^[\w-]{1,64}$/.test(selected) ? selected : null,
  };
}

/** ISO instant at whole seconds (shorter permalinks; sub-second windows are never needed). */
export const isoSeconds = (ms: number): string => new Date(Math.round(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");

/** The query string for a view (without "?"), defaults omitted, in a stable order. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.window) {
    params.set("from", isoSeconds(state.window[0]));
    params.set("to", isoSeconds(state.window[1]));
  }
  if (state.q) params.set("q", state.q);
  if (state.precision.length) params.set("precision", state.precision.join(","));
  if (state.tag.length) params.set("tag", state.tag.join(","));
  if (state.source.length) params.set("source", state.source.join(","));
  if (state.lanes !== DEFAULT_VIEW.lanes) params.set("lanes", state.lanes);
  if (state.collapsed.length) params.set("collapsed", state.collapsed.join(","));
  if (state.selected) params.set("event", state.selected);
  // ":" and "," are legal in a query: keep permalinks readable (and equal to what people type).
  return params.toString().replace(/%3A/gi, ":").replace(/%2C/gi, ",");
}

/** The filter part of the view as `/api/timeline` query parameters. */
export function filterParams(filters: Filters & { lanes: LaneKey }): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.precision.length) params.set("precision", filters.precision.join(","));
  if (filters.tag.length) params.set("tag", filters.tag.join(","));
  if (filters.source.length) params.set("source", filters.source.join(","));
  params.set("lanes", filters.lanes);
  return params;
}

/** Next.js `searchParams` as URLSearchParams (a repeated parameter keeps its first value). */
export function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return params;
}
