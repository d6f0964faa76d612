/**
 * The public timeline at a phone's width (390 px, touch): nothing widens the page, not even an
 * event whose title and quote hold a long unbreakable URL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { startServerWithArticle } from "./article";
import type { TestServer } from "./server";

const URL_IN_TEXT = "https://data.example.org/releases/2021/flood-defences/riverton-inquiry-final-report-annex-b.pdf";

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServerWithArticle({ text: `The council posted ${URL_IN_TEXT} on 3 May 2021, officials said.\n`, publisher: "Riverton Post" });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

describe("GET / at 390 px", () => {
  it("fits the page to the screen, with the list and the open event's quote", async () => {
    await page.goto(`${server.url}/`);
    const item = page.locator(".event-list li", { hasText: "The council posted" });
    await item.waitFor();
    await expect.poll(pageWidth).toBeLessThanOrEqual(390);
    await item.locator("button").tap();
    await page.getByTestId("source-quote").waitFor();
    expect(await page.getByTestId("source-quote").innerText()).toContain(URL_IN_TEXT);
    await expect.poll(pageWidth).toBeLessThanOrEqual(390);
  });
});
