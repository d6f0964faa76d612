"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useHydrated } from "./useHydrated";

/** Sign-in with e-mail and password; the session cookie is HttpOnly and set by the server. */
export function LoginForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
        credentials: "same-origin",
      });
      if (response.ok) {
        router.replace("/admin");
        router.refresh();
        return;
      }
      setError(
        response.status === 429
          ? "Too many failed attempts. Try again in 10 minutes."
          : response.status === 401
            ? "Wrong e-mail or password."
            : "Sign-in failed. Try again.",
      );
    } catch {
      setError("The server could not be reached.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="admin-form login-form" method="post" onSubmit={onSubmit} aria-describedby={error ? "login-error" : undefined}>
      <label>
        E-mail
        <input name="email" type="email" autoComplete="username" required maxLength={254} />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required minLength={12} maxLength={128} />
      </label>
      {error ? (
        <p id="login-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={!hydrated || pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
