import { readPublishedEvent } from "@/server/events";
import { badRequest, errorResponse, json, notFound } from "@/server/http";

/** GET /api/events/:id → one published EventDTO, or 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (id.length === 0 || id.length > 100) return badRequest("invalid event id");
  try {
    const event = await readPublishedEvent(id);
    return event ? json(event) : notFound(`no published event with id "${id}"`);
  } catch (error) {
    return errorResponse(error);
  }
}
