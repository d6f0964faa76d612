/**
 * Public event reads for pages and route handlers: thin wrappers over @dateline/db that only
 * ever return published events as DTOs. Server-only: the database never reaches a client bundle.
 */
import "server-only";
import { connection } from "next/server";
import { getEvent, listEvents } from "@dateline/db/events";
import type { EventDTO, EventQuery } from "@dateline/schema";

/** Published events overlapping the window, earliest first. Always read at request time. */
export async function readPublishedEvents(query: EventQuery = {}): Promise<EventDTO[]> {
  await connection();
  return listEvents({ ...query, status: "published" });
}

/** One published event, or null. */
export async function readPublishedEvent(id: string): Promise<EventDTO | null> {
  await connection();
  return getEvent(id);
}
