/**
 * Honest dates on the SVG layer (few events): "early 2019", "before March 1920" and "after 1700"
 * are painted by their edge gradients (fuzzy or open ends), not as solid bars with exact edges.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { startServerWithArticle } from "./article";
import type { TestServer } from "./server";

const ARTICLE = ["Work on the canal began in early 2019.", "Troops left the town before March 1920.", "The fort was rebuilt after 1700.", ""].join("\n");

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServerWithArticle({ text: ARTICLE, published: "2024-01-01" });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("fuzzy and open date edges", () => {
  it.each([
    { name: "early 2019", from: "2018-06-01", to: "2020-06-01", gradient: "edge-fuzzy-fuzzy" },
    { name: "before March 1920", from: "1919-12-01", to: "1920-06-01", gradient: "edge-open-sharp" },
    { name: "after 1700", from: "1699-06-01", to: "1703-06-01", gradient: "edge-sharp-open" },
  ])("paints $name with its gradient", async ({ from, to, gradient }) => {
    await page.goto(`${server.url}/?from=${from}T00:00:00Z&to=${to}T00:00:00Z&lanes=none`);
    const bar = page.locator("[data-testid=timeline-chart] .mark-bar").first();
    await bar.waitFor();
    expect(await bar.evaluate((el) => getComputedStyle(el).fill)).toContain(gradient);
  });
});
