/**
 * Level-of-detail timeline reads for pages and route handlers (published events only, always read
 * at request time). Server-only: Prisma never reaches a client bundle.
 */
import "server-only";
import { connection } from "next/server";
import { exportTimelineEvents, timelineExtent, timelineView } from "@dateline/db/timeline";
import { TimelineQuery, type TimelineExportEvent, type TimelineQueryInput, type TimelineView } from "@dateline/schema/timeline";
import { paddedDomain } from "@/features/timeline/d3/scale";
import { compactView } from "@/features/timeline/lod/compactView";
import { fetchWindow } from "@/features/timeline/lod/request";
import { filterParams, parseViewState, toSearchParams, type ViewState } from "@/features/timeline/lod/urlState";
import type { InitialData } from "@/features/timeline/lod/useTimelineData";
import { badRequest } from "./http";

/** Width the server lays the first view out for; the client asks again only if it is far off. */
export const ASSUMED_CHART_WIDTH = 1200;

export async function readTimelineView(query: TimelineQueryInput): Promise<TimelineView> {
  await connection();
  return timelineView(query);
}

export async function readTimelineExport(query: Omit<TimelineQueryInput, "width">): Promise<TimelineExportEvent[]> {
  await connection();
  return exportTimelineEvents(query);
}

/** The home view: the published events' extent, padded; null when there are none. */
export async function readTimelineHome(): Promise<readonly [number, number] | null> {
  await connection();
  const extent = await timelineExtent();
  if (!extent) return null;
  const [from, to] = paddedDomain([new Date(extent.from), new Date(extent.to)]);
  return [from.getTime(), to.getTime()];
}

/** The first view's data, loaded while the page renders (no request after hydration). */
export async function readInitialTimeline(state: ViewState, home: readonly [number, number]): Promise<InitialData> {
  const window = fetchWindow(state.window ?? home, ASSUMED_CHART_WIDTH, home[0], home[1]);
  const filters = filterParams(state);
  const view = await readTimelineView({ ...Object.fromEntries(filters), from: window.from, to: window.to, width: window.width });
  return { window, filterKey: filters.toString(), view: compactView(view) };
}

/** Everything the timeline page (and /embed) renders with: the view from the URL, the home window, the first data. */
export async function readTimelinePage(searchParams: Record<string, string | string[] | undefined>) {
  const initialState = parseViewState(toSearchParams(searchParams));
  const home = await readTimelineHome();
  const initialData = home ? await readInitialTimeline(initialState, home) : null;
  return { home, initialState, initialData };
}

/** Query parameters of GET /api/timeline. */
export const TIMELINE_PARAMS: ReadonlySet<string> = new Set(["from", "to", "width", "q", "precision", "tag", "source", "lanes"]);

/** Validates a timeline query string: known, unrepeated parameters that TimelineQuery accepts. */
export function parseTimelineParams(
  params: URLSearchParams,
  known: ReadonlySet<string> = TIMELINE_PARAMS,
): { ok: true; query: TimelineQuery } | { ok: false; error: Response } {
  const unknown = [...params.keys()].filter((k) => !known.has(k));
  if (unknown.length > 0) return { ok: false, error: badRequest(`unknown query parameter: ${unknown.join(", ")} (expected ${[...known].join(", ")})`) };
  const repeated = [...known].filter((k) => params.getAll(k).length > 1);
  if (repeated.length > 0) return { ok: false, error: badRequest(`query parameter given more than once: ${repeated.join(", ")}`) };
  const parsed = TimelineQuery.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.map(String).join(".") || "query"}: ${i.message}`).join("; ");
    return { ok: false, error: badRequest(`invalid query: ${detail}`, parsed.error) };
  }
  return { ok: true, query: parsed.data };
}

