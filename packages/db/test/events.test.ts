import { EventDTO } from "@dateline/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDocument } from "../src/documents.ts";
import { AppError } from "../src/errors.ts";
import { getEvent, listEvents, type ListEventsQuery } from "../src/events.ts";
import { ARTICLE, fixtureParse } from "./fixtures.ts";
import { createTestDb } from "./helpers.ts";

const t = createTestDb();
const db = t.db;
const DRAFT_TEXT = "Draft note\nA treaty was signed in March 2021.";
let draftId = "";

beforeAll(async () => {
  await importDocument({ text: ARTICLE, parse: fixtureParse(), publisher: "Example" }, { db });
  const draftParse = fixtureParse(DRAFT_TEXT);
  const draft = await importDocument(
    {
      text: DRAFT_TEXT,
      parse: draftParse,
      events: [
        {
          title: "A treaty was signed",
          date: { value: "2021-03", precision: "month", start: "2021-03-01T00:00:00Z", end: "2021-04-01T00:00:00Z", mod: "APPROX" },
          sentence: "A treaty was signed in March 2021.",
          span: { start: 11, end: 45 },
          mentionIds: [],
          confidence: 0.5,
          tags: ["treaty", "diplomacy", "treaty"],
        },
      ],
    },
    { db, status: "draft" },
  );
  draftId = draft.eventIds[0] ?? "";
});
afterAll(() => t.dispose());

const FEB = "2022-02";
const OCT = "2022-10";
const FRI = "2023-04-07";
const MAR21 = "2021-03";

describe("listEvents", () => {
  it.each<{ name: string; query: ListEventsQuery; expected: string[] }>([
    { name: "no window: every published event, by start", query: {}, expected: [FEB, OCT, FRI] },
    { name: "window inside February overlaps the month", query: { from: "2022-02-15T00:00:00Z", to: "2022-02-16T00:00:00Z" }, expected: [FEB] },
    { name: "window touching both months' open ends is empty", query: { from: "2022-03-01T00:00:00Z", to: "2022-10-01T00:00:00Z" }, expected: [] },
    { name: "one ms past each edge overlaps both", query: { from: "2022-02-28T23:59:59.999Z", to: "2022-10-01T00:00:00.001Z" }, expected: [FEB, OCT] },
    { name: "only `to`: strictly before it", query: { to: "2022-02-01T00:00:00Z" }, expected: [] },
    { name: "only `from`", query: { from: "2023-04-07T12:00:00Z" }, expected: [FRI] },
    { name: "offset instants compare as instants", query: { from: "2023-04-07T20:00:00-05:00" }, expected: [] },
    { name: "q matches a title, case-insensitively", query: { q: "zelensky" }, expected: [OCT] },
    { name: "q matches the source quote", query: { q: "German press" }, expected: [FRI] },
    { name: "q with LIKE wildcards is literal", query: { q: "%" }, expected: [] },
    { name: "q with _ matches only a literal _", query: { q: "Blinken_told" }, expected: [] },
    { name: "q and window together", query: { q: "signed", from: "2022-01-01T00:00:00Z", to: "2022-06-01T00:00:00Z" }, expected: [] },
    { name: "drafts only", query: { status: "draft" }, expected: [MAR21] },
    { name: "any status", query: { status: "any" }, expected: [MAR21, FEB, OCT, FRI] },
    { name: "limit", query: { limit: 2 }, expected: [FEB, OCT] },
  ])("$name", async ({ query, expected }) => {
    const events = await listEvents(query, { db });
    expect(events.map((e) => e.date.value)).toEqual(expected);
    for (const e of events) EventDTO.parse(e);
  });

  it.each<{ name: string; query: ListEventsQuery; path: string }>([
    { name: "from after to", query: { from: "2023-01-01T00:00:00Z", to: "2022-01-01T00:00:00Z" }, path: "to" },
    { name: "from not an instant", query: { from: "2022-01-01" }, path: "from" },
    { name: "unknown status", query: { status: "deleted" as "draft" }, path: "status" },
    { name: "limit too large", query: { limit: 1_000_000 }, path: "limit" },
  ])("rejects $name with INVALID_INPUT", async ({ query, path }) => {
    const error = await listEvents(query, { db }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "INVALID_INPUT", issues: expect.arrayContaining([expect.objectContaining({ path })]) });
  });
});

describe("getEvent", () => {
  it("returns an EventDTO with its source, highlight and document", async () => {
    const [listed] = await listEvents({ q: "Friday" }, { db });
    const event = EventDTO.parse(await getEvent(listed?.id ?? "", { db }));
    const source = event.sources[0];
    expect(event).toMatchObject({
      title: "Blinken said talks are off the table",
      date: { value: FRI, precision: "day", start: "2023-04-07T00:00:00.000Z", end: "2023-04-08T00:00:00.000Z" },
      status: "published",
      version: 1,
      tags: [],
      confidence: 0.9,
    });
    expect(event.sources).toHaveLength(1);
    expect(source?.quote).toBe("Blinken told German press on Friday that talks are off the table.");
    expect(source?.quote.slice(source.highlight?.start, source.highlight?.end)).toBe("Friday");
    expect(source?.dateText).toBe("Friday");
    expect(source?.resolution).toBe('"Friday" before published Sat 2023-04-08 → 2023-04-07');
    expect(ARTICLE.slice(source?.span.start, source?.span.end)).toBe(source?.quote);
    expect(source?.document).toMatchObject({ title: "Talks stall", publisher: "Example", publishedPrecision: "day" });
  });

  it.each([
    { name: "unknown id", id: () => "nope", options: {}, found: false },
    { name: "draft, public view", id: () => draftId, options: {}, found: false },
    { name: "draft, admin view", id: () => draftId, options: { includeUnpublished: true }, found: true },
  ])("$name → found: $found", async ({ id, options, found }) => {
    const event = await getEvent(id(), { db, ...options });
    expect(event !== null).toBe(found);
  });

  it("keeps a draft's mod, deduplicated sorted tags and missing highlight", async () => {
    const event = EventDTO.parse(await getEvent(draftId, { db, includeUnpublished: true }));
    expect(event.date.mod).toBe("APPROX");
    expect(event.tags).toEqual(["diplomacy", "treaty"]);
    expect(event.sources[0]).toMatchObject({ highlight: null, dateText: null, resolution: null });
  });
});
