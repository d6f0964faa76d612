/**
 * Same-origin check for every mutating request (server actions, admin routes, sign-in/out).
 * A browser always sends `Origin` on cross-origin and same-origin POSTs; we require it, refuse
 * `null` (sandboxed frames, data: URLs, some redirects) and any other host, and refuse a
 * `Sec-Fetch-Site` that says the request came from elsewhere.
 */

/** Internal Next.js header that has bypassed middleware before (CVE-2025-29927); never legitimate from a client. */
const SUBREQUEST_HEADER = "x-middleware-subrequest";

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

export function checkSameOrigin(headers: Headers): OriginVerdict {
  if (headers.has(SUBREQUEST_HEADER)) return { ok: false, reason: `${SUBREQUEST_HEADER} header present` };
  const origin = headers.get("origin");
  if (!origin) return { ok: false, reason: "missing Origin header" };
  if (origin === "null") return { ok: false, reason: "Origin null" };
  // Behind a trusted proxy the public host is the forwarded one; otherwise only `Host` counts.
  const forwarded = process.env.DATELINE_TRUSTED_PROXY ? headers.get("x-forwarded-host") : null;
  const host = forwarded ?? headers.get("host");
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return { ok: false, reason: `malformed Origin ${JSON.stringify(origin)}` };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return { ok: false, reason: `Origin scheme ${parsed.protocol}` };
  if (!host || parsed.host !== host.toLowerCase()) return { ok: false, reason: `Origin ${origin} is not ${host ?? "this host"}` };
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return { ok: false, reason: `Sec-Fetch-Site ${site}` };
  return { ok: true };
}
