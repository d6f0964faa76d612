// exportTimelineEvents carries each event's tags, its evidence (the cited documents' publisher and
// URL, the quoted sentence, in the order they were linked) and the editor's source URL, on SQLite
// and PostgreSQL; past the first batch of events whose evidence one query reads too.
import { beforeAll, describe, expect, it } from "vitest";
import { importDocument } from "../../src/documents.ts";
import { exportTimelineEvents } from "../../src/timeline/export.ts";
import { insertSyntheticEvents } from "../../src/timeline/synthetic.ts";
import { ARTICLE, fixtureParse } from "../fixtures.ts";
import { PG_ENABLED } from "../pg.ts";
import { useEmptyStore } from "./context.ts";
import type { Provider } from "./store.ts";

const FEB = "Moscow launched its operation in February 2022, officials said.";
const OCT = "Zelensky signed a decree in October 2022.";
const WINDOW = { from: "2022-01-01T00:00:00Z", to: "2024-01-01T00:00:00Z" };
const SYNTHETIC = 1500;

function describeExport(provider: Provider): void {
  describe(`exportTimelineEvents evidence (${provider})`, () => {
    const store = useEmptyStore(provider);
    const ids = { feb: "", oct: "", fri: "" };

    beforeAll(async () => {
      const t = store();
      const parse = fixtureParse();
      const events = parse.events.map((e, i) => ({ ...e, tags: [["war", "Russia"], ["=cmd", "decree"], []][i] ?? [] }));
      const first = await importDocument({ text: ARTICLE, parse, events, publisher: "Example Wire", url: "https://example.org/talks" }, { db: t.db });
      [ids.feb, ids.oct, ids.fri] = first.eventIds as [string, string, string];
      // A second, later document cites the February event too (no publisher, no URL).
      await t.run(`INSERT INTO "Document" ("id", "text", "contentHash") VALUES ('doc_second', 'second', 'hash_second')`);
      await t.run(`INSERT INTO "EventSource" ("id", "eventId", "documentId", "spanStart", "spanEnd", "quote", "createdAt") VALUES ('es_second', ?, 'doc_second', 0, 6, 'second', ?)`, [
        ids.feb,
        // Prisma's own format on SQLite; PostgreSQL reads it as a timestamp.
        "2030-01-01T00:00:00.000+00:00",
      ]);
      await t.run(`UPDATE "Event" SET "sourceUrl" = 'https://example.org/editor' WHERE "id" = ?`, [ids.oct]);
    }, 120_000);

    it.each([
      {
        name: "two cited documents, two tags",
        event: "feb" as const,
        tags: ["Russia", "war"],
        sources: [
          { publisher: "Example Wire", url: "https://example.org/talks", quote: FEB },
          { publisher: null, url: null, quote: "second" },
        ],
        sourceUrl: null,
      },
      { name: "an editor's source URL", event: "oct" as const, tags: ["=cmd", "decree"], sources: [{ publisher: "Example Wire", url: "https://example.org/talks", quote: OCT }], sourceUrl: "https://example.org/editor" },
    ])("$name", async ({ event, tags, sources, sourceUrl }) => {
      const exported = await exportTimelineEvents(WINDOW, { db: store().db });
      expect(exported.map((e) => e.id).sort()).toEqual(Object.values(ids).sort());
      const found = exported.find((e) => e.id === ids[event]);
      expect(found).toMatchObject({ tags, sources, sourceUrl });
    });

    it("gives an untagged event no tags", async () => {
      const exported = await exportTimelineEvents(WINDOW, { db: store().db });
      expect(exported.find((e) => e.id === ids.fri)?.tags).toEqual([]);
    });

    it("reads the evidence of events past the first batch", async () => {
      const t = store();
      await insertSyntheticEvents(SYNTHETIC, { db: t.db, seed: 3 });
      const [last] = await t.all<{ id: string }>(`SELECT "id" FROM "Event" WHERE "status" = 'published' ORDER BY "dateStart" DESC, "dateEnd" DESC, "id" DESC LIMIT 1`);
      await t.run(`INSERT INTO "EventSource" ("id", "eventId", "documentId", "spanStart", "spanEnd", "quote") VALUES ('es_last', ?, 'doc_second', 0, 6, 'latest')`, [last?.id]);
      const exported = await exportTimelineEvents({ from: "1990-01-01T00:00:00Z", to: "2030-01-01T00:00:00Z" }, { db: t.db });
      expect(exported.length).toBeGreaterThan(1000);
      expect(exported.at(-1)?.id).toBe(last?.id);
      expect(exported.at(-1)?.sources).toEqual([{ publisher: null, url: null, quote: "latest" }]);
      expect(exported.filter((e) => e.tags.length > 0).length).toBeGreaterThan(SYNTHETIC / 2);
    }, 120_000);
  });
}

describeExport("sqlite");
describe.runIf(PG_ENABLED)("PostgreSQL", () => describeExport("postgresql"));
