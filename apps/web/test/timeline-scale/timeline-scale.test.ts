/**
 * End to end in real Chromium, at scale: the seed article plus 20 000 synthetic events, served by
 * the production build. Zooming turns counts into events; search, permalinks, back/forward, the
 * keyboard and the CSV export work on the level-of-detail chart.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TimelineExportEvent } from "@dateline/schema/timeline";
import { CSV_COLUMNS, parseCsv } from "../../src/features/timeline/lod/exports";
import { freePort, startTestServer, type TestServer } from "../e2e/server";
import { launchChromium } from "../e2e/chromium";

const SYNTHETIC_EVENTS = 20_000;

let server: TestServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ syntheticEvents: SYNTHETIC_EVENTS });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(String(error)));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const chart = () => page.locator(".lod-chart");
const mode = () => chart().getAttribute("data-mode");
const viewRange = () => page.getByTestId("view-range").innerText();
const listTitles = () => page.locator(".event-list .event-title").allInnerTexts();
const detailTitle = () => page.getByTestId("event-detail").locator("h2").innerText();

async function open(path: string) {
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => performance.getEntriesByName("timeline:first-draw").length > 0);
}

async function visibleSpanMs(): Promise<number> {
  const url = new URL(page.url());
  const from = Date.parse(url.searchParams.get("from") ?? "");
  const to = Date.parse(url.searchParams.get("to") ?? "");
  return to - from;
}

describe("the level-of-detail timeline", () => {
  it("shows counts for the whole archive and events once zoomed to a day", async () => {
    await open("/");
    expect(await mode()).toBe("buckets");
    // Top events stand for their buckets: their labels say how many more there are.
    const more = await page.locator(".labels .label-more").allTextContents();
    expect(more.some((t) => Number(t.replace(/[^\d]/g, "")) > 1)).toBe(true);

    const svg = page.getByTestId("timeline-chart");
    await svg.focus();
    await page.keyboard.press("ArrowRight");
    for (let i = 0; i < 16; i++) await page.keyboard.press("+");
    await expect.poll(mode, { timeout: 15_000 }).toBe("events");
    await expect.poll(visibleSpanMs, { timeout: 5_000 }).toBeLessThanOrEqual(2 * 86_400_000);
    // Events are drawn one by one now, and each drawn event is in the list, in view.
    await expect.poll(() => page.locator(".marks .mark").count()).toBeGreaterThan(0);
    const drawn = await page.locator(".marks .mark").evaluateAll((marks) => marks.map((m) => m.getAttribute("data-event-id")));
    const inView = await page.locator(".event-list li.in-view").evaluateAll((items) => items.map((li) => li.getAttribute("data-event-id")));
    expect(drawn.every((id) => inView.includes(id))).toBe(true);
    const [shown] = (await page.locator(".event-list-count").innerText()).match(/[\d,]+/g) ?? [];
    expect(Number(shown?.replace(/,/g, ""))).toBe(inView.length);
  });

  it.each([
    { window: "from=1990-01-01T00:00:00Z&to=2030-01-01T00:00:00Z", unit: "year" },
    { window: "", unit: "month" },
    { window: "from=2011-01-01T00:00:00Z&to=2013-01-01T00:00:00Z", unit: "week" },
    { window: "from=2012-03-01T00:00:00Z&to=2012-09-01T00:00:00Z", unit: "day" },
    { window: "from=2012-05-01T00:00:00Z&to=2012-05-03T00:00:00Z", unit: "hour" },
  ])("names the view's bucket unit in the chart's help text: $unit", async ({ window, unit }) => {
    await open(`/?${window}`);
    expect(await chart().getAttribute("data-unit")).toBe(unit);
    expect(await page.locator(".timeline-help").innerText()).toContain(`counts per ${unit};`);
  });

  it("searches: the chart and the list show only matching events, and the URL says so", async () => {
    await open("/");
    await page.getByRole("searchbox", { name: "Search titles" }).fill("treaty");
    await page.getByRole("searchbox", { name: "Search titles" }).press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("q"), { timeout: 5_000 }).toBe("treaty");
    await expect.poll(async () => (await listTitles()).length).toBeGreaterThan(0);
    const titles = await listTitles();
    expect(titles.every((t) => t.toLowerCase().includes("treaty"))).toBe(true);
  });

  it("follows a permalink to a window and a selected event, and back/forward restore views", async () => {
    const seed = (await (await fetch(`${server.url}/api/events?q=Blinken`)).json()) as { id: string; title: string }[];
    const blinken = seed[0];
    if (!blinken) throw new Error("the seed event is missing");
    await open(`/?from=2023-04-01T00:00:00Z&to=2023-04-14T00:00:00Z&event=${blinken.id}`);
    expect(await viewRange()).toBe("1 Apr 2023 – 14 Apr 2023");
    await expect.poll(detailTitle).toBe(blinken.title);
    expect(await listTitles()).toContain(blinken.title);

    await page.getByRole("button", { name: "Zoom out" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("from"), { timeout: 5_000 }).not.toBe("2023-04-01T00:00:00Z");
    const zoomedOut = await viewRange();
    await page.goBack();
    await expect.poll(viewRange).toBe("1 Apr 2023 – 14 Apr 2023");
    await page.goForward();
    await expect.poll(viewRange).toBe(zoomedOut);
  });

  it("moves between events with the arrow keys and opens one with Enter", async () => {
    await open("/?from=2023-04-01T00:00:00Z&to=2023-04-14T00:00:00Z");
    const tooltip = page.locator(".timeline-tooltip strong");
    await page.getByTestId("timeline-chart").focus();
    await page.keyboard.press("ArrowRight");
    const first = await tooltip.innerText();
    await page.keyboard.press("ArrowRight");
    const second = await tooltip.innerText();
    expect(second).not.toBe(first);
    await page.keyboard.press("ArrowLeft");
    expect(await tooltip.innerText()).toBe(first);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect.poll(detailTitle).toBe(second);
    await expect.poll(() => new URL(page.url()).searchParams.get("event"), { timeout: 5_000 }).toBeTruthy();
    const selected = new URL(page.url()).searchParams.get("event");
    expect(await page.locator(".event-list li.is-selected").getAttribute("data-event-id")).toBe(selected);
  });

  it("exports the current view as CSV that reads back to the same events", async () => {
    await open("/?from=2012-05-01T00:00:00Z&to=2012-06-01T00:00:00Z");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
    const path = await download.path();
    const rows = parseCsv(readFileSync(path, "utf8"));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const href = await page.getByRole("link", { name: "JSON" }).getAttribute("href");
    const events = (await (await fetch(`${server.url}${href}`)).json()) as TimelineExportEvent[];
    expect(rows.slice(1).map((r) => r[0])).toEqual(events.map((e) => e.id));
    expect(events.length).toBeGreaterThan(0);
    // Tags read back from their column, one per line, as the JSON export lists them.
    const tags = CSV_COLUMNS.indexOf("tags");
    expect(rows.slice(1).map((r) => r[tags])).toEqual(events.map((e) => e.tags.join("\n")));
    expect(events.some((e) => e.tags.length > 1)).toBe(true);
    expect(rows.slice(1).every((r) => r.every((cell) => !/^[=+@]/.test(cell)))).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("offers an embed snippet whose /embed page shows the chart alone and may be framed anywhere", async () => {
    await open("/?from=2012-05-01T00:00:00Z&to=2012-06-01T00:00:00Z");
    await page.getByRole("button", { name: "Embed" }).click();
    const snippet = await page.locator(".lod-embed-snippet").inputValue();
    const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, "&") ?? "";
    expect(src).toBe(`${server.url}/embed?from=2012-05-01T00:00:00Z&to=2012-06-01T00:00:00Z`);
    const response = await fetch(src);
    expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors \*/);
    expect(response.headers.get("x-frame-options")).toBeNull();
    await open(new URL(src).pathname + new URL(src).search);
    expect(await viewRange()).toBe("1 May 2012 – 1 Jun 2012");
    expect(await page.locator(".event-list").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("is framed by a page of another site, which cannot frame the timeline page itself", async () => {
    const embedSrc = `${server.url}/embed?from=2012-05-01T00:00:00Z&to=2012-06-01T00:00:00Z`;
    const html = `<iframe name="embed" src="${embedSrc.replace(/&/g, "&amp;")}" width="900" height="500"></iframe><iframe name="page" src="${server.url}/" width="900" height="500"></iframe>`;
    // Another origin on the loopback interface (a routed page would count as public and be refused any local frame).
    const port = await freePort();
    const framer = createServer((_request, response) => response.writeHead(200, { "content-type": "text/html" }).end(html)).listen(port, "127.0.0.1");
    const other = await page.context().newPage();
    try {
      await other.goto(`http://localhost:${port}/`);
      const embed = other.frameLocator("iframe[name=embed]");
      await expect.poll(() => embed.getByTestId("view-range").innerText().catch(() => ""), { timeout: 15_000 }).toBe("1 May 2012 – 1 Jun 2012");
      await expect.poll(() => other.frame({ name: "page" })?.url()).toBe("chrome-error://chromewebdata/");
      expect(await other.frameLocator("iframe[name=page]").locator(".lod-chart").count()).toBe(0);
    } finally {
      await other.close();
      framer.close();
    }
  });
});
