/**
 * The signed-in editor for the current request, read from the database on every call (a revoked
 * or expired session is refused at once). Layouts redirect for convenience; every action, route
 * handler and admin read calls this again.
 */
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "@dateline/db/auth";

export type { SessionUser };

/** The editor of this request, or null. */
export async function currentEditor(): Promise<SessionUser | null> {
  return getSessionUser(new Headers(await headers()));
}

/** The editor of this request; otherwise a redirect to the sign-in page (pages only). */
export async function requireEditorPage(): Promise<SessionUser> {
  const editor = await currentEditor();
  if (!editor) redirect("/admin/login");
  return editor;
}
