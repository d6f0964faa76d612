import { eventsToCsv, eventsToTimelineJs } from "@/features/timeline/lod/exports";
import { isoSeconds } from "@/features/timeline/lod/urlState";
import { badRequest, errorResponse } from "@/server/http";
import { TIMELINE_PARAMS, parseTimelineParams, readTimelineExport } from "@/server/timeline";

const TYPES = { csv: "text/csv; charset=utf-8", json: "application/json", timelinejs: "application/json" } as const;
const isFormat = (f: string): f is keyof typeof TYPES => f in TYPES;

/** GET /api/timeline/export?format=csv|json|timelinejs&from&to[&filters]: the view's events as a download. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "csv";
  if (!isFormat(format)) return badRequest(`unknown format "${format}" (expected csv, json or timelinejs)`);
  params.delete("format");
  params.set("width", "1000");
  const parsed = parseTimelineParams(params, TIMELINE_PARAMS);
  if (!parsed.ok) return parsed.error;
  const { query } = parsed;
  try {
    const events = await readTimelineExport(query);
    const body = format === "csv" ? eventsToCsv(events) : JSON.stringify(format === "json" ? events : eventsToTimelineJs(events));
    const name = `dateline-${isoSeconds(query.from).slice(0, 10)}-${isoSeconds(query.to).slice(0, 10)}.${format === "csv" ? "csv" : "json"}`;
    return new Response(body, {
      headers: { "Content-Type": TYPES[format], "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
