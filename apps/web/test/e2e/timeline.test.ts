/**
 * End to end in real Chromium: the seed article, imported into a fresh SQLite database, served by
 * the production build, read through the timeline, the list, the detail panel and the JSON API.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import type { EventDTO } from "@dateline/schema";
import type { TimelineExportEvent } from "@dateline/schema/timeline";
import { CSV_COLUMNS, parseCsv } from "../../src/features/timeline/lod/exports";
import { startTestServer, type TestServer } from "./server";

/** The seed's three events, in date order. */
const SEED_EVENTS = [
  { title: /^Moscow launched its special military operation/, value: "2022-02", date: "February 2022 (month)", highlight: "February 2022" },
  { title: /Zelensky signed a decree prohibiting negotiations/, value: "2022-10", date: "October 2022 (month)", highlight: "October 2022" },
  { title: /^Blinken/, value: "2023-04-07", date: "7 April 2023 (day)", highlight: "Friday" },
];

let server: TestServer;
let browser: Browser;
let page: Page;
let initialRange = "";
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  // An odd UTC offset: dates are written in UTC, so nothing may shift with the viewer's zone.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: "Asia/Kathmandu" });
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(`${message.text()} (${message.location().url})`);
  });
  await page.goto(`${server.url}/`);
  await page.locator("[data-testid=timeline-chart] .mark").first().waitFor();
  initialRange = await page.getByTestId("view-range").innerText();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const chart = () => page.locator("[data-testid=timeline-chart]");
const viewRange = () => page.getByTestId("view-range").innerText();
const tickLabels = () => chart().locator(".tick-label").allInnerTexts();
const listIds = () => page.locator(".event-list li").evaluateAll((items) => items.map((li) => li.getAttribute("data-event-id") ?? ""));

/** Back to the whole range, as first loaded. */
async function resetView() {
  await page.getByRole("button", { name: "Reset" }).click();
  await expect.poll(viewRange).toBe(initialRange);
  await expect.poll(() => page.locator(".event-list-count").innerText()).toBe("3 of 3 in the current view");
}

describe("GET /", () => {
  it("lists the three seed events in date order, in the list and on the chart", async () => {
    const titles = await page.locator(".event-list .event-title").allInnerTexts();
    expect(titles).toHaveLength(3);
    SEED_EVENTS.forEach(({ title }, i) => expect(titles[i]).toMatch(title));

    const ids = await listIds();
    const xs = await Promise.all(ids.map(async (id) => (await chart().locator(`.mark[data-event-id="${id}"]`).boundingBox())?.x ?? NaN));
    expect(xs.every(Number.isFinite)).toBe(true);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it("draws months as bars over the whole month and the day as a point", async () => {
    const ids = await listIds();
    const shapes = await Promise.all(ids.map((id) => chart().locator(`.mark[data-event-id="${id}"]`).getAttribute("class")));
    expect(shapes.map((c) => (c ?? "").split(" ")[1])).toEqual(["mark-span", "mark-span", "mark-point"]);
    const [feb, oct] = await Promise.all(ids.slice(0, 2).map((id) => chart().locator(`.mark[data-event-id="${id}"] .mark-bar`).boundingBox()));
    // February (28 days) is drawn narrower than October (31 days): bars span their real intervals.
    expect(feb && oct && feb.width < oct.width).toBe(true);
  });

  const centreOfChart = async () => {
    const box = await chart().boundingBox();
    if (!box) throw new Error("chart not laid out");
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };

  it.each([
    { how: "zooms in with the zoom-in button", change: () => page.getByRole("button", { name: "Zoom in" }).click() },
    { how: "zooms out with the zoom-out button", change: () => page.getByRole("button", { name: "Zoom out" }).click() },
    {
      how: "zooms in with the mouse wheel",
      change: async () => {
        const { x, y } = await centreOfChart();
        await page.mouse.move(x, y);
        await page.mouse.wheel(0, -600);
      },
    },
    {
      how: "zooms in with the + key",
      change: async () => {
        await chart().focus();
        await page.keyboard.press("+");
      },
    },
    {
      how: "pans with a drag",
      change: async () => {
        await page.getByRole("button", { name: "Zoom in" }).click();
        const { x, y } = await centreOfChart();
        await page.mouse.move(x, y + 40);
        await page.mouse.down();
        await page.mouse.move(x - 150, y + 40, { steps: 5 });
        await page.mouse.up();
      },
    },
  ])("$how: the axis and the visible range change, Reset restores them", async ({ change }) => {
    await resetView();
    const before = { range: await viewRange(), ticks: await tickLabels() };
    await change();
    await expect.poll(viewRange).not.toBe(before.range);
    await expect.poll(tickLabels).not.toEqual(before.ticks);
    await resetView();
    expect(await tickLabels()).toEqual(before.ticks);
  });

  it("keeps the list in step: zoomed in, fewer events are in view", async () => {
    await resetView();
    for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Zoom in" }).click();
    // One snapshot of list and chart, taken until they agree (each zoom re-renders both).
    const snapshot = async () => {
      const outside = await page.locator(".event-list li.out-of-view").count();
      return {
        outside: outside > 0,
        count: (await page.locator(".event-list-count").innerText()) === `${3 - outside} of 3 in the current view`,
        marks: (await chart().locator(".mark").count()) === 3 - outside,
      };
    };
    await expect.poll(snapshot).toEqual({ outside: true, count: true, marks: true });
    await resetView();
  });

  it.each(SEED_EVENTS.map((event, index) => ({ ...event, index })))(
    "opens event $index from its chart mark: title, $date, highlighted “$highlight”",
    async ({ index, title, date, highlight }) => {
      await resetView();
      const id = (await listIds())[index];
      await chart().locator(`.mark[data-event-id="${id}"]`).click();
      const detail = page.getByTestId("event-detail");
      await expect.poll(() => detail.locator("h2").innerText()).toMatch(title);
      expect(await detail.getByTestId("detail-date").innerText()).toBe(date);
      expect(await detail.locator("blockquote mark").allInnerTexts()).toEqual([highlight]);
      expect(await detail.innerText()).toContain("Blinken Rules Out Talks Between Russia and Ukraine");
      expect(await detail.innerText()).toContain("8 April 2023, 06:05 UTC");
    },
  );

  it.each([
    {
      how: "hovering its mark",
      show: async (id: string) => chart().locator(`.mark[data-event-id="${id}"]`).hover(),
    },
    {
      how: "reaching it with the keyboard",
      show: async () => {
        await chart().focus();
        await page.keyboard.press("Home");
      },
    },
  ])("shows a tooltip with title and date on $how", async ({ show }) => {
    await resetView();
    const id = (await listIds())[0] ?? "";
    await show(id);
    const tooltip = page.getByRole("tooltip");
    await expect.poll(() => tooltip.innerText()).toMatch(SEED_EVENTS[0]?.title ?? /never/);
    expect(await tooltip.innerText()).toContain("February 2022");
    await page.mouse.move(0, 0);
    await page.keyboard.press("Escape");
    await expect.poll(() => tooltip.count()).toBe(0);
  });

  it("moves between events with the arrow keys and opens one with Enter", async () => {
    await resetView();
    await chart().focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("event-detail").locator("h2").innerText()).toMatch(SEED_EVENTS[1]?.title ?? /never/);
  });

  it("opens the same detail from the list view's buttons", async () => {
    await page.locator(".event-list button").nth(2).click();
    await expect.poll(() => page.getByTestId("event-detail").locator("h2").innerText()).toMatch(SEED_EVENTS[2]?.title ?? /never/);
    await expect.poll(() => page.locator(".event-list li").nth(2).getAttribute("class")).toContain("is-selected");
  });

  it("renders article text as text: the quote holds text nodes and one <mark>, equal to the API's quote", async () => {
    const events = (await (await fetch(`${server.url}/api/events`)).json()) as EventDTO[];
    const quote = page.getByTestId("event-detail").locator("blockquote p");
    await page.locator(".event-list button").nth(0).click();
    await expect.poll(() => quote.innerText()).toBe(events[0]?.sources[0]?.quote);
    const childTags = await quote.evaluate((p) => [...p.children].map((c) => c.tagName));
    expect(childTags).toEqual(["MARK"]);
    expect(pageErrors).toEqual([]);
  });

  it("sends the security headers", async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'.*frame-ancestors 'self'/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });
});

describe("GET /api/events", () => {
  it("returns the published events as JSON, earliest first", async () => {
    const response = await fetch(`${server.url}/api/events`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const events = (await response.json()) as EventDTO[];
    expect(events.map((e) => e.date.value)).toEqual(SEED_EVENTS.map((e) => e.value));
    SEED_EVENTS.forEach(({ title }, i) => expect(events[i]?.title).toMatch(title));
  });

  it.each([
    { query: "?from=2022-06-01T00:00:00Z", values: ["2022-10", "2023-04-07"] },
    { query: "?from=2022-02-15T00:00:00Z&to=2022-03-01T00:00:00Z", values: ["2022-02"] },
    { query: "?q=Zelensky", values: ["2022-10"] },
    { query: "?q=nothing-matches-this", values: [] },
  ])("filters with $query", async ({ query, values }) => {
    const events = (await (await fetch(`${server.url}/api/events${query}`)).json()) as EventDTO[];
    expect(events.map((e) => e.date.value)).toEqual(values);
  });

  it.each([
    { query: "?from=yesterday", message: /from/ },
    { query: "?from=2023-01-01T00:00:00Z&to=2022-01-01T00:00:00Z", message: /`from` must be before `to`/ },
    { query: "?limit=5", message: /unknown query parameter: limit/ },
    { query: `?q=${"x".repeat(201)}`, message: /q/ },
  ])("answers 400 with a clear message for $query", async ({ query, message }) => {
    const response = await fetch(`${server.url}/api/events${query}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(body.error.message).toMatch(message);
  });

  it.each([
    { name: "an existing event", id: async () => ((await (await fetch(`${server.url}/api/events`)).json()) as EventDTO[])[0]?.id ?? "", status: 200 },
    { name: "an unknown id", id: async () => "no-such-event", status: 404 },
  ])("GET /api/events/:id answers $status for $name", async ({ id, status }) => {
    const eventId = await id();
    const response = await fetch(`${server.url}/api/events/${encodeURIComponent(eventId)}`);
    expect(response.status).toBe(status);
    const body = (await response.json()) as Partial<EventDTO>;
    if (status === 200) expect(body.id).toBe(eventId);
    else expect(body).toHaveProperty("error.code", "NOT_FOUND");
  });
});

describe("GET /api/timeline/export", () => {
  const WHOLE = "from=2022-01-01T00:00:00Z&to=2024-01-01T00:00:00Z";

  it("exports the same events with their evidence as CSV and as JSON", async () => {
    const [csv, json, api] = await Promise.all([
      fetch(`${server.url}/api/timeline/export?format=csv&${WHOLE}`),
      fetch(`${server.url}/api/timeline/export?format=json&${WHOLE}`),
      fetch(`${server.url}/api/events`),
    ]);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const rows = parseCsv(await csv.text());
    const exported = (await json.json()) as TimelineExportEvent[];
    const events = (await api.json()) as EventDTO[];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(exported.map((e) => e.id)).toEqual(events.map((e) => e.id));
    // The JSON export cites what the event API cites; the CSV's quotes column reads back to it.
    expect(exported.map((e) => e.sources.map((s) => s.quote))).toEqual(events.map((e) => e.sources.map((s) => s.quote)));
    expect(exported.map((e) => ({ tags: e.tags, sourceUrl: e.sourceUrl }))).toEqual(events.map((e) => ({ tags: e.tags, sourceUrl: null })));
    const column = (name: (typeof CSV_COLUMNS)[number]) => rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf(name)]);
    expect(column("quotes")).toEqual(events.map((e) => e.sources.map((s) => s.quote.replace(/\s+/g, " ").trim()).join("\n")));
    expect(column("quotes").every((q) => (q ?? "").length > 20)).toBe(true);
    expect(column("id")).toEqual(events.map((e) => e.id));
  });
});

describe("screenshot", () => {
  // Written only on request (DATELINE_SCREENSHOT=path), e.g. for the README's docs/screenshot.png.
  it.each([{ path: process.env.DATELINE_SCREENSHOT }])("saves the timeline to $path when asked", async ({ path }) => {
    await resetView();
    await page.locator(".event-list button").nth(0).click();
    await page.mouse.move(0, 0);
    const shot = await page.screenshot({ fullPage: true, ...(path ? { path } : {}) });
    expect(shot.byteLength).toBeGreaterThan(10_000);
  });
});
