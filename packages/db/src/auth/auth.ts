/**
 * Editors' sign-in, on better-auth: e-mail + password (sign-up disabled), database sessions that
 * sign-out deletes, Argon2id hashes, 12-hour sessions that are never extended, and throttled
 * sign-in (see throttle.ts). The web app mounts `handleAuthRequest` at /api/auth and asks
 * `getSessionUser` on every guarded request.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { betterAuth } from "better-auth/minimal";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { getDb, prismaOf, type Db } from "../client.ts";
import { repoRoot } from "../paths.ts";
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from "./password.ts";
import { clientAddress, isLockedOut, markAttemptSucceeded, normaliseEmail, recordAttempt } from "./throttle.ts";

/** Session lifetime: 12 hours from sign-in, not extended by activity. */
export const SESSION_TTL_SECONDS = 12 * 60 * 60;
/** Cookie names start with this (`dateline.session_token`, `__Secure-dateline.…` over HTTPS). */
export const COOKIE_PREFIX = "dateline";
/**
 * The only better-auth endpoints the web app exposes, relative to /api/auth. Sessions are read on
 * the server (`getSessionUser`), so no endpoint hands a session token to page scripts.
 */
export const AUTH_PATHS = ["/sign-in/email", "/sign-out"] as const;

const SIGN_IN_PATH = "/sign-in/email";

/** Structured security log line (never includes a password). */
export function logAuthEvent(event: string, fields: Record<string, string | number | boolean>): void {
  console.warn(JSON.stringify({ at: new Date().toISOString(), event, ...fields }));
}

/**
 * The secret better-auth signs cookies with: BETTER_AUTH_SECRET, else a random one kept in
 * `<repo>/data/auth-secret` (created on first use, mode 0600).
 */
export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.join(repoRoot(), "data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  return secret;
}

/** Cookies are `Secure` in production unless DATELINE_INSECURE_COOKIES=1 (plain-HTTP hosts). */
function secureCookies(): boolean {
  return process.env.NODE_ENV === "production" && process.env.DATELINE_INSECURE_COOKIES !== "1";
}

async function buildAuth(db: Db | undefined) {
  const handle = db ?? getDb();
  const prisma = await prismaOf(handle);
  // Attempt rows recorded before the password check, by request context, marked on success.
  const pending = new WeakMap<object, string>();

  const before = createAuthMiddleware(async (ctx) => {
    if (ctx.path !== SIGN_IN_PATH) return;
    const body: unknown = ctx.body;
    const raw = typeof body === "object" && body !== null && "email" in body ? body.email : undefined;
    if (typeof raw !== "string") return;
    const key = { email: normaliseEmail(raw), ip: clientAddress(ctx.headers ?? new Headers()) };
    const now = new Date();
    if (await isLockedOut(prisma, key, now)) {
      await recordAttempt(prisma, key, false, now);
      logAuthEvent("auth.sign-in.refused", { email: key.email, ip: key.ip, reason: "too many failures" });
      throw new APIError("TOO_MANY_REQUESTS", { message: "Too many failed sign-in attempts. Try again in 10 minutes." });
    }
    // Counted as a failure until the sign-in succeeds, so parallel guesses count too.
    pending.set(ctx.context, await recordAttempt(prisma, key, false, now));
    logAuthEvent("auth.sign-in.attempt", { email: key.email, ip: key.ip });
  });

  const after = createAuthMiddleware(async (ctx) => {
    if (ctx.path !== SIGN_IN_PATH) return;
    const id = pending.get(ctx.context);
    if (id === undefined) return;
    pending.delete(ctx.context);
    const returned: unknown = ctx.context.returned;
    if (returned instanceof APIError || returned instanceof Error) {
      logAuthEvent("auth.sign-in.failed", { attempt: id, status: returned instanceof APIError ? returned.statusCode : 500 });
      return;
    }
    await markAttemptSucceeded(prisma, id);
    logAuthEvent("auth.sign-in.succeeded", { attempt: id });
  });

  const trustedProxy = Boolean(process.env.DATELINE_TRUSTED_PROXY);
  return betterAuth({
    appName: "Dateline",
    secret: authSecret(),
    ...(process.env.BETTER_AUTH_URL ? { baseURL: process.env.BETTER_AUTH_URL } : {}),
    basePath: "/api/auth",
    // The web app's route already refused foreign origins (same-origin check on Host); better-auth
    // checks again against the request's own origin, whatever host the app is served on.
    trustedOrigins: (request?: Request) => {
      const host = request?.headers.get("host");
      return host ? [`http://${host}`, `https://${host}`] : [];
    },
    database: prismaAdapter(prisma, { provider: handle.provider }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
    },
    session: {
      expiresIn: SESSION_TTL_SECONDS,
      disableSessionRefresh: true,
      cookieCache: { enabled: false },
    },
    // Our own per-account throttle replaces better-auth's in-memory, per-IP limiter.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // Sign-in outcomes are logged by the hooks above, without passwords.
    logger: { level: "error" },
    hooks: { before, after },
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      useSecureCookies: secureCookies(),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
      ipAddress: trustedProxy ? { ipAddressHeaders: ["x-forwarded-for"] } : { disableIpTracking: true },
    },
  });
}

export type Auth = Awaited<ReturnType<typeof buildAuth>>;

const instances = new WeakMap<object, Promise<Auth>>();
const defaultKey = {};

/** The better-auth instance for `db` (default database when omitted), built once. */
export function getAuth(db?: Db): Promise<Auth> {
  const key = db ?? defaultKey;
  let auth = instances.get(key);
  if (!auth) {
    auth = buildAuth(db);
    instances.set(key, auth);
  }
  return auth;
}

/** The signed-in editor, as route handlers and server actions see them. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  sessionId: string;
  expiresAt: string;
}

/**
 * The editor whose valid, unexpired, unrevoked session cookie `headers` carry, else null.
 * Checks the database on every call (no cookie cache), so sign-out takes effect at once.
 */
export async function getSessionUser(headers: Headers, db?: Db): Promise<SessionUser | null> {
  const auth = await getAuth(db);
  const result = await auth.api.getSession({ headers, query: { disableRefresh: true } });
  if (!result) return null;
  const { user, session } = result;
  return { id: user.id, email: user.email, name: user.name, sessionId: session.id, expiresAt: session.expiresAt.toISOString() };
}

/**
 * Answers a request under /api/auth. Only `AUTH_PATHS` (exact, case-sensitive) reach better-auth;
 * everything else — sign-up, password reset, account linking, odd spellings — is a 404.
 */
export async function handleAuthRequest(request: Request, db?: Db): Promise<Response> {
  const pathname = new URL(request.url).pathname;
  const sub = pathname.startsWith("/api/auth/") ? pathname.slice("/api/auth".length) : "";
  if (!(AUTH_PATHS as readonly string[]).includes(sub)) {
    return Response.json({ code: "NOT_FOUND", message: "Not found" }, { status: 404 });
  }
  // Sign-out without a valid session is refused rather than answered with success.
  if (sub === "/sign-out" && !(await getSessionUser(request.headers, db))) {
    return Response.json({ code: "UNAUTHORIZED", message: "Not signed in" }, { status: 401 });
  }
  const auth = await getAuth(db);
  const response = await auth.handler(request);
  if (sub !== SIGN_IN_PATH || !response.ok) return response;
  // better-auth echoes the session token in the JSON body; the cookie (HttpOnly) is enough, so
  // page scripts never see the token.
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.set("content-type", "application/json");
  return new Response(JSON.stringify({ ok: true }), { status: response.status, headers });
}
