"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** Signs out: the server deletes the session row, so the old cookie is refused from now on. */
export function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    await fetch("/api/auth/sign-out", { method: "POST", credentials: "same-origin", headers: { "content-type": "application/json" }, body: "{}" }).catch(() => undefined);
    router.replace("/admin/login");
    router.refresh();
  }
  return (
    <button type="button" className="link-button" onClick={signOut} disabled={pending}>
      Sign out
    </button>
  );
}
