/** `@dateline/db/admin`: the admin area's verbs (events, import with review). Server code only. */
export { actorLabel, type Actor } from "./audit.ts";
export { EditConflictError, isEditConflict } from "./errors.ts";
export {
  createEvent,
  getEventForAdmin,
  listEventsForAdmin,
  restoreEvent,
  softDeleteEvent,
  toAdminEventDTO,
  updateEvent,
  type AdminWriteOptions,
} from "./events.ts";
export { databaseFingerprint } from "./fingerprint.ts";
export { importReviewed, previewImport } from "./import.ts";
