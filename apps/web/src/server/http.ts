/**
 * JSON responses for route handlers: one error shape, and the status from AppError's code map.
 * Unknown errors are logged and answered with a generic 500 that leaks nothing.
 */
import "server-only";
import { NextResponse } from "next/server";
import { httpStatusOf, isAppError } from "@dateline/db/errors";

export interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

export function json<T>(body: T, status = 200): NextResponse<T> {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** The part of a ZodError this module reads. */
interface Issues {
  readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
}

export function badRequest(message: string, error?: Issues): NextResponse<ErrorBody> {
  const issues = error?.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  return json({ error: { code: "INVALID_INPUT", message, ...(issues ? { issues } : {}) } }, 400);
}

export function notFound(message: string): NextResponse<ErrorBody> {
  return json({ error: { code: "NOT_FOUND", message } }, 404);
}

export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  if (isAppError(error)) {
    return json({ error: { code: error.code, message: error.message, issues: [...error.issues] } }, error.status);
  }
  console.error("unexpected error in route handler", error);
  return json({ error: { code: "INTERNAL", message: "Internal server error" } }, httpStatusOf(error));
}
