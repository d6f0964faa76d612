import { errorResponse, json } from "@/server/http";
import { parseTimelineParams, readTimelineView } from "@/server/timeline";

/**
 * GET /api/timeline?from&to&width[&q&precision&tag&source&lanes] → TimelineView: the events of
 * the window when they fit, else per-bucket counts per lane with each cell's top event.
 */
export async function GET(request: Request) {
  const parsed = parseTimelineParams(new URL(request.url).searchParams);
  if (!parsed.ok) return parsed.error;
  const { query } = parsed;
  try {
    return json(await readTimelineView(query));
  } catch (e) {
    return errorResponse(e);
  }
}
