import { EventQuery } from "@dateline/schema";
import { readPublishedEvents } from "@/server/events";
import { badRequest, errorResponse, json } from "@/server/http";

const KNOWN = new Set(["from", "to", "q"]);

/** GET /api/events?from&to&q → published EventDTO[] overlapping [from, to), earliest first. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const unknown = [...params.keys()].filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) return badRequest(`unknown query parameter: ${unknown.join(", ")} (expected from, to, q)`);
  const repeated = [...KNOWN].filter((k) => params.getAll(k).length > 1);
  if (repeated.length > 0) return badRequest(`query parameter given more than once: ${repeated.join(", ")}`);
  const parsed = EventQuery.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.map(String).join(".") || "query"}: ${i.message}`).join("; ");
    return badRequest(`invalid query: ${detail}`, parsed.error);
  }
  try {
    return json(await readPublishedEvents(parsed.data));
  } catch (error) {
    return errorResponse(error);
  }
}
