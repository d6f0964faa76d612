/**
 * Security end to end against the production build: the authorisation sweep (every server action
 * and every mutating route, refused without a session, with a forged cookie, with
 * `x-middleware-subrequest`, from a foreign or `null` origin; the database unchanged), XSS payloads
 * in every text field and URL shown as literal text everywhere, and security headers on every route.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFingerprint } from "@dateline/db/admin";
import { MAX_ARTICLE_BYTES } from "@dateline/schema/admin";
import { callAction, routeHandlers, serverActions, signedInPage, signInCookie, startAdminHarness, type AdminHarness, type ServerAction } from "./support";
import { webDir } from "../e2e/server";

let h: AdminHarness;
let cookie = "";
let target = { id: "", version: 1 };
const actions = () => serverActions();
const action = (name: string): ServerAction => {
  const found = actions().find((a) => a.name === name);
  if (!found) throw new Error(`no server action ${name}`);
  return found;
};
const ok = (body: string) => /"ok":true/.test(body);

const DATE = { value: "2022-02", precision: "month", start: "2022-02-01T00:00:00.000Z", end: "2022-03-01T00:00:00.000Z" };
const EVENT = { title: "Sweep target", summary: null, date: DATE, status: "published", tags: [], sourceUrl: null };

beforeAll(async () => {
  h = await startAdminHarness();
  cookie = await signInCookie(h.server.url);
  const created = await callAction(h.server.url, action("createEventAction"), [EVENT], { origin: h.server.url, cookie });
  const id = /"id":"([^"]+)"/.exec(created.body)?.[1];
  if (!ok(created.body) || !id) throw new Error(`positive control failed: ${created.status} ${created.body.slice(0, 500)}`);
  target = { id, version: 1 };
});
afterAll(async () => {
  await h?.stop();
});

/** Exported names of every "use server" module under src/. */
function declaredActions(): string[] {
  const names: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry)) {
        const source = readFileSync(path, "utf8");
        if (/^\s*["']use server["']/.test(source)) {
          for (const m of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(\w+)/g)) if (m[1]) names.push(m[1]);
        }
      }
    }
  };
  walk(join(webDir, "src"));
  return names.sort();
}

function argsFor(name: string): unknown[] {
  const ref = { id: target.id, version: target.version };
  const table: Record<string, unknown> = {
    createEventAction: { ...EVENT, title: "Should never be stored" },
    updateEventAction: { ...EVENT, ...ref, title: "Should never be stored" },
    deleteEventAction: ref,
    restoreEventAction: ref,
    previewDateAction: { text: "early 2022" },
  };
  if (!(name in table)) throw new Error(`add sweep arguments for new server action ${name}`);
  return [table[name]];
}

const FORGED = "dateline.session_token=forged.c2lnbmF0dXJl; __Secure-dateline.session_token=forged.c2lnbmF0dXJl";
const ATTACKS = (url: string, valid: string): { name: string; headers: Record<string, string> }[] => [
  { name: "no session", headers: { origin: url } },
  { name: "forged cookie", headers: { origin: url, cookie: FORGED } },
  { name: "x-middleware-subrequest", headers: { origin: url, "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" } },
  { name: "x-middleware-subrequest with src/proxy", headers: { origin: url, "x-middleware-subrequest": "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy" } },
  { name: "foreign origin with a valid session", headers: { origin: "https://evil.example", cookie: valid } },
  { name: "null origin with a valid session", headers: { origin: "null", cookie: valid } },
];

describe("authorisation sweep", () => {
  it("knows every server action the source declares", () => {
    expect(actions().map((a) => a.name).sort()).toEqual(declaredActions());
    expect(declaredActions().length).toBeGreaterThanOrEqual(5);
  });

  it("accepts a same-origin call with a session (so the refusals below are meaningful)", async () => {
    const result = await callAction(h.server.url, action("previewDateAction"), [{ text: "early 2022" }], { origin: h.server.url, cookie });
    expect(ok(result.body)).toBe(true);
  });

  it.each(ATTACKS("http://placeholder", FORGED).filter((a) => !a.headers.cookie || a.headers.cookie === FORGED))("sends admin pages to sign-in with $name", async ({ headers }) => {
    for (const path of ["/admin", "/admin/import", `/admin/events/${target.id}`]) {
      const response = await fetch(`${h.server.url}${path}`, { headers, redirect: "manual" });
      expect(response.status, path).toBeGreaterThanOrEqual(300);
      expect(response.status, path).toBeLessThan(400);
      expect(response.headers.get("location"), path).toMatch(/\/admin\/login$/);
    }
  });

  it("refuses a session cookie replayed after sign-out", async () => {
    const session = await signInCookie(h.server.url);
    const headers = { origin: h.server.url, cookie: session };
    expect(ok((await callAction(h.server.url, action("previewDateAction"), [{ text: "2022" }], headers)).body)).toBe(true);
    const out = await fetch(`${h.server.url}/api/auth/sign-out`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: "{}" });
    expect(out.status).toBe(200);
    const replay = await callAction(h.server.url, action("previewDateAction"), [{ text: "2022" }], headers);
    expect(ok(replay.body)).toBe(false);
    expect(replay.body).toContain("UNAUTHORIZED");
  });

  it("refuses every server action and every mutating route under every attack, changing nothing", async () => {
    const before = await databaseFingerprint({ db: h.db });
    const failures: string[] = [];
    const attacks = ATTACKS(h.server.url, cookie);
    for (const a of actions()) {
      for (const attack of attacks) {
        const result = await callAction(h.server.url, a, argsFor(a.name), attack.headers);
        if (ok(result.body) || result.status < 200) failures.push(`${a.name} / ${attack.name}: ${result.status} ${result.body.slice(0, 200)}`);
      }
    }
    const routes = routeHandlers().flatMap((r) => (r === "/api/auth/[...all]" ? ["/api/auth/sign-in/email", "/api/auth/sign-out"] : [r.replace(/\[\.*\w+\]/g, "x")]));
    expect(routes).toEqual(expect.arrayContaining(["/api/admin/import", "/api/admin/import/preview", "/api/auth/sign-out"]));
    const bodyFor = (route: string): { body: BodyInit; type?: string } => {
      if (route.endsWith("/preview")) {
        const form = new FormData();
        form.set("text", "Troops crossed the border in February 2022.");
        return { body: form };
      }
      if (route === "/api/admin/import") return { body: JSON.stringify({ text: "Troops crossed the border in March 2022.", accepted: [] }), type: "application/json" };
      return { body: "{}", type: "application/json" };
    };
    for (const route of routes) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        for (const attack of attacks) {
          const { body, type } = bodyFor(route);
          const response = await fetch(`${h.server.url}${route}`, { method, body, redirect: "manual", headers: { ...(type ? { "content-type": type } : {}), ...attack.headers } });
          const text = await response.text();
          if (response.status < 400 || ok(text) || response.headers.getSetCookie().some((c) => /session_token=[^;]/.test(c))) {
            failures.push(`${method} ${route} / ${attack.name}: ${response.status} ${text.slice(0, 200)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await databaseFingerprint({ db: h.db })).toEqual(before);
  });
});

const PAYLOADS = [
  `<img src=x onerror="window.__xss=(window.__xss||0)+1">`,
  `<svg onload="window.__xss=(window.__xss||0)+1"></svg>`,
  `<script>window.__xss=(window.__xss||0)+1</script>`,
  `"><img src=x onerror=alert(1)>`,
  `'><svg/onload=alert(2)>`,
  `javascript:alert(3)`,
  `data:text/html,<script>alert(4)</script>`,
  `<iframe src="javascript:alert(5)"></iframe>`,
  `<a href="javascript:alert(6)">click me</a>`,
  `<details open ontoggle=alert(7)>`,
  `<body onload=alert(8)>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(9)>`,
  `{{constructor.constructor('alert(10)')()}}`,
  `</textarea><script>alert(11)</script>`,
];

describe("XSS", () => {
  const ids: string[] = [];

  beforeAll(async () => {
    const create = action("createEventAction");
    for (const [i, payload] of PAYLOADS.entries()) {
      const input = { ...EVENT, title: `${i} ${payload}`, summary: payload, tags: [payload.slice(0, 50)], sourceUrl: `https://example.org/p?q=${encodeURIComponent(payload)}` };
      const result = await callAction(h.server.url, create, [input], { origin: h.server.url, cookie });
      const id = /"id":"([^"]+)"/.exec(result.body)?.[1];
      if (!ok(result.body) || !id) throw new Error(`could not store payload ${i}: ${result.body.slice(0, 300)}`);
      ids.push(id);
    }
    const text = ["Payload article", "date 2024-05-10", ...PAYLOADS.map((p, i) => `Officials said ${p} happened in March 20${10 + i}.`)].join("\n");
    const form = new FormData();
    form.set("text", text);
    form.set("publisher", PAYLOADS[0] ?? "");
    const preview = await fetch(`${h.server.url}/api/admin/import/preview`, { method: "POST", body: form, headers: { origin: h.server.url, cookie } });
    const parsed = (await preview.json()) as { ok: boolean; data: { text: string; preview: { candidates: { title: string; date: unknown; sentence: string; span: unknown; mentionIds: string[]; confidence: number }[] } } };
    if (!parsed.ok) throw new Error("import preview failed");
    const accepted = parsed.data.preview.candidates.map((c, i) => ({ ...c, title: PAYLOADS[i % PAYLOADS.length] ?? c.title, summary: PAYLOADS[(i + 1) % PAYLOADS.length] ?? null, tags: [] }));
    const saved = await fetch(`${h.server.url}/api/admin/import`, {
      method: "POST",
      headers: { origin: h.server.url, cookie, "content-type": "application/json" },
      body: JSON.stringify({ text: parsed.data.text, publisher: PAYLOADS[0], url: `https://example.org/a?x=${encodeURIComponent(PAYLOADS[1] ?? "")}`, accepted }),
    });
    const savedBody = await saved.text();
    if (!ok(savedBody)) throw new Error(`payload import failed: ${savedBody.slice(0, 500)}`);
  });

  it.each(PAYLOADS.filter((p) => /^(javascript|data):/.test(p)).map((url) => ({ url })))("refuses $url as a source URL", async ({ url }) => {
    const result = await callAction(h.server.url, action("createEventAction"), [{ ...EVENT, sourceUrl: url }], { origin: h.server.url, cookie });
    expect(ok(result.body)).toBe(false);
    expect(result.body).toContain("sourceUrl");
  });

  it("runs nothing on the timeline (hover and click every event) or the admin pages, and shows payloads as text", async () => {
    const { context, page } = await signedInPage(h);
    const dialogs: string[] = [];
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const executed = async () => page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0);

    await page.goto(`${h.server.url}/`);
    await page.locator("main").waitFor();
    const marks = page.locator("[data-testid=timeline-chart] .mark");
    await marks.first().waitFor();
    expect(await marks.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await marks.count()); i++) {
      await marks.nth(i).hover({ force: true }).catch(() => undefined);
      await marks.nth(i).dispatchEvent("click");
    }
    const listButtons = page.locator(".event-list button");
    expect(await listButtons.count()).toBeGreaterThanOrEqual(PAYLOADS.length);
    const shown: string[] = [];
    for (let i = 0; i < (await listButtons.count()); i++) {
      await listButtons.nth(i).click();
      shown.push(await page.getByTestId("event-detail").innerText());
    }
    const publicText = shown.join("\n") + (await page.locator("body").innerText());
    expect(publicText).toContain(PAYLOADS[0]);
    expect(publicText).toContain("<svg onload=");

    const adminPages = ["/admin?pageSize=100", "/admin/import", ...ids.map((id) => `/admin/events/${id}`)];
    let adminText = "";
    for (const path of adminPages) {
      await page.goto(`${h.server.url}${path}`);
      await page.locator("main").waitFor();
      adminText += await page.locator("body").innerText();
      adminText += (await page.locator("input, textarea").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).join("\n");
    }
    for (const payload of PAYLOADS) expect(adminText).toContain(payload);
    expect(await executed()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});

/** The import routes' body limit (src/server/actions/import.ts). */
const BODY_LIMIT = 8 * MAX_ARTICLE_BYTES;

/**
 * POSTs a chunked body (no Content-Length) of `total` bytes, produced only as the connection pulls
 * it: `head`, then `filler` repeated. Resolves with the response and how many bytes had been
 * pulled when its headers arrived; stops sending then.
 */
async function postChunked(path: string, headers: Record<string, string>, head: string, filler: string, total: number) {
  const encoder = new TextEncoder();
  const chunk = encoder.encode(filler.repeat(Math.ceil(64 * 1024 / filler.length)));
  let pulled = 0;
  let stopped = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stopped || pulled >= total) return controller.close();
      const next = pulled === 0 ? encoder.encode(head) : chunk;
      pulled += next.byteLength;
      controller.enqueue(next);
    },
  });
  const response = await fetch(`${h.server.url}${path}`, { method: "POST", body, duplex: "half", headers } as RequestInit);
  const pulledAtResponse = pulled;
  stopped = true;
  return { response, pulledAtResponse, text: await response.text() };
}

describe("import body limit", () => {
  const BOUNDARY = "----dateline-limit";
  const ROUTES = [
    {
      path: "/api/admin/import/preview",
      type: `multipart/form-data; boundary=${BOUNDARY}`,
      head: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="text"\r\n\r\nTroops crossed the border in March 2022. `,
      filler: "More text. ",
    },
    { path: "/api/admin/import", type: "application/json", head: '{"accepted":[],"text":"Troops crossed the border in March 2022. ', filler: "More text. " },
  ];

  it.each(ROUTES)("refuses a chunked body over the limit while reading it: $path", async ({ path, type, head, filler }) => {
    const before = await databaseFingerprint({ db: h.db });
    const total = 8 * BODY_LIMIT;
    const { response, pulledAtResponse, text } = await postChunked(path, { origin: h.server.url, cookie, "content-type": type }, head, filler, total);
    expect(response.status, text.slice(0, 300)).toBe(413);
    expect(JSON.parse(text)).toMatchObject({ ok: false, code: "PAYLOAD_TOO_LARGE", message: `request body is over ${BODY_LIMIT} bytes; the limit is ${BODY_LIMIT} bytes` });
    // Refused once past the limit, not after reading the whole upload.
    expect(pulledAtResponse).toBeLessThan(total / 2);
    expect(await databaseFingerprint({ db: h.db })).toEqual(before);
  });

  it.each(ROUTES)("checks the session before reading the body: $path", async ({ path, type, head, filler }) => {
    const { response, text } = await postChunked(path, { origin: h.server.url, "content-type": type }, head, filler, 2 * BODY_LIMIT);
    expect(response.status).toBe(401);
    expect(JSON.parse(text)).toMatchObject({ ok: false, code: "UNAUTHORIZED" });
  });

  it("still reads a chunked body under the limit", async () => {
    const { path, type, head } = ROUTES[0] ?? { path: "", type: "", head: "" };
    const { response, text } = await postChunked(path, { origin: h.server.url, cookie, "content-type": type }, `${head}\r\n--${BOUNDARY}--\r\n`, " ", 1);
    expect(response.status, text.slice(0, 300)).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ ok: true, data: { text: expect.stringContaining("Troops crossed the border in March 2022.") } });
  });
});

describe("security headers", () => {
  const pages = () => {
    const manifest = JSON.parse(readFileSync(join(webDir, ".next", "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
    return Object.keys(manifest)
      .filter((k) => !k.startsWith("/_"))
      .map((k) => k.replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "").replace(/\[\.\.\.\w+\]/, "sign-in/email").replace(/\[\w+\]/g, "x") || "/");
  };

  it("covers every page and route", () => {
    expect(pages()).toEqual(expect.arrayContaining(["/", "/admin", "/admin/login", "/admin/events/x", "/api/admin/import", "/api/auth/sign-in/email"]));
  });

  it("sends CSP with frame-ancestors, nosniff, Referrer-Policy and no X-Powered-By on every page and route", async () => {
    const problems: string[] = [];
    for (const path of [...pages(), "/does-not-exist", "/embedded"]) {
      for (const method of ["GET", "POST"]) {
        const response = await fetch(`${h.server.url}${path}`, { method, redirect: "manual", headers: { cookie, ...(method === "POST" ? { origin: "https://evil.example" } : {}) } });
        const csp = response.headers.get("content-security-policy") ?? "";
        if (!/frame-ancestors/.test(csp)) problems.push(`${method} ${path}: CSP ${JSON.stringify(csp)}`);
        if (response.headers.get("x-content-type-options") !== "nosniff") problems.push(`${method} ${path}: nosniff`);
        if (!response.headers.get("referrer-policy")) problems.push(`${method} ${path}: Referrer-Policy`);
        if (response.headers.has("x-powered-by")) problems.push(`${method} ${path}: X-Powered-By`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("lets any site frame /embed (frame-ancestors *, no X-Frame-Options) and only this one frame the rest", async () => {
    const paths = [...pages(), "/does-not-exist", "/embedded", "/embed?from=2022-01-01T00:00:00Z&to=2023-01-01T00:00:00Z"];
    expect(paths).toContain("/embed");
    const framing = async (path: string) => {
      const response = await fetch(`${h.server.url}${path}`, { redirect: "manual", headers: { cookie } });
      const ancestors = (response.headers.get("content-security-policy") ?? "").match(/frame-ancestors [^;,]+/g) ?? [];
      return { ancestors: [...new Set(ancestors)], xfo: response.headers.get("x-frame-options") };
    };
    const seen = Object.fromEntries(await Promise.all(paths.map(async (path) => [path, await framing(path)] as const)));
    const expected = Object.fromEntries(
      paths.map((path) => [path, /^\/embed(\?|$)/.test(path) ? { ancestors: ["frame-ancestors *"], xfo: null } : { ancestors: ["frame-ancestors 'self'"], xfo: "SAMEORIGIN" }]),
    );
    expect(seen).toEqual(expected);
  });
});
