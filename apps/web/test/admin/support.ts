/**
 * Admin end-to-end support: one production server per test file (temp SQLite; the first editor
 * comes from ADMIN_EMAIL/ADMIN_PASSWORD through `npm run setup`, as on a first start), Chromium,
 * sign-in helpers, and calls of server actions exactly as a browser makes them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createDb, type Db } from "@dateline/db";
import { startTestServer, webDir, type TestServer } from "../e2e/server";
import { launchChromium } from "../e2e/chromium";

export const ADMIN = { email: "editor@example.org", password: "correct horse battery staple" };

export interface AdminHarness {
  server: TestServer;
  db: Db;
  browser: Browser;
  stop(): Promise<void>;
}

export async function startAdminHarness(): Promise<AdminHarness> {
  process.env.ADMIN_EMAIL = ADMIN.email;
  process.env.ADMIN_PASSWORD = ADMIN.password;
  process.env.BETTER_AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-e2e-00";
  const server = await startTestServer();
  const db = createDb(server.databaseUrl);
  const browser = await launchChromium();
  return {
    server,
    db,
    browser,
    async stop() {
      await browser.close();
      await db.close();
      await server.stop();
    },
  };
}

/** A fresh browser context, signed in through the real login form. */
export async function signedInPage(h: AdminHarness): Promise<{ context: BrowserContext; page: Page }> {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/admin/login`);
  await page.getByLabel("E-mail").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${h.server.url}/admin`);
  return { context, page };
}

/** Signs in over HTTP; returns the `name=value` cookie pair. */
export async function signInCookie(url: string, password = ADMIN.password): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify({ email: ADMIN.email, password }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.includes("session_token="));
  if (!response.ok || !cookie) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return cookie.split(";")[0] ?? "";
}

export interface ServerAction {
  id: string;
  name: string;
  file: string;
  /** A page that can run it, as a URL path. */
  path: string;
}

/** `app/admin/(editor)/events/[id]/page` → `/admin/events/x` */
function pagePath(worker: string): string {
  const segments = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (s.startsWith("[") ? "x" : s));
  return `/${segments.join("/")}`;
}

/** Every server action of the production build (from its server-reference manifest). */
export function serverActions(): ServerAction[] {
  const manifest = JSON.parse(readFileSync(join(webDir, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).sort()[0];
    if (!worker) throw new Error(`server action ${id} has no page`);
    return { id, name: entry.exportedName ?? id, file: entry.filename ?? "", path: pagePath(worker) };
  });
}

/** Every route handler of the production build, as URL paths (dynamic segments filled in). */
export function routeHandlers(): string[] {
  const manifest = JSON.parse(readFileSync(join(webDir, ".next", "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((k) => k.endsWith("/route"))
    .map((k) => k.replace(/\/route$/, ""));
}

/** Calls a server action the way React does (`Next-Action` header, JSON-encoded arguments). */
export async function callAction(url: string, action: ServerAction, args: unknown[], headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const response = await fetch(`${url}${action.path}`, {
    method: "POST",
    headers: { accept: "text/x-component", "next-action": action.id, "content-type": "text/plain;charset=UTF-8", ...headers },
    body: JSON.stringify(args),
    redirect: "manual",
  });
  return { status: response.status, body: await response.text() };
}
