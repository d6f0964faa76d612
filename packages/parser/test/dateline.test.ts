import { describe, expect, it } from "vitest";
import { parseDocument } from "../src/index.js";
import { classifyLines } from "../src/stages/metadata.js";
import { segment } from "../src/stages/segment.js";

const lineKinds = (text: string) => classifyLines(text, segment(text).lines).map((l) => [l.kind, l.datelinePrefix]);

describe("classifyLines: press datelines", () => {
  it.each([
    { text: "LONDON, March 3 —\nThe prime minister resigned.", kinds: [["dateline", 17], ["body", 0]] },
    { text: "NAIROBI, Kenya (AP) _\nBombs exploded.", kinds: [["dateline", 21], ["body", 0]] },
    { text: "WASHINGTON (AP) — Sept. 3, 2022 — The president spoke.", kinds: [["body", "WASHINGTON (AP) — Sept. 3, 2022 — ".length]] },
    { text: "KYIV, Ukraine, Feb. 24 (Reuters) — Russia attacked.", kinds: [["body", "KYIV, Ukraine, Feb. 24 (Reuters) — ".length]] },
    { text: "CAGUAS, Puerto Rico (AP)_ Kidnappers kept their promise.", kinds: [["body", "CAGUAS, Puerto Rico (AP)_ ".length]] },
    { text: "Talks Collapse In Geneva On April 7", kinds: [["heading", 0]] },
  ])("$text", ({ text, kinds }) => {
    expect(lineKinds(text)).toEqual(kinds);
  });
});

describe("parseDocument: a press dateline as the story's date", () => {
  it.each([
    {
      name: "a wire dateline with an implied year, the year from the latest date the text states",
      text: "KYIV, Ukraine, Feb. 24 (Reuters) — Russian forces invaded Ukraine on Thursday. Putin had met Biden on Dec. 7, 2021.",
      published: "2022-02-24",
      implied: ["year"],
      events: [
        ["2022-02-24", "Russian forces invaded Ukraine"],
        ["2021-12-07", "Putin had met Biden"],
      ],
    },
    {
      name: "an AP dateline stating its year",
      text: "WASHINGTON (AP) — Sept. 3, 2022 — President Biden said on Friday that the economy was strong.",
      published: "2022-09-03",
      implied: [],
      events: [["2022-09-02", "President Biden said that the economy was strong"]],
    },
    {
      name: "a dateline alone on its line",
      text: "LONDON, March 3 —\nThe prime minister resigned on Tuesday, a week after the vote of Feb. 21, 2023.",
      published: "2023-03-03",
      implied: ["year"],
      events: [["2023-02-28", "The prime minister resigned, a week after the vote of Feb. 21, 2023"]],
    },
    {
      name: "a dateline a sentence break cuts in two (\"Mo. (AP)\")",
      text: "KANSAS CITY, Mo. (AP) — Sept. 3, 2022 — Police said on Friday that the suspect had fled.",
      published: "2022-09-03",
      implied: [],
      events: [["2022-09-02", "Police said that the suspect had fled"]],
    },
  ])("without a published date: $name", ({ text, published, implied, events }) => {
    const r = parseDocument(text);
    expect(r.document.published?.value).toBe(published);
    expect(r.document.publishedSource).toBe("press-dateline");
    expect(r.document.dateline?.reference).toBe(true);
    expect(r.document.dateline?.resolution.rule).toBe("press-dateline");
    expect(r.document.dateline?.resolution.implied).toEqual(implied);
    expect(r.document.publishedSpan).toEqual(r.document.dateline?.span);
    expect(r.document.title).toBeNull();
    // The dateline's own date is not an event, and no title holds the dateline.
    expect(r.events.map((e) => [e.date.value, e.title])).toEqual(events);
    expect(r.warnings.map((w) => w.code)).not.toContain("no-published-date");
  });

  it("explains an implied year and lowers the confidence of dates counted from it", () => {
    const text = "KYIV, Feb. 24 (Reuters) — Russian forces invaded Ukraine on Thursday. Talks were held on Dec. 7, 2021.";
    const r = parseDocument(text);
    expect(r.document.dateline?.text).toBe("Feb. 24");
    expect(r.document.dateline?.resolution.explanation).toContain('year 2022 implied: the first on or after the latest date the text states, "Dec. 7, 2021"');
    const thursday = r.mentions.find((m) => m.text === "Thursday");
    expect(thursday?.date?.value).toBe("2022-02-24");
    expect(thursday?.resolution.implied).toContain("year");
    expect(r.events[0]?.confidence).toBeLessThan(parseDocument(text, { published: "2022-02-24" }).events[0]?.confidence ?? 0);
  });

  it("does not place a dateline without a year when the text states none", () => {
    const r = parseDocument("LONDON, March 3 —\nThe prime minister resigned yesterday.");
    expect(r.document.published).toBeNull();
    expect(r.document.dateline).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["dateline-without-year", "no-published-date"]));
    expect(r.events).toEqual([]);
  });

  it("ignores a year only a bare year, a future clause or words (\"this year\") state", () => {
    const r = parseDocument("LONDON, March 3 —\nThe war was the worst since 1945. Elections will be held in May 2030. Talks began in early October this year.");
    expect(r.document.published).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain("dateline-without-year");
  });

  it("prefers a header's publication date, the dateline then counting as with a given date", () => {
    const r = parseDocument("date 2022-02-25\nKYIV, Feb. 24 (Reuters) — Explosions were heard today.");
    expect(r.document.publishedSource).toBe("header");
    expect(r.document.published?.value).toBe("2022-02-25");
    expect(r.document.dateline?.reference).toBe(true);
    expect(r.events.map((e) => e.date.value)).toEqual(["2022-02-24"]);
  });
});

describe("parseDocument: a press dateline next to a given published date", () => {
  const text = "KYIV, Ukraine, Feb. 24 (Reuters) — Russian forces attacked Kyiv today.";
  it.each([
    { published: "2022-02-25", reference: true, today: "2022-02-24", why: "1 day before published 2022-02-25: relative dates count from the dateline" },
    { published: "2022-03-03", reference: true, today: "2022-02-24", why: "7 days before published" },
    { published: "2022-02-23", reference: true, today: "2022-02-24", why: "1 day after published" },
    { published: "2022-02-24", reference: false, today: "2022-02-24", why: "the publication day" },
    { published: "2022-03-04", reference: false, today: "2022-03-04", why: "is 8 days from published 2022-03-04: relative dates count from publication" },
  ])("published $published: the dateline is the reference: $reference", ({ published, reference, today, why }) => {
    const r = parseDocument(text, { published });
    expect(r.document.published?.value).toBe(published);
    expect(r.document.publishedSource).toBe("option");
    expect(r.document.dateline?.date.value).toBe("2022-02-24");
    expect(r.document.dateline?.reference).toBe(reference);
    expect(r.document.dateline?.resolution.explanation).toContain(why);
    expect(r.events.map((e) => [e.date.value, e.title])).toEqual([[today, "Russian forces attacked Kyiv"]]);
  });

  // Explanations name the reference relative dates were counted from: the dateline's day when it
  // is the reference (given a publication date or not), the publication date otherwise.
  const story =
    "KYIV, Ukraine, Feb. 24 (Reuters) — Russian forces invaded Ukraine on Thursday. Shelling began at 5 a.m., officials said. " +
    "A ceasefire was agreed last week. Talks were held on next Monday. Troops left in January. Putin had met Biden on Dec. 7, 2021.";
  it.each([
    { published: "2022-02-25", mention: "Thursday", how: '"Thursday" before the dateline\'s day Thu 2022-02-24 → 2022-02-24' },
    { published: "2022-02-25", mention: "5 a.m.", how: '"5 a.m." on the dateline\'s day 2022-02-24 → 2022-02-24T05:00' },
    { published: "2022-02-25", mention: "last week", how: '"last week" relative to the dateline\'s day 2022-02-24 → 2022-W07' },
    { published: "2022-02-25", mention: "next Monday", how: '"next Monday" "next" relative to the dateline\'s day 2022-02-24 → 2022-02-28' },
    { published: "2022-02-25", mention: "January", how: '"January" year implied from the dateline\'s day 2022-02-24 (past tense) → 2022-01' },
    { published: undefined, mention: "Thursday", how: '"Thursday" before the dateline\'s day Thu 2022-02-24 → 2022-02-24' },
    { published: "2022-02-24", mention: "Thursday", how: '"Thursday" before published Thu 2022-02-24 → 2022-02-24' },
    { published: "2022-02-24", mention: "5 a.m.", how: '"5 a.m." on the published day 2022-02-24 → 2022-02-24T05:00' },
    { published: "2022-03-10", mention: "last week", how: '"last week" relative to published 2022-03-10 → 2022-W09' },
  ])("explains $mention by its reference (published $published)", ({ published, mention, how }) => {
    const r = parseDocument(story, published ? { published } : {});
    const m = r.mentions.find((x) => x.text === mention);
    expect(m?.resolution.explanation).toBe(how);
    expect(m?.resolution.explanation).not.toMatch(published === "2022-02-24" || published === "2022-03-10" ? /dateline/ : /published/);
  });

  it("reads a stated dateline year, not the publication's", () => {
    const r = parseDocument("WASHINGTON (AP) — Dec. 30, 2022 — Congress passed the bill yesterday.", { published: "2023-01-02" });
    expect(r.document.dateline?.date.value).toBe("2022-12-30");
    expect(r.document.dateline?.resolution.implied).toEqual([]);
    expect(r.events.map((e) => e.date.value)).toEqual(["2022-12-29"]);
  });

  it("maps the dateline's span to the input through normalisation", () => {
    const input = "\uFEFF  LONDON,  March 3 —\nThe minister resigned yesterday.";
    const r = parseDocument(input, { published: "2023-03-04" });
    const span = r.document.dateline?.span;
    expect(span && input.slice(span.start, span.end)).toBe("LONDON,  March 3 —");
    expect(r.document.dateline?.text).toBe("March 3");
  });
});
