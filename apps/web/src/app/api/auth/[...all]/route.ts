import { handleAuthRequest } from "@dateline/db/auth";
import { checkSameOrigin } from "@/server/auth/origin";

/**
 * Sign-in and sign-out (better-auth). Same-origin only; better-auth checks Origin as well, and
 * `handleAuthRequest` exposes nothing but /sign-in/email and /sign-out.
 */
export async function POST(request: Request): Promise<Response> {
  const origin = checkSameOrigin(request.headers);
  if (!origin.ok) {
    console.warn(JSON.stringify({ event: "auth.refused", path: new URL(request.url).pathname, reason: origin.reason }));
    return Response.json({ ok: false, code: "FORBIDDEN", message: "This request did not come from this site." }, { status: 403 });
  }
  return handleAuthRequest(request);
}
