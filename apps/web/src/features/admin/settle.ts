/**
 * Admin calls (server actions, fetches of the admin routes) as results that never throw: a lost
 * connection, a proxy's HTML error page or a server that died mid-request becomes a failure the
 * form shows, instead of an unhandled rejection that leaves the editor guessing.
 */
import type { ActionResult } from "@/server/actions/result";

export const UNREACHABLE_MESSAGE = "The server could not be reached or gave no usable answer; nothing was changed. Try again.";

/** `call()`'s result, or an INTERNAL failure when it throws. */
export async function settle<T>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await call();
  } catch (error) {
    console.error("admin request failed", error);
    return { ok: false, code: "INTERNAL", message: UNREACHABLE_MESSAGE, issues: [] };
  }
}
