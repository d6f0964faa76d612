import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/features/admin/SignOutButton";
import { requireEditorPage } from "@/server/auth/session";

/** Signed-in area. The redirect here is a convenience: every page, action and route checks again. */
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const editor = await requireEditorPage();
  return (
    <>
      <header className="admin-header">
        <nav aria-label="Admin">
          <Link href="/admin">Events</Link>
          <Link href="/admin/events/new">New event</Link>
          <Link href="/admin/import">Import article</Link>
          <Link href="/">Public timeline</Link>
        </nav>
        <span className="muted">
          {editor.email} <SignOutButton />
        </span>
      </header>
      <main className="admin-main">{children}</main>
    </>
  );
}
