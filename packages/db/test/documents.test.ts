import { DocumentDTO } from "@dateline/schema";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { importDocument, listDocuments, type ImportDocumentInput } from "../src/documents.ts";
import { AppError, type AppErrorCode } from "../src/errors.ts";
import { listEvents } from "../src/events.ts";
import { createTestDb } from "./helpers.ts";
import { ARTICLE, fixtureParse } from "./fixtures.ts";
import { parseDocument } from "@dateline/parser";

const t = createTestDb();
const db = t.db;
afterAll(() => t.dispose());

const TABLES = ["Account", "AuditLog", "Document", "Event", "EventSource", "EventTag", "LoginAttempt", "Session", "Tag", "TimelineFacet", "TimelineLongEvent", "TimelineRollup", "TimelineSourceFacet", "TimelineSourceRollup", "User", "Verification"];
const EMPTY = Object.fromEntries(TABLES.map((name) => [name, 0]));

describe("importDocument", () => {
  let base: ImportDocumentInput;
  beforeEach(() => {
    base = { text: ARTICLE, parse: fixtureParse(), url: "https://example.com/a", publisher: "Example" };
  });

  it("stores the document, its events and their sources, once", async () => {
    expect(t.counts()).toEqual(EMPTY);
    const first = await importDocument(base, { db });
    const afterFirst = t.counts();
    const second = await importDocument(base, { db });
    const reformatted = await importDocument({ ...base, text: `\uFEFF  ${ARTICLE.replace(/\n/g, "\r\n")}\n\n` }, { db });

    expect(first).toMatchObject({ created: true, eventIds: expect.any(Array) });
    expect(first.eventIds).toHaveLength(3);
    expect(afterFirst).toMatchObject({ Document: 1, Event: 3, EventSource: 3, AuditLog: 1 });
    expect(second).toEqual({ created: false, documentId: first.documentId, eventIds: [], warnings: [] });
    expect(reformatted).toEqual(second);
    expect(t.counts()).toEqual(afterFirst);
  });

  it("lists the document with its event count as a DocumentDTO", async () => {
    const docs = await listDocuments({ db });
    expect(docs).toHaveLength(1);
    const doc = DocumentDTO.parse(docs[0]);
    expect(doc).toMatchObject({
      title: "Talks stall",
      url: "https://example.com/a",
      publisher: "Example",
      publishedAt: "2023-04-08T00:00:00.000Z",
      publishedPrecision: "day",
      eventCount: 3,
    });
  });
});

describe("importDocument rollback", () => {
  it("leaves nothing behind when the transaction fails after rows were written", async () => {
    const other = createTestDb();
    const before = other.counts();
    let seen: string[] = [];
    const attempt = importDocument(
      { text: ARTICLE, parse: fixtureParse(), events: fixtureParse().events.map((e) => ({ ...e, tags: ["war"] })) },
      {
        db: other.db,
        beforeCommit: ({ eventIds }) => {
          seen = eventIds;
          throw new Error("injected failure");
        },
      },
    );
    await expect(attempt).rejects.toThrow("injected failure");
    expect(seen).toHaveLength(3); // the rows existed inside the transaction …
    expect(other.counts()).toEqual(before); // … and none survived it
    expect(await listEvents({ status: "any" }, { db: other.db })).toEqual([]);
    await other.dispose();
  });
});

describe("importDocument concurrency", () => {
  it("two simultaneous imports of one text store it once", async () => {
    const other = createTestDb();
    const input = { text: ARTICLE, parse: fixtureParse() };
    const results = await Promise.all([importDocument(input, { db: other.db }), importDocument(input, { db: other.db })]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(new Set(results.map((r) => r.documentId)).size).toBe(1);
    expect(other.counts()).toMatchObject({ Document: 1, Event: 3, EventSource: 3, AuditLog: 1 });
    await other.dispose();
  });
});

describe("importDocument input validation", () => {
  const huge = "a".repeat(1024 * 1024 + 1);
  it.each<{ name: string; input: ImportDocumentInput; code: AppErrorCode; path: string }>([
    { name: "empty text", input: { text: "" }, code: "INVALID_INPUT", path: "text" },
    { name: "blank text", input: { text: " \n\t " }, code: "INVALID_INPUT", path: "text" },
    { name: "text over 1 MiB", input: { text: huge }, code: "PAYLOAD_TOO_LARGE", path: "text" },
    { name: "javascript: URL", input: { text: ARTICLE, url: "javascript:alert(1)" }, code: "INVALID_INPUT", path: "url" },
    { name: "not a URL", input: { text: ARTICLE, url: "example dot com" }, code: "INVALID_INPUT", path: "url" },
    { name: "published not ISO", input: { text: ARTICLE, published: "yesterday" }, code: "INVALID_INPUT", path: "published" },
    { name: "unknown time zone", input: { text: ARTICLE, timezone: "Mars/Olympus" }, code: "INVALID_INPUT", path: "timezone" },
    {
      name: "event span outside the text",
      input: { text: ARTICLE, parse: fixtureParse(), events: [{ ...fixtureParse().events[0]!, span: { start: 0, end: 10_000 } }] },
      code: "INVALID_INPUT",
      path: "0.span",
    },
    {
      name: "event date end before start",
      input: {
        text: ARTICLE,
        parse: fixtureParse(),
        events: [{ ...fixtureParse().events[0]!, date: { value: "2022", precision: "year", start: "2023-01-01T00:00:00Z", end: "2022-01-01T00:00:00Z" } }],
      },
      code: "INVALID_INPUT",
      path: "0.date.end",
    },
  ])("rejects $name with $code and writes nothing", async ({ input, code, path }) => {
    const fresh = createTestDb();
    const error = await importDocument(input, { db: fresh.db }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code, issues: expect.arrayContaining([expect.objectContaining({ path })]) });
    expect(fresh.counts()).toEqual(EMPTY);
    await fresh.dispose();
  });
});

// "Nothing behind" above counts every table; a new table must show up here to be counted.
it("createTestDb counts exactly the schema's tables", () => {
  expect(Object.keys(t.counts()).sort()).toEqual(TABLES);
});

describe("importDocument: BCE dates", () => {
  it("stores and lists an event dated 753 BC over that year", async () => {
    const fresh = createTestDb();
    const text = "Founding myths\nRome was founded in 753 BC, the annals say.";
    const parse = parseDocument(text, { published: "2023-04-08" });
    const r = await importDocument({ text, parse, url: "https://example.com/rome", publisher: "Example" }, { db: fresh.db });
    expect(r.eventIds).toHaveLength(1);
    const [event] = await listEvents({ status: "any" }, { db: fresh.db });
    expect(event?.date).toMatchObject({ value: "-0752", precision: "year", start: "-000752-01-01T00:00:00.000Z", end: "-000751-01-01T00:00:00.000Z" });
    await fresh.dispose();
  });
});
