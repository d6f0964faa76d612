// Editors' sign-in through the real better-auth handler on a temporary SQLite file.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb } from "../../src/client.ts";
import {
  countEditors,
  createEditor,
  ensureAdminFromEnv,
  getSessionUser,
  handleAuthRequest,
  hashPassword,
  MAX_FAILURES,
} from "../../src/auth/index.ts";
import { createAdminTestDb, useAdminTestDb } from "./support.ts";

process.env.BETTER_AUTH_SECRET = "test-secret-test-secret-test-secret-0123";
const ORIGIN = "http://localhost:3000";
const PASSWORD = "correct horse battery";

const t = useAdminTestDb();
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function signIn(body: Record<string, unknown>, headers: Record<string, string> = {}, path = "/api/auth/sign-in/email") {
  return handleAuthRequest(
    new Request(`${ORIGIN}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
      body: JSON.stringify(body),
    }),
    t.db,
  );
}

function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.includes("session_token="));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(response.headers.getSetCookie())}`);
  return cookie;
}

const pair = (setCookie: string) => setCookie.split(";")[0] ?? "";

describe("createEditor", () => {
  it.each([
    { password: "a".repeat(11), ok: false },
    { password: "a".repeat(12), ok: true },
    { password: "🔒".repeat(12), ok: true },
    { password: "b".repeat(128), ok: true },
    { password: "c".repeat(129), ok: false },
  ])("accepts 12–128 characters: $password.length code units → $ok", async ({ password, ok }) => {
    const email = `len${password.length}${password.codePointAt(0)}@example.org`;
    const result = createEditor({ email, password }, { db: t.db });
    if (ok) await expect(result).resolves.toMatchObject({ email });
    else await expect(result).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("refuses a second account with the same e-mail, whatever its case", async () => {
    await createEditor({ email: "dup@example.org", password: PASSWORD }, { db: t.db });
    await expect(createEditor({ email: " DUP@Example.org", password: PASSWORD }, { db: t.db })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("hashes with Argon2id at m=19456 KiB, t=2, p=1", async () => {
    expect(await hashPassword(PASSWORD)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe("ensureAdminFromEnv", () => {
  it.each([
    { env: {}, expected: "not-configured" },
    { env: { ADMIN_EMAIL: "first@example.org" }, expected: "not-configured" },
    { env: { ADMIN_EMAIL: "first@example.org", ADMIN_PASSWORD: PASSWORD }, expected: "created" },
    { env: { ADMIN_EMAIL: "second@example.org", ADMIN_PASSWORD: PASSWORD }, expected: "exists" },
  ])("$expected for $env", async ({ env, expected }) => {
    const fresh = createAdminTestDb();
    try {
      if (expected === "exists") await createEditor({ email: "someone@example.org", password: PASSWORD }, { db: fresh.db });
      const before = await countEditors({ db: fresh.db });
      expect(await ensureAdminFromEnv(env, { db: fresh.db })).toBe(expected);
      expect(await countEditors({ db: fresh.db })).toBe(before + (expected === "created" ? 1 : 0));
    } finally {
      await fresh.dispose();
    }
  });
});

describe("handleAuthRequest sessions", () => {
  beforeAll(async () => {
    await createEditor({ email: "ed@example.org", password: PASSWORD }, { db: t.db });
  });

  it("signs in with an HttpOnly, SameSite=Lax cookie living at most 12 hours, and no token in the body", async () => {
    const response = await signIn({ email: "ed@example.org", password: PASSWORD });
    expect(response.status).toBe(200);
    const cookie = sessionCookie(response);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(Number(/Max-Age=(\d+)/.exec(cookie)?.[1])).toBeLessThanOrEqual(12 * 3600);
    const token = decodeURIComponent(pair(cookie).split("=")[1] ?? "").split(".")[0] ?? "";
    expect(token.length).toBeGreaterThan(16);
    expect(await response.text()).not.toContain(token);
    expect(await getSessionUser(new Headers({ cookie: pair(cookie) }), t.db)).toMatchObject({ email: "ed@example.org" });
  });

  it("issues a new session id on every sign-in", async () => {
    const first = pair(sessionCookie(await signIn({ email: "ed@example.org", password: PASSWORD })));
    const second = pair(sessionCookie(await signIn({ email: "ed@example.org", password: PASSWORD }, { cookie: first })));
    expect(second).not.toBe(first);
    const a = await getSessionUser(new Headers({ cookie: first }), t.db);
    const b = await getSessionUser(new Headers({ cookie: second }), t.db);
    expect(a?.sessionId).not.toBe(b?.sessionId);
  });

  it("refuses a cookie replayed after sign-out", async () => {
    const cookie = pair(sessionCookie(await signIn({ email: "ed@example.org", password: PASSWORD })));
    const out = await handleAuthRequest(new Request(`${ORIGIN}/api/auth/sign-out`, { method: "POST", headers: { origin: ORIGIN, cookie } }), t.db);
    expect(out.status).toBe(200);
    expect(await getSessionUser(new Headers({ cookie }), t.db)).toBeNull();
  });

  it.each([
    { name: "forged token", cookie: "dateline.session_token=forged.signature" },
    { name: "tampered signature", cookie: "" },
  ])("refuses a $name", async ({ cookie }) => {
    const real = pair(sessionCookie(await signIn({ email: "ed@example.org", password: PASSWORD })));
    const value = cookie || `${real.slice(0, -6)}AAAAAA`;
    expect(await getSessionUser(new Headers({ cookie: value }), t.db)).toBeNull();
  });

  it.each([
    { name: "no cookie", cookie: undefined },
    { name: "a forged cookie", cookie: "dateline.session_token=forged.signature" },
  ])("refuses sign-out with $name", async ({ cookie }) => {
    const headers: Record<string, string> = { origin: ORIGIN, "content-type": "application/json" };
    if (cookie) headers.cookie = cookie;
    const out = await handleAuthRequest(new Request(`${ORIGIN}/api/auth/sign-out`, { method: "POST", headers, body: "{}" }), t.db);
    expect(out.status).toBe(401);
  });

  it("sets Secure and the __Secure- prefix in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const prodDb = createDb(t.db.url);
    try {
      const response = await handleAuthRequest(
        new Request(`${ORIGIN}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: ORIGIN },
          body: JSON.stringify({ email: "ed@example.org", password: PASSWORD }),
        }),
        prodDb,
      );
      expect(sessionCookie(response)).toMatch(/^__Secure-dateline\.session_token=.*; Secure/i);
    } finally {
      await prodDb.close();
    }
  });

  it.each([
    "/api/auth/sign-up/email",
    "/api/auth/SIGN-IN/EMAIL",
    "/api/auth/sign-in/email/",
    "/api/auth//sign-in/email",
    "/api/auth/get-session",
    "/api/auth/request-password-reset",
  ])("answers 404 for %s", async (path) => {
    const response = await signIn({ email: "ed@example.org", password: PASSWORD, name: "x" }, {}, path);
    expect(response.status).toBe(404);
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});

describe("handleAuthRequest throttling", () => {
  const email = "locked@example.org";
  beforeAll(async () => {
    await createEditor({ email, password: PASSWORD }, { db: t.db });
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect((await signIn({ email, password: `wrong password ${i}` })).status).toBe(401);
    }
  });

  it.each<{ name: string; body: Record<string, unknown>; headers: Record<string, string> }>([
    { name: "the right password", body: { email, password: PASSWORD }, headers: {} },
    { name: "upper-case e-mail", body: { email: " LOCKED@Example.org ", password: PASSWORD }, headers: {} },
    { name: "extra body fields", body: { email, password: PASSWORD, rememberMe: true, callbackURL: "/", reset: 1 }, headers: {} },
    { name: "a spoofed X-Forwarded-For", body: { email, password: PASSWORD }, headers: { "x-forwarded-for": "203.0.113.9" } },
    { name: "a spoofed X-Real-IP", body: { email, password: PASSWORD }, headers: { "x-real-ip": "203.0.113.10" } },
  ])("refuses the 6th attempt with $name", async ({ body, headers }) => {
    const response = await signIn(body, headers);
    expect(response.status).toBe(429);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("counts guesses sent in parallel", async () => {
    const target = "parallel@example.org";
    await createEditor({ email: target, password: PASSWORD }, { db: t.db });
    const statuses = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn({ email: target, password: `parallel guess ${i}` })));
    expect(statuses.every((r) => r.status === 401 || r.status === 429)).toBe(true);
    expect((await signIn({ email: target, password: PASSWORD })).status).toBe(429);
  });

  it("does not lock other accounts", async () => {
    await createEditor({ email: "other@example.org", password: PASSWORD }, { db: t.db });
    expect((await signIn({ email: "other@example.org", password: PASSWORD })).status).toBe(200);
  });

  it("counts per forwarded address only behind a trusted proxy", async () => {
    vi.stubEnv("DATELINE_TRUSTED_PROXY", "1");
    const behindProxy = (ip: string) => signIn({ email, password: PASSWORD }, { "x-forwarded-for": `198.51.100.1, ${ip}` });
    expect((await behindProxy("192.0.2.44")).status).toBe(200);
  });

  it("logs failures without the password", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await signIn({ email: "other@example.org", password: "Secret-Guess-12345" });
    const logged = warn.mock.calls.map((args) => args.map(String).join(" ")).join("\n");
    expect(logged).toContain("auth.sign-in");
    expect(logged).not.toContain("Secret-Guess-12345");
  });
});
