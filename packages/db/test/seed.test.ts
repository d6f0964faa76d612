// The real seed articles through the real parser into a real (temporary) database.
import { parseDocument } from "@dateline/parser";
import { EventDTO } from "@dateline/schema";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listDocuments } from "../src/documents.ts";
import { getEvent, listEvents } from "../src/events.ts";
import { isSeedFileName, parseSeedFile, seedDirectory } from "../src/seed.ts";
import { seedsDir } from "../src/paths.ts";
import { createTestDb } from "./helpers.ts";

const t = createTestDb();
afterAll(() => t.dispose());

const files = readdirSync(seedsDir()).filter(isSeedFileName).sort();
const parsed = files.map((file) => {
  const { input } = parseSeedFile(readFileSync(path.join(seedsDir(), file), "utf8"));
  return parseDocument(input.text, {
    ...(input.published ? { published: input.published } : {}),
    ...(input.timezone ? { timezone: input.timezone } : {}),
  });
});

describe("seedDirectory", () => {
  it("imports every seed file once, with exactly the parser's events", async () => {
    const first = await seedDirectory(seedsDir(), { db: t.db });
    const afterFirst = t.counts();
    const second = await seedDirectory(seedsDir(), { db: t.db });

    expect(first.map((r) => [r.file, r.created, r.eventCount])).toEqual(
      files.map((file, i) => [file, true, parsed[i]?.events.length]),
    );
    expect(second.map((r) => r.created)).toEqual(files.map(() => false));
    expect(t.counts()).toEqual(afterFirst);

    const stored = await listEvents({}, { db: t.db });
    const expected = parsed
      .flatMap((p) => p.events)
      .map((e) => ({ title: e.title, value: e.date.value, precision: e.date.precision }))
      .sort((a, b) => a.value.localeCompare(b.value));
    expect(stored.map((e) => ({ title: e.title, value: e.date.value, precision: e.date.precision }))).toEqual(expected);
    expect((await listDocuments({ db: t.db })).map((d) => d.eventCount).sort()).toEqual(parsed.map((p) => p.events.length).sort());
  });

  it("keeps each event's evidence: quote, highlighted date text, resolution", async () => {
    const stored = await listEvents({}, { db: t.db });
    for (const summary of stored) {
      const event = EventDTO.parse(await getEvent(summary.id, { db: t.db }));
      const source = event.sources[0];
      expect(source?.dateText).toBeTruthy();
      expect(source?.quote.slice(source.highlight?.start, source.highlight?.end)).toBe(source?.dateText);
      expect(source?.resolution).toBeTruthy();
    }
  });
});

describe("the first seed article", () => {
  it.each([
    { value: "2022-02", precision: "month" },
    { value: "2022-10", precision: "month" },
    { value: "2023-04-07", precision: "day" },
  ])("has the event $value ($precision)", async ({ value, precision }) => {
    const stored = await listEvents({}, { db: t.db });
    expect(stored.filter((e) => e.date.value === value && e.date.precision === precision)).toHaveLength(1);
  });
});
