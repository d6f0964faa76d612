/**
 * The editor's flows end to end, in Chromium against the production build: sign in; create, edit
 * and delete an event and see each change on the public timeline; an edit conflict; an article
 * import with review (accept two, reject one → exactly two new events); the sign-in lockout.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { listEvents } from "@dateline/db";
import { ADMIN, signedInPage, signInCookie, startAdminHarness, type AdminHarness } from "./support";

/** A server action and the page refresh after it: seconds on a loaded 2-core machine, not the 1 s poll default. */
const ROUND_TRIP = { timeout: 10_000 };

let h: AdminHarness;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  h = await startAdminHarness();
  ({ page } = await signedInPage(h));
  page.on("pageerror", (e) => pageErrors.push(String(e)));
});
afterAll(async () => {
  await h?.stop();
});

async function publicTitles(): Promise<string> {
  const visitor = await h.browser.newPage();
  try {
    await visitor.goto(`${h.server.url}/`);
    await visitor.locator("main").waitFor();
    return await visitor.locator("body").innerText();
  } finally {
    await visitor.close();
  }
}

async function fillDate(p: Page, text: string) {
  await p.getByLabel(/^When/).fill(text);
  await expect.poll(() => p.getByTestId("date-understood").innerText(), { timeout: 10_000 }).toMatch(/^Understood:/);
}

describe("sign-in", () => {
  it("shows the editor's e-mail once signed in and sends the session cookie HttpOnly, SameSite=Lax", async () => {
    await expect.poll(() => page.locator(".admin-header").innerText(), ROUND_TRIP).toContain(ADMIN.email);
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name.endsWith("session_token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect((session?.expires ?? 0) * 1000 - Date.now()).toBeLessThanOrEqual(12 * 3600 * 1000);
  });

  it.each(["/admin", "/admin/events/new", "/admin/import"])("redirects %s to the sign-in page without a session", async (path) => {
    const anonymous = await h.browser.newPage();
    try {
      await anonymous.goto(`${h.server.url}${path}`);
      expect(new URL(anonymous.url()).pathname).toBe("/admin/login");
    } finally {
      await anonymous.close();
    }
  });
});

describe("sign-out", () => {
  it("ends the session: the old cookie no longer opens /admin", async () => {
    const { context, page: p } = await signedInPage(h);
    try {
      const before = await context.cookies();
      await p.getByRole("button", { name: "Sign out" }).click();
      await p.waitForURL(`${h.server.url}/admin/login`);
      await context.addCookies(before);
      await p.goto(`${h.server.url}/admin`);
      expect(new URL(p.url()).pathname).toBe("/admin/login");
    } finally {
      await context.close();
    }
  });
});

describe("event editor", () => {
  let eventPath = "";

  it("creates an event from a natural-language date, showing what it understood first", async () => {
    await page.goto(`${h.server.url}/admin/events/new`);
    await page.getByLabel("Title").fill("Editors added this event");
    await page.getByLabel("Summary").fill("Created in the end-to-end test.");
    await fillDate(page, "early 2022");
    expect(await page.getByTestId("date-understood").innerText()).toContain("2022 (year, start of)");
    await page.getByLabel("Tags (comma-separated)").fill("test, e2e");
    await page.getByLabel("published").check();
    await page.getByRole("button", { name: "Create event" }).click();
    await page.waitForURL(/\/admin\/events\/[^/?]+\?created=1$/);
    eventPath = new URL(page.url()).pathname;
    expect(await publicTitles()).toContain("Editors added this event");
  });

  it("reads a wall-clock time in a named zone", async () => {
    await page.goto(`${h.server.url}/admin/events/new`);
    await fillDate(page, "24 Feb 2022 05:00 Kyiv time");
    expect(await page.getByTestId("date-understood").innerText()).toContain("2022-02-24 03:00 → 2022-02-24 03:01 UTC");
  });

  it("shows field errors beside the field before anything is sent", async () => {
    await page.goto(`${h.server.url}/admin/events/new`);
    await page.getByLabel("Source URL (http or https)").fill("javascript:alert(1)");
    await fillDate(page, "2022-03");
    await page.getByRole("button", { name: "Create event" }).click();
    await expect.poll(() => page.locator("#title-error").innerText(), ROUND_TRIP).toContain("Title is required");
    expect(await page.locator("#sourceUrl-error").innerText()).not.toBe("");
  });

  it("edits the event and the timeline shows the new title", async () => {
    await page.goto(`${h.server.url}${eventPath}`);
    await page.getByLabel("Title").fill("Editors renamed this event");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.getByTestId("form-notice").innerText(), ROUND_TRIP).toContain("Saved (version 2)");
    const text = await publicTitles();
    expect(text).toContain("Editors renamed this event");
    expect(text).not.toContain("Editors added this event");
  });

  it("shows both versions on a conflicting save and loses nothing", async () => {
    const other = await signedInPage(h);
    try {
      await other.page.goto(`${h.server.url}${eventPath}`);
      await page.goto(`${h.server.url}${eventPath}`);
      await other.page.getByLabel("Title").fill("Second editor's title");
      await other.page.getByRole("button", { name: "Save changes" }).click();
      await expect.poll(() => other.page.getByTestId("form-notice").innerText(), ROUND_TRIP).toContain("Saved (version 3)");

      await page.getByLabel("Title").fill("First editor's title");
      await page.getByRole("button", { name: "Save changes" }).click();
      await page.locator(".conflict").waitFor();
      expect(await page.getByTestId("mine-Title").innerText()).toBe("First editor's title");
      expect(await page.getByTestId("theirs-Title").innerText()).toBe("Second editor's title");
      expect(await page.getByLabel("Title").inputValue()).toBe("First editor's title");

      await page.getByRole("button", { name: "Keep my version" }).click();
      await expect.poll(() => page.getByTestId("form-notice").innerText(), ROUND_TRIP).toContain("Saved (version 4)");
      expect(await publicTitles()).toContain("First editor's title");
    } finally {
      await other.context.close();
    }
  });

  it("deletes softly (gone from the timeline) and restores", async () => {
    await page.goto(`${h.server.url}/admin?q=${encodeURIComponent("First editor")}`);
    await page.getByRole("button", { name: "Delete First editor's title" }).click();
    await expect.poll(() => page.locator(".events-table tbody tr").count(), ROUND_TRIP).toBe(0);
    expect(await publicTitles()).not.toContain("First editor's title");
    await page.goto(`${h.server.url}/admin?state=deleted&q=${encodeURIComponent("First editor")}`);
    await page.getByRole("button", { name: "Restore First editor's title" }).click();
    await expect.poll(() => page.locator(".events-table tbody tr").count(), ROUND_TRIP).toBe(0);
    expect(await publicTitles()).toContain("First editor's title");
  });
});

describe("article import with review", () => {
  const ARTICLE = [
    "Harbour reopens",
    "date 2024-05-10",
    "The port authority closed the harbour in March 2023 after the storm.",
    "Engineers finished the new sea wall in January 2024, officials said.",
    "The first ferry returned on Friday to cheering crowds.",
  ].join("\n");

  it("accepts two candidates, rejects one, and stores exactly two new events; importing again adds nothing", async () => {
    const before = (await listEvents({ status: "any" }, { db: h.db })).length;
    await page.goto(`${h.server.url}/admin/import`);
    await page.getByLabel("Article text").fill(ARTICLE);
    await page.getByRole("button", { name: "Find events" }).click();
    const candidates = page.getByTestId("candidate");
    await candidates.first().waitFor();
    expect(await candidates.count()).toBe(3);
    expect(await candidates.first().locator("mark").innerText()).toBe("March 2023");
    await candidates.nth(0).getByRole("button", { name: "Accept" }).click();
    await candidates.nth(1).getByRole("button", { name: "Reject" }).click();
    await candidates.nth(2).getByRole("button", { name: "Edit" }).click();
    await candidates.nth(2).getByLabel("Title").fill("First ferry returns");
    await page.getByRole("button", { name: "Save accepted events" }).click();
    await expect.poll(() => page.getByTestId("import-message").innerText(), ROUND_TRIP).toContain("Saved the article and 2 events");

    const after = await listEvents({ status: "any" }, { db: h.db });
    expect(after.length - before).toBe(2);
    expect(after.map((e) => e.title)).toContain("First ferry returns");
    expect(after.map((e) => e.date.value)).toContain("2023-03");

    await page.getByRole("button", { name: "Save accepted events" }).click();
    await expect.poll(() => page.getByTestId("import-message").innerText(), ROUND_TRIP).toContain("nothing was added");
    expect((await listEvents({ status: "any" }, { db: h.db })).length).toBe(after.length);
  });

  it("dates a pasted wire story from its press dateline and says so on the review screen", async () => {
    await page.goto(`${h.server.url}/admin/import`);
    await page.getByLabel("Article text").fill(
      "KYIV, Ukraine, Feb. 24 (Reuters) — Explosions were heard in the capital yesterday, officials said. The talks had begun on Dec. 7, 2021.",
    );
    await page.getByRole("button", { name: "Find events" }).click();
    const dateline = page.getByTestId("import-dateline");
    await dateline.waitFor();
    expect(await dateline.innerText()).toMatch(/Dateline “Feb\. 24” → 2022-02-24 \(year implied: check it\)\. Relative dates .* count from the dateline/);
    const candidates = page.getByTestId("candidate");
    expect(await candidates.count()).toBe(2);
    expect(await candidates.first().innerText()).toContain("2022-02-23");
  });

  it.each([
    { name: "windows-1252", bytes: Buffer.from("Caf\xe9 opened in March 2023 \x96 officials said.", "latin1"), file: "a.txt", expect: /Café opened in March 2023 – officials said\./ },
    { name: "utf-16le with BOM", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Kyiv talks began in June 2023.", "utf16le")]), file: "b.md", expect: /Kyiv talks began in June 2023\./ },
    { name: "binary", bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), file: "c.txt", expect: /not UTF-8, UTF-16/ },
    { name: "a .pdf", bytes: Buffer.from("%PDF-1.7"), file: "d.pdf", expect: /\.txt, \.md or \.html/ },
  ])("reads or refuses an upload: $name", async ({ bytes, file, expect: pattern }) => {
    await page.goto(`${h.server.url}/admin/import`);
    await page.getByLabel(/^…or a file/).setInputFiles({ name: file, mimeType: "text/plain", buffer: bytes });
    await page.getByRole("button", { name: "Find events" }).click();
    await expect.poll(async () => [...(await page.locator("#file-error").allTextContents()), ...(await page.getByTestId("article-text").allTextContents())].join("\n")).toMatch(pattern);
  });
});

describe("sign-in lockout (real HTTP entry point)", () => {
  const url = () => h.server.url;
  interface Trick {
    path?: string;
    headers?: Record<string, string>;
    body?: Record<string, unknown>;
  }
  const attempt = (password: string, init: Trick = {}) =>
    fetch(`${url()}${init.path ?? "/api/auth/sign-in/email"}`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/json", origin: url(), ...init.headers },
      body: JSON.stringify({ email: ADMIN.email, password, ...init.body }),
    });

  it("refuses the 6th attempt within 10 minutes even with the right password, whatever the tricks", async () => {
    for (let i = 0; i < 5; i++) expect((await attempt(`wrong password ${i}!`)).status).toBe(401);
    const tricks: Trick[] = [
      { path: "/api/auth/sign-in/email" },
      { path: "/api/auth/Sign-In/Email" },
      { path: "/api/auth/sign-in/email/" },
      { path: "/api/auth//sign-in/email" },
      { path: "//api/auth/sign-in/email" },
      { headers: { "x-forwarded-for": "198.51.100.77" } },
      { headers: { "x-real-ip": "198.51.100.78" } },
      { body: { email: ` ${ADMIN.email.toUpperCase()} ` } },
      { body: { rememberMe: false, callbackURL: "/", attempts: 0 } },
    ];
    for (const trick of tricks) {
      const response = await attempt(ADMIN.password, trick);
      expect([404, 405, 308, 429], JSON.stringify(trick)).toContain(response.status);
      expect(response.headers.getSetCookie().filter((c) => c.includes("session_token=")), JSON.stringify(trick)).toEqual([]);
    }
    expect((await attempt(ADMIN.password)).status).toBe(429);
    await expect(signInCookie(url())).rejects.toThrow("429");
  });
});
