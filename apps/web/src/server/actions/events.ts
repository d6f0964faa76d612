"use server";
/**
 * Server actions of the event editor. Each is `adminAction(...)`: same-origin, signed-in, input
 * parsed with the shared schema, known errors as typed results (see client.ts).
 */
import { createEvent, restoreEvent, softDeleteEvent, updateEvent } from "@dateline/db/admin";
import { AppError } from "@dateline/db/errors";
import { AdminEventCreate, AdminEventRef, AdminEventUpdate, DatePreviewInput } from "@dateline/schema/admin";
import { DatePhraseError, resolveDatePhrase } from "@/features/admin/date/resolve";
import { adminAction } from "./client";

export const createEventAction = adminAction("event.create", AdminEventCreate, (input, { actor }) => createEvent(input, { actor }));

export const updateEventAction = adminAction("event.update", AdminEventUpdate, (input, { actor }) => updateEvent(input, { actor }));

export const deleteEventAction = adminAction("event.delete", AdminEventRef, (input, { actor }) => softDeleteEvent(input, { actor }));

export const restoreEventAction = adminAction("event.restore", AdminEventRef, (input, { actor }) => restoreEvent(input, { actor }));

/** "What did you understand?" for the date field; changes nothing, guarded all the same. */
export const previewDateAction = adminAction("event.date-preview", DatePreviewInput, async (input) => {
  try {
    return resolveDatePhrase(input, input.reference ?? new Date().toISOString());
  } catch (error) {
    if (error instanceof DatePhraseError) {
      throw new AppError("INVALID_INPUT", error.message, { issues: [{ path: error.field, message: error.message }] });
    }
    throw error;
  }
});
