/**
 * @dateline/db: Dateline's store. Named query functions returning plain DTOs (@dateline/schema);
 * the Prisma client never leaves this package. Server code and CLI scripts only.
 *
 * Subpaths: `@dateline/db/events` (reads), `@dateline/db/documents` (import, list),
 * `@dateline/db/errors` (AppError, no Prisma), `@dateline/db/seed` (seed folder import).
 */
export { createDb, getDb, type Db, type DbOption } from "./client.ts";
export {
  importDocument,
  listDocuments,
  MAX_TEXT_BYTES,
  type ImportCandidate,
  type ImportDocumentInput,
  type ImportDocumentOptions,
  type ImportDocumentResult,
} from "./documents.ts";
export { AppError, HTTP_STATUS, httpStatusOf, isAppError, type AppErrorCode, type FieldIssue } from "./errors.ts";
export { getEvent, listEvents, MAX_LIST_LIMIT, type GetEventOptions, type ListEventsQuery } from "./events.ts";
export { contentHash, normaliseForHash } from "./hash.ts";
export { defaultDatabaseUrl, resolveDatabase, type DatabaseTarget } from "./paths.ts";
export { isSeedFileName, parseSeedFile, seedDirectory, type SeedFile, type SeedResult } from "./seed.ts";
