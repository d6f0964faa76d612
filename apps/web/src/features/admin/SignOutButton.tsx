"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** Signs out: the server deletes the session row, so the old cookie is refused from now on. */
export function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function signOut() {
    setPending(true);
    setError(null);
    const status = await fetch("/api/auth/sign-out", { method: "POST", credentials: "same-origin", headers: { "content-type": "application/json" }, body: "{}" }).then(
      (r) => r.status,
      () => 0,
    );
    // 401: the session had already ended. Anything else that is not OK: the session may still be
    // valid, so say so rather than show the sign-in page as if it had ended.
    if (status !== 200 && status !== 401) {
      setPending(false);
      setError("Sign-out failed: you are still signed in. Try again.");
      return;
    }
    router.replace("/admin/login");
    router.refresh();
  }
  return (
    <>
      <button type="button" className="link-button" onClick={signOut} disabled={pending}>
        Sign out
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
