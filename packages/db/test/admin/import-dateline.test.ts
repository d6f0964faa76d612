// The import preview passes the parser's press dateline on to the review screen. The parser is
// replaced by the fixture parse with a dateline that was the reference for relative dates.
import { describe, expect, it, vi } from "vitest";
import { previewImport } from "../../src/admin/index.ts";
import { ARTICLE, fixtureParse } from "../fixtures.ts";
import { useAdminTestDb } from "./support.ts";

const DATELINE = {
  text: "April 7",
  span: { start: 0, end: 25 },
  date: { value: "2023-04-07", precision: "day" as const, start: "2023-04-07T00:00:00.000Z", end: "2023-04-08T00:00:00.000Z" },
  reference: true,
  resolution: {
    rule: "press-dateline",
    anchor: "2023-04-08",
    implied: ["year"],
    explanation: 'dateline "April 7" → 2023-04-07 (year 2023 implied by published 2023-04-08), 1 day before published 2023-04-08: relative dates count from the dateline',
  },
};

vi.mock("@dateline/parser", () => ({
  parseDocument: (text: string) => {
    const parse = fixtureParse(text);
    return { ...parse, document: { ...parse.document, dateline: text.startsWith("BERLIN") ? DATELINE : null } };
  },
}));

const t = useAdminTestDb();

describe("previewImport: press dateline", () => {
  it("shows the dateline's day, whether relative dates counted from it, and why", async () => {
    const preview = await previewImport({ text: `BERLIN, April 7 (Reuters) — ${ARTICLE}`, published: "2023-04-08" }, { db: t.db });
    expect(preview.dateline).toEqual({
      text: "April 7",
      date: DATELINE.date,
      reference: true,
      implied: ["year"],
      explanation: DATELINE.resolution.explanation,
    });
  });

  it("is null without one", async () => {
    expect((await previewImport({ text: ARTICLE, published: "2023-04-08" }, { db: t.db })).dateline).toBeNull();
  });
});
