/**
 * One error type for expected failures (bad input, missing rows, conflicts), with a code that
 * callers map to an HTTP status through `HTTP_STATUS`. Programmer mistakes stay plain `Error`s.
 * No Prisma here: client code may import this module (`@dateline/db/errors`).
 */

/** Error codes and the HTTP status a route handler answers with. */
export const HTTP_STATUS = {
  /** Input failed validation (empty text, invalid URL, bad date…). */
  INVALID_INPUT: 400,
  /** No session. */
  UNAUTHORIZED: 401,
  /** A session without the right. */
  FORBIDDEN: 403,
  /** The row does not exist (or is deleted / not visible). */
  NOT_FOUND: 404,
  /** Optimistic concurrency or uniqueness conflict: someone changed it first. */
  CONFLICT: 409,
  /** Input larger than allowed (article text > 1 MB). */
  PAYLOAD_TOO_LARGE: 413,
} as const;

export type AppErrorCode = keyof typeof HTTP_STATUS;

/** One problem with one input field, for display beside the field. */
export interface FieldIssue {
  /** Dotted path of the field (`url`, `events.2.date.end`), empty for the whole input. */
  path: string;
  message: string;
}

export class AppError extends Error {
  override readonly name = "AppError";
  readonly code: AppErrorCode;
  readonly issues: readonly FieldIssue[];

  constructor(code: AppErrorCode, message: string, options: { issues?: FieldIssue[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.issues = options.issues ?? [];
  }

  /** The HTTP status for this error's code. */
  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** HTTP status for any thrown value: the AppError's, else 500. */
export function httpStatusOf(error: unknown): number {
  return isAppError(error) ? error.status : 500;
}
