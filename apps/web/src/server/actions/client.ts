/**
 * The one action client: every admin server action and every mutating admin route runs through
 * `runGuarded`, which in this order
 *   1. refuses cross-origin requests (`Origin` missing, `null` or foreign; see origin.ts),
 *   2. refuses requests without a valid, unrevoked session (checked in the database),
 *   3. parses the input with the shared zod schema (field issues → INVALID_INPUT),
 *   4. runs the handler, mapping AppErrors to a typed failure and logging anything else.
 * Layout redirects are a convenience; this is the check.
 */
import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { isEditConflict, type Actor } from "@dateline/db/admin";
import { getSessionUser, type SessionUser } from "@dateline/db/auth";
import { HTTP_STATUS, isAppError } from "@dateline/db/errors";
import { checkSameOrigin } from "../auth/origin";
import type { ActionFailure, ActionResult } from "./result";

export interface ActionContext {
  editor: SessionUser;
  actor: Actor;
}

type Handler<S extends z.ZodType, T> = (input: z.output<S>, ctx: ActionContext) => Promise<T>;

function failure(code: ActionFailure["code"], message: string, extra: Partial<ActionFailure> = {}): ActionFailure {
  return { ok: false, code, message, issues: [], ...extra };
}

/** Runs `handler` for `name` if the request is same-origin, signed in and its input valid. */
export async function runGuarded<S extends z.ZodType, T>(
  name: string,
  requestHeaders: Headers,
  readInput: () => Promise<unknown>,
  schema: S,
  handler: Handler<S, T>,
): Promise<ActionResult<T>> {
  const origin = checkSameOrigin(requestHeaders);
  if (!origin.ok) {
    console.warn(JSON.stringify({ event: "admin.refused", action: name, reason: origin.reason }));
    return failure("FORBIDDEN", "This request did not come from this site.");
  }
  const editor = await getSessionUser(requestHeaders);
  if (!editor) {
    console.warn(JSON.stringify({ event: "admin.refused", action: name, reason: "no session" }));
    return failure("UNAUTHORIZED", "Your session has ended. Sign in again.");
  }
  try {
    const parsed = schema.safeParse(await readInput());
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
      return failure("INVALID_INPUT", "Some fields need attention.", { issues });
    }
    const data = await handler(parsed.data, { editor, actor: { id: editor.id, email: editor.email } });
    return { ok: true, data };
  } catch (error) {
    if (isEditConflict(error)) return failure("CONFLICT", error.message, { conflict: error.current });
    if (isAppError(error)) return failure(error.code, error.message, { issues: [...error.issues] });
    console.error(`admin action ${name} failed`, error);
    return failure("INTERNAL", "Something went wrong on the server; nothing was saved.");
  }
}

/** A server action guarded by `runGuarded`. Export the result from a "use server" module. */
export function adminAction<S extends z.ZodType, T>(name: string, schema: S, handler: Handler<S, T>) {
  return async (input: unknown): Promise<ActionResult<T>> =>
    runGuarded(name, new Headers(await headers()), async () => input, schema, handler);
}

/** HTTP status of a result: 200, or the AppError code's status (500 for INTERNAL). */
export function statusOf(result: ActionResult<unknown>): number {
  return result.ok ? 200 : result.code === "INTERNAL" ? 500 : HTTP_STATUS[result.code];
}

/** A mutating route handler guarded by `runGuarded`; the body is read only after the checks. */
export function adminRoute<S extends z.ZodType, T>(
  name: string,
  readInput: (request: Request) => Promise<unknown>,
  schema: S,
  handler: Handler<S, T>,
) {
  return async (request: Request): Promise<Response> => {
    const result = await runGuarded(name, request.headers, () => readInput(request), schema, handler);
    return Response.json(result, { status: statusOf(result), headers: { "Cache-Control": "no-store" } });
  };
}
