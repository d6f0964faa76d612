import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../src/index.js";
import { PACKAGE_DIR, SEED_ID, readSeed } from "./helpers.js";

// Reviewed as a diff: `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` rewrites it; read `git diff` before committing.
const goldenPath = join(PACKAGE_DIR, "test", "golden", `${SEED_ID}.json`);

describe("parseDocument on the seed article", () => {
  const text = readSeed();
  const result = parseDocument(text);

  it("matches the reviewed golden file (document + events)", () => {
    const actual = { document: result.document, events: result.events };
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
    const golden: unknown = JSON.parse(readFileSync(goldenPath, "utf8"));
    expect(actual).toEqual(golden);
  });

  it.each([
    { value: "2022-02", precision: "month", start: "2022-02-01T00:00:00.000Z", end: "2022-03-01T00:00:00.000Z", title: /^Moscow launched its special military operation/ },
    { value: "2022-10", precision: "month", start: "2022-10-01T00:00:00.000Z", end: "2022-11-01T00:00:00.000Z", title: /Zelensky signed a decree prohibiting negotiations/ },
    { value: "2023-04-07", precision: "day", start: "2023-04-07T00:00:00.000Z", end: "2023-04-08T00:00:00.000Z", title: /^Blinken (said|claimed).*(off the table|German press)/ },
  ])("has the $value event", ({ value, precision, start, end, title }) => {
    const matching = result.events.filter((e) => e.date.value === value);
    expect(matching).toHaveLength(1);
    const [event] = matching;
    expect(event?.date).toEqual({ value, precision, start, end });
    expect(event?.title).toMatch(title);
    expect(event?.title.length).toBeLessThanOrEqual(90);
  });

  it("finds exactly three events, in text order, each quoting its sentence from the input", () => {
    expect(result.events.map((e) => e.date.value)).toEqual(["2023-04-07", "2022-02", "2022-10"]);
    for (const e of result.events) {
      expect(text.slice(e.span.start, e.span.end)).toBe(e.sentence);
      const anchor = result.mentions.find((m) => m.id === e.mentionIds[0]);
      expect(anchor?.date).toEqual(e.date);
      expect(e.sentence).toContain(anchor?.text);
    }
  });

  it("reads the publication date from the header and the GMT dateline (minute precision)", () => {
    expect(result.document.published).toEqual({
      value: "2023-04-08T06:05",
      precision: "minute",
      start: "2023-04-08T06:05:00.000Z",
      end: "2023-04-08T06:06:00.000Z",
    });
    expect(result.document.publishedSource).toBe("dateline");
    const span = result.document.publishedSpan;
    expect(span && text.slice(span.start, span.end)).toBe("06:05 GMT 08.04.2023");
  });

  it("explains the weekday resolution", () => {
    const friday = result.mentions.find((m) => m.text === "Friday");
    expect(friday?.resolution).toEqual({
      rule: "weekday-past-tense",
      anchor: "2023-04-08T06:05",
      implied: ["week"],
      explanation: '"Friday" before published Sat 2023-04-08 → 2023-04-07',
    });
  });

  it("keeps every mention's text equal to its input slice", () => {
    expect(result.mentions.length).toBeGreaterThan(0);
    for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
