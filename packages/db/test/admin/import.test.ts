// Article import with review on a temporary SQLite file. The parser is replaced by the fixture
// parse (the web end-to-end test runs the real one).
import { describe, expect, it, vi } from "vitest";
import { importReviewed, previewImport } from "../../src/admin/index.ts";
import { listEvents } from "../../src/events.ts";
import { ARTICLE, fixtureParse } from "../fixtures.ts";
import { checksum, useAdminTestDb } from "./support.ts";

vi.mock("@dateline/parser", () => ({ parseDocument: (text: string) => fixtureParse(text) }));

const actor = { id: "u1", email: "ed@example.org" };
const t = useAdminTestDb();

const article = { text: ARTICLE, url: "https://example.org/talks", publisher: "Example News", published: "2023-04-08" };

describe("previewImport", () => {
  it("lists each candidate with its sentence, highlighted date expression, resolution and confidence", async () => {
    const preview = await previewImport(article, { db: t.db });
    expect(preview.existingDocumentId).toBeNull();
    expect(preview.candidates.map((c) => [c.date.value, c.dateText, c.sentence.slice(c.highlight?.start, c.highlight?.end)])).toEqual([
      ["2022-02", "February 2022", "February 2022"],
      ["2022-10", "October 2022", "October 2022"],
      ["2023-04-07", "Friday", "Friday"],
    ]);
    expect(preview.candidates[2]).toMatchObject({ resolution: expect.stringContaining("Friday"), confidence: 0.9, rule: "absolute" });
  });

  it.each([
    { input: { text: "   " }, path: "text" },
    { input: { text: "x", url: "javascript:alert(1)" }, path: "url" },
    { input: { text: "x", published: "yesterday" }, path: "published" },
    { input: { text: "é".repeat(600_000) }, path: "text" },
  ])("refuses $path", async ({ input, path }) => {
    await expect(previewImport(input, { db: t.db })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      issues: expect.arrayContaining([expect.objectContaining({ path })]),
    });
  });
});

describe("importReviewed", () => {
  it("stores exactly the accepted candidates, edited, and a re-import adds nothing", async () => {
    const { candidates } = await previewImport(article, { db: t.db });
    const [first, , third] = candidates;
    if (!first || !third) throw new Error("fixture lost candidates");
    const accepted = [{ ...first, title: "Edited: operation launched", tags: ["war"] }, third];
    const result = await importReviewed({ ...article, accepted }, { db: t.db, actor });
    expect(result.created).toBe(true);
    expect(result.eventIds).toHaveLength(2);
    const events = await listEvents({}, { db: t.db });
    expect(events.map((e) => [e.title, e.date.value, e.tags])).toEqual([
      ["Edited: operation launched", "2022-02", ["war"]],
      ["Blinken said talks are off the table", "2023-04-07", []],
    ]);
    expect(events[0]?.sources[0]).toMatchObject({ dateText: "February 2022", document: { publisher: "Example News" } });

    const before = await checksum(t.db);
    const again = await importReviewed({ ...article, accepted: candidates }, { db: t.db, actor });
    expect(again.created).toBe(false);
    expect(await checksum(t.db)).toBe(before);
    expect((await previewImport(article, { db: t.db })).existingDocumentId).toBe(result.documentId);
  });

  it("leaves nothing behind when the transaction fails after writing", async () => {
    const text = `${ARTICLE}\nA third article body.`;
    const { candidates } = await previewImport({ text }, { db: t.db });
    const before = await checksum(t.db);
    const failing = importReviewed({ text, accepted: candidates }, {
      db: t.db,
      actor,
      beforeCommit: ({ eventIds }) => {
        if (eventIds.length === 3) throw new Error("disk full");
      },
    });
    await expect(failing).rejects.toThrow("disk full");
    expect(await checksum(t.db)).toBe(before);
  });

  it("leaves nothing behind when a candidate is invalid", async () => {
    const text = `${ARTICLE}\nA second article body.`;
    const { candidates } = await previewImport({ text }, { db: t.db });
    const before = await checksum(t.db);
    const broken = candidates.map((c, i) => (i === 1 ? { ...c, span: { start: 0, end: text.length + 10 } } : c));
    await expect(importReviewed({ text, accepted: broken }, { db: t.db, actor })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await checksum(t.db)).toBe(before);
  });
});

describe("importReviewed: evidence comes from the article", () => {
  it.each([
    { name: "a quote the article does not contain", change: { sentence: "Officials admitted everything." } },
    { name: "the right quote at another span", change: { span: { start: 0, end: 10 } } },
  ])("refuses $name and writes nothing", async ({ change }) => {
    const text = `${ARTICLE}\nA fourth article body.`;
    const { candidates } = await previewImport({ text }, { db: t.db });
    const before = await checksum(t.db);
    const forged = candidates.map((c, i) => (i === 0 ? { ...c, ...change } : c));
    await expect(importReviewed({ text, accepted: forged }, { db: t.db, actor })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      issues: expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/sentence$/) })]),
    });
    expect(await checksum(t.db)).toBe(before);
  });
});
