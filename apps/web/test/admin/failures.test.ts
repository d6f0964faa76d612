/**
 * When the server cannot answer (connection lost, a proxy's HTML error page), every admin form
 * says so and stays usable; nothing pretends to have worked. In Chromium against the production
 * build, with the failing requests cut off by the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page, Route } from "playwright-core";
import { signedInPage, startAdminHarness, type AdminHarness } from "./support";

const ROUND_TRIP = { timeout: 10_000 };
const UNREACHABLE = /could not be reached or gave no usable answer/;

let h: AdminHarness;
let page: Page;

beforeAll(async () => {
  h = await startAdminHarness();
  ({ page } = await signedInPage(h));
});
afterAll(async () => {
  await h?.stop();
});

const badGateway = (route: Route) => route.fulfill({ status: 502, contentType: "text/html", body: "<html><body>Bad gateway</body></html>" });
const cutOff = (route: Route) => route.abort("connectionreset");
/** Server actions are POSTs to the page with a `Next-Action` header. */
const serverActionsOnly = (handler: (route: Route) => Promise<void>) => async (route: Route) =>
  route.request().method() === "POST" && (await route.request().headerValue("next-action")) ? handler(route) : route.continue();

async function firstEventPath(): Promise<string> {
  await page.goto(`${h.server.url}/admin`);
  const href = await page.locator(".events-table tbody a").first().getAttribute("href");
  if (!href) throw new Error("no event in the admin table");
  return href;
}

describe("article import", () => {
  it.each([
    { how: "a 502 HTML page", handler: badGateway },
    { how: "a lost connection", handler: cutOff },
  ])("says the save failed on $how, and saving again works", async ({ handler }) => {
    await page.goto(`${h.server.url}/admin/import`);
    await page.getByLabel("Article text").fill(`The ferry ran again on 3 May 2021 (${handler.name}).`);
    await page.getByRole("button", { name: "Find events" }).click();
    await page.getByTestId("candidate").first().getByRole("button", { name: "Accept" }).click();
    await page.route("**/api/admin/import", handler);
    try {
      await page.getByRole("button", { name: "Save accepted events" }).click();
      await expect.poll(() => page.getByTestId("import-message").innerText(), ROUND_TRIP).toMatch(UNREACHABLE);
    } finally {
      await page.unroute("**/api/admin/import");
    }
    await page.getByRole("button", { name: "Save accepted events" }).click();
    await expect.poll(() => page.getByTestId("import-message").innerText(), ROUND_TRIP).toContain("Saved the article and 1 event");
  });

  it("says an empty file is empty, without an earlier answer's message", async () => {
    await page.goto(`${h.server.url}/admin/import`);
    await page.getByLabel(/^…or a file/).setInputFiles({ name: "c.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0, 0x0d]) });
    await page.getByRole("button", { name: "Find events" }).click();
    await expect.poll(() => page.locator("#file-error").innerText(), ROUND_TRIP).toContain("not UTF-8");
    await page.getByLabel(/^…or a file/).setInputFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
    await page.getByRole("button", { name: "Find events" }).click();
    await expect.poll(() => page.locator("#file-error").innerText(), ROUND_TRIP).toBe("The file is empty.");
    expect(await page.getByTestId("import-message").count()).toBe(0);
  });
});

describe("event editor", () => {
  it("says an edit was not saved when the connection is lost, and the button works again", async () => {
    await page.goto(`${h.server.url}${await firstEventPath()}`);
    await page.getByLabel("Title").fill("Renamed while offline");
    await page.route("**/admin/events/*", serverActionsOnly(cutOff));
    try {
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect.poll(() => page.getByTestId("form-notice").innerText(), ROUND_TRIP).toMatch(UNREACHABLE);
      expect(await page.getByRole("button", { name: "Save changes" }).isEnabled()).toBe(true);
    } finally {
      await page.unroute("**/admin/events/*");
    }
  });

  it("says a delete failed when the connection is lost, and the button works again", async () => {
    await page.goto(`${h.server.url}/admin`);
    await page.route("**/admin", serverActionsOnly(cutOff));
    try {
      const button = page.locator(".events-table tbody button").first();
      await button.click();
      await expect.poll(() => page.locator(".events-table [role=alert]").first().innerText(), ROUND_TRIP).toMatch(UNREACHABLE);
      expect(await button.isEnabled()).toBe(true);
    } finally {
      await page.unroute("**/admin");
    }
  });
});

describe("sign-out", () => {
  it("does not show the sign-in page as if signed out when the server refused", async () => {
    const { context, page: p } = await signedInPage(h);
    try {
      await p.route("**/api/auth/sign-out", (route) => route.fulfill({ status: 500, body: "" }));
      await p.getByRole("button", { name: "Sign out" }).click();
      await expect.poll(() => p.locator(".admin-header [role=alert]").innerText(), ROUND_TRIP).toContain("still signed in");
      expect(new URL(p.url()).pathname).toBe("/admin");
    } finally {
      await context.close();
    }
  });
});
