import { describe, expect, it } from "vitest";
import { parseDocument } from "../src/index.js";
import type { ParseOptions } from "../src/types.js";

const PUBLISHED = "2023-04-08"; // a Saturday

/** The single mention of `text`, failing loudly when there is not exactly one. */
function onlyMention(text: string, options: ParseOptions = { published: PUBLISHED }) {
  const { mentions } = parseDocument(text, options);
  expect(mentions.map((m) => m.text)).toHaveLength(1);
  return mentions[0]!;
}

describe("parseDocument: dates, precision and resolution", () => {
  it.each([
    { text: "Moscow launched its operation in February 2022.", published: PUBLISHED, expected: { span: "February 2022", value: "2022-02", precision: "month", rule: "absolute", start: "2022-02-01T00:00:00.000Z", end: "2022-03-01T00:00:00.000Z" } },
    { text: "February 2024 had a leap day, officials noted.", published: PUBLISHED, expected: { span: "February 2024", value: "2024-02", precision: "month", rule: "absolute", start: "2024-02-01T00:00:00.000Z", end: "2024-03-01T00:00:00.000Z" } },
    { text: "Trading resumed on March 3, 2023.", published: PUBLISHED, expected: { span: "March 3, 2023", value: "2023-03-03", precision: "day", rule: "absolute", start: "2023-03-03T00:00:00.000Z", end: "2023-03-04T00:00:00.000Z" } },
    { text: "The talks were held yesterday in Geneva.", published: PUBLISHED, expected: { span: "yesterday", value: "2023-04-07", precision: "day", rule: "relative-to-published", start: "2023-04-07T00:00:00.000Z", end: "2023-04-08T00:00:00.000Z" } },
    { text: "Blinken spoke to reporters on Friday.", published: PUBLISHED, expected: { span: "Friday", value: "2023-04-07", precision: "day", rule: "weekday-past-tense", start: "2023-04-07T00:00:00.000Z", end: "2023-04-08T00:00:00.000Z" } },
    { text: "Blinken said on Monday that talks were over.", published: PUBLISHED, expected: { span: "Monday", value: "2023-04-03", precision: "day", rule: "weekday-past-tense", start: "2023-04-03T00:00:00.000Z", end: "2023-04-04T00:00:00.000Z" } },
    { text: "The summit will take place on Friday in Rome.", published: PUBLISHED, expected: { span: "Friday", value: "2023-04-14", precision: "day", rule: "weekday-future-tense", start: "2023-04-14T00:00:00.000Z", end: "2023-04-15T00:00:00.000Z" } },
    { text: "He said the deal was signed on October 5.", published: PUBLISHED, expected: { span: "October 5", value: "2022-10-05", precision: "day", rule: "implied-year", start: "2022-10-05T00:00:00.000Z", end: "2022-10-06T00:00:00.000Z" } },
    { text: "The ministers met on 08.04.2023 in Berlin.", published: "2023-05-01", expected: { span: "08.04.2023", value: "2023-04-08", precision: "day", rule: "dotted-day-first", start: "2023-04-08T00:00:00.000Z", end: "2023-04-09T00:00:00.000Z" } },
    { text: "Officials met two weeks ago.", published: PUBLISHED, expected: { span: "two weeks ago", value: "2023-03-25", precision: "day", rule: "relative-to-published", start: "2023-03-25T00:00:00.000Z", end: "2023-03-26T00:00:00.000Z" } },
    { text: "Sales fell sharply last month.", published: PUBLISHED, expected: { span: "last month", value: "2023-03", precision: "month", rule: "relative-to-published", start: "2023-03-01T00:00:00.000Z", end: "2023-04-01T00:00:00.000Z" } },
    { text: "The company was founded in 1998.", published: PUBLISHED, expected: { span: "1998", value: "1998", precision: "year", rule: "bare-year", start: "1998-01-01T00:00:00.000Z", end: "1999-01-01T00:00:00.000Z" } },
    { text: "Sales rose this week.", published: PUBLISHED, expected: { span: "this week", value: "2023-W14", precision: "week", rule: "relative-to-published", start: "2023-04-03T00:00:00.000Z", end: "2023-04-10T00:00:00.000Z" } },
    { text: "Sales fell last week.", published: PUBLISHED, expected: { span: "last week", value: "2023-W13", precision: "week", rule: "relative-to-published", start: "2023-03-27T00:00:00.000Z", end: "2023-04-03T00:00:00.000Z" } },
    { text: "The law takes effect next year.", published: PUBLISHED, expected: { span: "next year", value: "2024", precision: "year", rule: "relative-to-published", start: "2024-01-01T00:00:00.000Z", end: "2025-01-01T00:00:00.000Z" } },
    { text: "The blast was heard at 5 p.m. yesterday.", published: PUBLISHED, expected: { span: "5 p.m. yesterday", value: "2023-04-07T17:00", precision: "minute", rule: "relative-to-published", start: "2023-04-07T17:00:00.000Z", end: "2023-04-07T17:01:00.000Z" } },
  ])("resolves $expected.span in %#", ({ text, published, expected }) => {
    const m = onlyMention(text, { published });
    expect({ start: m.start, end: m.end }).toEqual({ start: text.indexOf(expected.span), end: text.indexOf(expected.span) + expected.span.length });
    expect(m.text).toBe(expected.span);
    expect(m.timex.value).toBe(expected.value);
    expect(m.precision).toBe(expected.precision);
    expect(m.resolution.rule).toBe(expected.rule);
    expect(m.date).toMatchObject({ value: expected.value, precision: expected.precision, start: expected.start, end: expected.end });
  });

  it.each([
    { timezone: "America/Los_Angeles", published: "2023-04-08T06:05Z", value: "2023-04-07T23:05", yesterday: "2023-04-06" },
    { timezone: "Asia/Kathmandu", published: "2023-04-08T20:00Z", value: "2023-04-09T01:45", yesterday: "2023-04-08" },
    { timezone: "UTC", published: "2023-04-08T06:05Z", value: "2023-04-08T06:05", yesterday: "2023-04-07" },
    { timezone: "UTC", published: new Date(Date.UTC(2023, 3, 8, 6, 5)), value: "2023-04-08T06:05", yesterday: "2023-04-07" },
  ])("reads published in the document zone $timezone", ({ timezone, published, value, yesterday }) => {
    const r = parseDocument("The talks were held yesterday.", { published, timezone });
    expect(r.document.published?.value).toBe(value);
    expect(r.document.published?.start).toBe(new Date(published).toISOString());
    expect(r.mentions[0]?.timex.value).toBe(yesterday);
  });

  it.each([
    { text: "The treaty was signed in February 2022.", max: 0.95, min: 0.9 },
    { text: "The treaty was signed on October 5.", max: 0.8, min: 0.6 },
    { text: "The treaty was signed on Friday.", max: 0.85, min: 0.6 },
    { text: "The treaty was signed on 03/04/2022.", max: 0.8, min: 0.5 },
  ])("gives confidence in [$min, $max] for $text", ({ text, max, min }) => {
    const [event] = parseDocument(text, { published: PUBLISHED }).events;
    expect(event?.confidence).toBeGreaterThanOrEqual(min);
    expect(event?.confidence).toBeLessThanOrEqual(max);
  });

  it.each([
    { text: "Growth was strong in early 2022.", span: "early 2022", mod: "START" },
    { text: "Growth slowed in mid-2021.", span: "mid-2021", mod: "MID" },
    { text: "Growth recovered in late 2020.", span: "late 2020", mod: "END" },
  ])("marks part-of-period $span with mod $mod over the whole period", ({ text, span, mod }) => {
    const m = onlyMention(text);
    expect(m.text).toBe(span);
    expect(m.timex.mod).toBe(mod);
    expect(m.date?.mod).toBe(mod);
    expect(m.precision).toBe("year");
  });

  it.each([
    { text: "He was jailed for two years.", span: "two years", value: "P2Y" },
    { text: "Talks lasted for three hours.", span: "three hours", value: "PT3H" },
    { text: "The ceasefire must hold within 5 days.", span: "5 days", value: "P5D" },
    { text: "Prices rose over the past five days.", span: "the past five days", value: "P5D" },
  ])("reads $span as a duration, never an event", ({ text, span, value }) => {
    const r = parseDocument(text, { published: PUBLISHED });
    expect(r.mentions.map((m) => [m.text, m.timex.type, m.timex.value, m.date])).toEqual([[span, "DURATION", value, null]]);
    expect(r.mentions[0]?.start).toBe(text.indexOf(span));
    expect(r.events).toEqual([]);
  });

  it("marks an ambiguous numeric order as implied", () => {
    expect(onlyMention("The treaty was signed on 03/04/2022.").resolution.implied).toContain("day-month-order");
    expect(onlyMention("The treaty was signed on 03/24/2022.").resolution.implied).not.toContain("day-month-order");
  });

  it.each([
    { locale: "en-US", value: "2022-03-04" },
    { locale: "en-GB", value: "2022-04-03" },
  ])("reads 03/04/2022 by locale $locale", ({ locale, value }) => {
    expect(onlyMention("The treaty was signed on 03/04/2022.", { published: PUBLISHED, locale }).timex.value).toBe(value);
  });

  it.each([
    { text: "Rome was founded in 753 BC.", timex: "BC0753", value: "-0752", start: "-000752-01-01T00:00:00.000Z" },
    { text: "Caesar was killed in 44 B.C.", timex: "BC0044", value: "-0043", start: "-000043-01-01T00:00:00.000Z" },
    { text: "The census was taken in 1 BCE.", timex: "BC0001", value: "0000", start: "0000-01-01T00:00:00.000Z" },
  ])("dates a BCE year: $text", ({ text, timex, value, start }) => {
    const r = parseDocument(text, { published: PUBLISHED });
    expect(r.mentions.map((m) => m.timex.value)).toEqual([timex]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]?.date).toMatchObject({ value, precision: "year", start });
  });
});

describe("parseDocument: sentences and events", () => {
  it.each([
    { text: "Blinken said.Moscow launched its operation in February 2022.", sentence: "Moscow launched its operation in February 2022." },
    { text: "U.S. Secretary of State Antony Blinken met Scholz on 08.04.2023 in Berlin.", sentence: "U.S. Secretary of State Antony Blinken met Scholz on 08.04.2023 in Berlin." },
    { text: "The index rose 6.5 percent in March 2023 after a fall.", sentence: "The index rose 6.5 percent in March 2023 after a fall." },
    { text: "Mr. Smith left. He returned in June 2022. Nobody knew.", sentence: "He returned in June 2022." },
    { text: 'He said "we are done." Talks collapsed in May 2021.', sentence: "Talks collapsed in May 2021." },
  ])("splits sentences correctly in $text", ({ text, sentence }) => {
    const { events } = parseDocument(text, { published: PUBLISHED });
    expect(events.map((e) => e.sentence)).toEqual([sentence]);
    expect(events[0]?.span).toEqual({ start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length });
  });

  it("ends a sentence after a sentence-final a.m. before a new clause", () => {
    const text = "Russian shelling of Kharkiv stopped at 5 a.m. A ceasefire was declared on Friday.";
    const { events } = parseDocument(text, { published: PUBLISHED });
    expect(events.map((e) => [e.sentence, e.date.value, e.title])).toEqual([
      ["Russian shelling of Kharkiv stopped at 5 a.m.", "2023-04-08T05:00", "Russian shelling of Kharkiv stopped"],
      ["A ceasefire was declared on Friday.", "2023-04-07", "A ceasefire was declared"],
    ]);
  });

  it("collapses a repeated sentence into one event", () => {
    const s = "Moscow launched its operation in February 2022.";
    const r = parseDocument(`${s}\nOther news followed.\n${s} ${s}`, { published: PUBLISHED });
    expect(r.events).toHaveLength(1);
    expect(r.mentions).toHaveLength(3);
    expect(r.events[0]?.span).toEqual({ start: 0, end: s.length });
  });

  it.each([
    { kind: "header", text: "date 2023-04-08 International\nNothing dated here." },
    { kind: "publication timestamp", text: "06:05 GMT 08.04.2023\nNothing dated here." },
    { kind: "caption with credit", text: "Ukrainian soldiers fire at Russian positions - Sputnik International, 1920, 08.04.2023" },
    { kind: "photo caption", text: "Protesters gather in Paris on March 3, 2023 (Photo: Reuters)" },
    { kind: "heading", text: "Talks Collapse In Geneva On April 7, 2023" },
    { kind: "label without a verb", text: "Secretary of State Antony Blinken, April 2023" },
    { kind: "date-only line", text: "Updated: 08.04.2023, 10:00." },
  ])("keeps a $kind out of events", ({ text }) => {
    const r = parseDocument(text, { published: PUBLISHED });
    expect(r.events).toEqual([]);
  });

  it("strips a press dateline from the title but keeps it in the sentence", () => {
    const text = "MOSCOW (Sputnik) - Russia launched the operation in February 2022.";
    const [event] = parseDocument(text, { published: PUBLISHED }).events;
    expect(event?.title).toBe("Russia launched the operation");
    expect(event?.sentence).toBe(text);
  });

  it("does not date events by a press dateline's filing date", () => {
    const text = "WASHINGTON, August 11 (Xinhua) -- The secretary met envoys on Monday.";
    const r = parseDocument(text, { published: "2023-08-11" });
    expect(r.mentions.map((m) => m.text)).toEqual(["August 11", "Monday"]);
    expect(r.events.map((e) => [e.date.value, e.title])).toEqual([["2023-08-07", "The secretary met envoys"]]);
  });

  it.each([
    { text: "Moscow launched its special military operation in Ukraine in February 2022, amid the Kiev regime’s ramped-up attacks on the Donbass republics.", title: "Moscow launched its special military operation in Ukraine" },
    { text: "Russia has insisted that it is open for talks, even after Ukrainian President Volodymyr Zelensky signed a decree prohibiting negotiations with Moscow in October 2022.", title: "Volodymyr Zelensky signed a decree prohibiting negotiations with Moscow" },
    { text: "On Friday, the minister resigned after weeks of pressure.", title: "The minister resigned after weeks of pressure" },
    { text: "The index fell 2.5 percent on March 3, 2023, analysts said.", title: "The index fell 2.5 percent, analysts said" },
    { text: "The envoy arrived at 10:30 a.m. on April 7, 2023, in Kyiv.", title: "The envoy arrived in Kyiv" },
    { text: "Nevertheless, officials over the weekend became more open in their statements.", title: "Officials became more open in their statements" },
    { text: "Since 2019, three ministers, including the premier, have resigned.", title: "Three ministers, including the premier, have resigned" },
    { text: 'Blinken claimed during his meeting with German press on Friday that Russia had to demonstrate its willingness to engage in "constructive negotiations" with the goal of a "just and lasting peace."', title: "Blinken claimed during his meeting with German press" },
  ])("titles $title", ({ text, title }) => {
    const [event] = parseDocument(text, { published: PUBLISHED }).events;
    expect(event?.title).toBe(title);
    expect(event?.title.length).toBeLessThanOrEqual(90);
  });

  it.each([
    { text: "Inflation in the region rose from 2014 to 2022.", start: "2014-01-01T00:00:00.000Z", end: "2023-01-01T00:00:00.000Z", title: "Inflation in the region rose" },
    { text: "Talks were held between May and June 2022 in Geneva.", start: "2022-05-01T00:00:00.000Z", end: "2022-07-01T00:00:00.000Z", title: "Talks were held in Geneva" },
    { text: "The summit in Paris ran from March 3 to March 5, 2023, officials said.", start: "2023-03-03T00:00:00.000Z", end: "2023-03-06T00:00:00.000Z", title: "The summit in Paris ran, officials said" },
    { text: "The freeze in the north lasted from December to March 2023.", start: "2022-12-01T00:00:00.000Z", end: "2023-04-01T00:00:00.000Z", title: "The freeze in the north lasted" },
    { text: "The drought in the south lasted from May to October last year.", start: "2022-05-01T00:00:00.000Z", end: "2022-11-01T00:00:00.000Z", title: "The drought in the south lasted" },
    { text: "Shelling of the city lasted from 1 a.m. to 5 a.m. on 26 March 2023.", start: "2023-03-26T01:00:00.000Z", end: "2023-03-26T05:01:00.000Z", title: "Shelling of the city lasted" },
  ])("dates a range by both ends: $text", ({ text, start, end, title }) => {
    const [event] = parseDocument(text, { published: PUBLISHED, timezone: "UTC" }).events;
    expect(event?.date).toMatchObject({ start, end });
    expect(event?.title).toBe(title);
  });

  it.each([
    "The vote was postponed from Friday to Monday by the speaker.",
    "Sales of the company rose 5% in 2021 to 2022 levels.",
  ])("keeps two dates that are no range apart: %s", (text) => {
    const r = parseDocument(text, { published: PUBLISHED, timezone: "UTC" });
    const [event] = r.events;
    const first = r.mentions[0]?.date;
    expect(r.mentions).toHaveLength(2);
    expect(event?.date).toEqual(first);
  });

  it("never titles beyond 90 characters nor ends on a function word", () => {
    const text =
      "The committee of the regional parliament of the northern province approved the long awaited and much debated budget of the agricultural ministry for the coming season in March 2023.";
    const [event] = parseDocument(text, { published: PUBLISHED }).events;
    expect(event?.title.length).toBeLessThanOrEqual(90);
    expect(event?.title).not.toMatch(/\b(the|of|for|and|a|in)$/);
    expect(text.startsWith(event?.title.slice(0, 20) ?? "")).toBe(true);
  });

  it("caps events at maxEvents with a warning", () => {
    const text = ["January", "February", "March", "April", "May"].map((m) => `The council met in ${m} 2021.`).join(" ");
    const r = parseDocument(text, { published: PUBLISHED, maxEvents: 2 });
    expect(r.events.map((e) => e.date.value)).toEqual(["2021-01", "2021-02"]);
    expect(r.warnings.map((w) => w.code)).toContain("events-capped");
  });
});

describe("parseDocument: hardening", () => {
  it("maps offsets back to the original text through BOM, controls, whitespace runs and NFD", () => {
    const text = "\uFEFFCaf\u0065\u0301 owners \u0007met \t\t  in   February\u00A0 2022 .\r\n\r\n\r\nThe  talks   ended on Friday.";
    const r = parseDocument(text, { published: PUBLISHED });
    expect(r.mentions.map((m) => m.text)).toEqual(["February\u00A0 2022", "Friday"]);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const e of r.events) expect(text.slice(e.span.start, e.span.end)).toBe(e.sentence);
    expect(r.warnings.map((w) => w.code)).toContain("control-characters");
  });

  it("parses long text in chunks without losing mentions", () => {
    const sentence = "The council met in February 2022 and argued at length about budgets. ";
    const text = sentence.repeat(Math.ceil(200_000 / sentence.length));
    const r = parseDocument(text, { published: PUBLISHED });
    expect(r.mentions).toHaveLength(Math.ceil(200_000 / sentence.length));
    expect(r.mentions.every((m) => text.slice(m.start, m.end) === "February 2022")).toBe(true);
    expect(r.events).toHaveLength(1);
  });

  it("drops implausible years with a warning", () => {
    const r = parseDocument("The vault will open on 9999/12/31.", { published: PUBLISHED });
    expect(r.mentions).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain("year-out-of-range");
  });

  it("keeps only fully stated dates when no publication date is known", () => {
    const r = parseDocument("He arrived on Friday and left in March 2020.");
    expect(r.document.published).toBeNull();
    expect(r.mentions.map((m) => m.timex.value)).toEqual(["2020-03"]);
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["no-published-date", "unresolved-relative"]));
  });

  // Without a reference, an expression counted from it is left out (warning `unresolved-relative`,
  // no mention, no event), whatever its kind: no value is computed from a made-up year.
  it.each([
    { text: "The company will report results in early October this year.", span: "early October this year" },
    { text: "The plant closed in October last year.", span: "October last year" },
    { text: "The plant will reopen in April next year.", span: "April next year" },
    { text: "Output peaked the week of March 6.", span: "the week of March 6" },
    { text: "The firm thrived in the '80s.", span: "the '80s" },
    { text: "The firm thrived in the nineties.", span: "the nineties" },
    { text: "Profit in the 1988 period was restated.", span: "the 1988 period" },
    { text: "Sales rose this year.", span: "this year" },
    { text: "Police arrested him last week.", span: "last week" },
    { text: "He resigned yesterday.", span: "yesterday" },
    { text: "He resigned on Friday.", span: "Friday" },
    { text: "Prices rose in October.", span: "October" },
  ])("leaves out $span without a reference date", ({ text, span }) => {
    const r = parseDocument(text);
    expect(r.mentions).toEqual([]);
    expect(r.events).toEqual([]);
    const start = text.indexOf(span);
    expect(r.warnings.filter((w) => w.code === "unresolved-relative").map((w) => [w.start, w.end])).toEqual([[start, start + span.length]]);
  });

  it.each([
    { text: "The company reported results in early October 1998.", value: "1998-10", mod: "START" },
    { text: "Output peaked the week of March 6, 1998.", value: "1998-W10", mod: undefined },
    { text: "The firm thrived in the 1980s.", value: "198", mod: undefined },
  ])("keeps $value stated in full without a reference date", ({ text, value, mod }) => {
    const r = parseDocument(text);
    expect(r.mentions.map((m) => [m.timex.value, m.timex.mod, m.resolution.rule])).toEqual([[value, mod, "absolute"]]);
  });

  // Counted from a date the text states in full, a value needs no reference: range starts and
  // narrative anchoring keep working; counted from a relative date, it is left out too.
  it.each([
    { text: "Talks were held between May and June 2022 in Geneva.", values: ["2022-05", "2022-06"], title: "Talks were held in Geneva" },
    { text: "The freeze lasted from December to March 2023.", values: ["2022-12", "2023-03"], title: "The freeze lasted" },
    { text: "On March 5, 2020, he left. Three days later, he returned.", values: ["2020-03-05", "2020-03-08"], title: "On March 5, 2020, he left" },
    { text: "He left on Friday. Three days later, he returned.", values: [], title: undefined },
  ])("without a reference date keeps $values in “$text”", ({ text, values, title }) => {
    const r = parseDocument(text);
    expect(r.mentions.map((m) => m.timex.value)).toEqual(values);
    expect(r.events[0]?.title).toBe(title);
  });

  it.each([
    { text: "In early October this year, the company moved.", published: "2023-04-08", value: "2023-10", rule: "relative-to-published" },
    { text: "The firm thrived in the '90s.", published: "2023-04-08", value: "199", rule: "relative-to-published" },
    { text: "The firm thrived in the twenties.", published: "2023-04-08", value: "202", rule: "relative-to-published" },
    { text: "The firm thrived in the twenties.", published: "1998-08-07", value: "192", rule: "relative-to-published" },
  ])("counts $value from the reference in “$text” ($published)", ({ text, published, value, rule }) => {
    const [m] = parseDocument(text, { published }).mentions;
    expect([m?.timex.value, m?.resolution.rule, m?.resolution.anchor]).toEqual([value, rule, published]);
  });

  it.each([
    { options: { published: "2023-13-01" }, message: 'invalid published date: "2023-13-01"' },
    { options: { published: "yesterday" }, message: 'invalid published date: "yesterday"' },
    { options: { published: new Date(Number.NaN) }, message: "invalid published date" },
    { options: { timezone: "Mars/Olympus" }, message: 'invalid timezone: "Mars/Olympus"' },
    { options: { locale: "fr" }, message: 'invalid locale: "fr"' },
    { options: { locale: "!!" }, message: 'invalid locale: "!!"' },
    { options: { maxEvents: -1 }, message: "invalid maxEvents: -1" },
  ])("throws for $message", ({ options, message }) => {
    expect(() => parseDocument("Text.", options as ParseOptions)).toThrow(message);
  });

  it.each([
    { text: "" },
    { text: " \n\t " },
    { text: "\u0000\u0001\uD800" },
    { text: "1 ".repeat(5000) },
    { text: "January ".repeat(3000) },
  ])("returns a result for odd text %#", ({ text }) => {
    const r = parseDocument(text, { published: PUBLISHED });
    expect(r.document.length).toBe(text.length);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("parseDocument: things that are not dates", () => {
  it("dates an event by its sentence's date, not by a year in a URL path", () => {
    const text = "The council posted https://data.example.org/releases/2021/report.pdf on 3 May 2021, officials said.";
    const r = parseDocument(text, { published: PUBLISHED });
    expect(r.mentions.map((m) => m.text)).toEqual(["3 May 2021"]);
    expect(r.events.map((e) => e.date.value)).toEqual(["2021-05-03"]);
  });

  it.each([
    { text: "The army sent 2000 soldiers to the front." },
    { text: "In 2000 soldiers were sent to the front." },
    { text: "Upgrade to version 1.5.3 for the patch." },
    { text: "Call 555-123-4567 for details." },
    { text: "The final score was 3-1 after extra time." },
    { text: "The parcel weighs 6.5 kg." },
    { text: "The server at 192.168.1.1 went down." },
    { text: "A ticket costs $5.30 or 4.50 euros." },
    { text: "The loss was $70.7 million, or $12.09 a share." },
    { text: "The dignitaries sat in a row while the march went on." },
    { text: "The alliance grew from 16 members to 19." },
    { text: "Inflation reached 10.2 percent." },
    { text: "The vote was 52-48 in favour." },
    { text: "Turn to page 12/13 of the report." },
    { text: "He scored 21 points and 11 rebounds." },
    { text: "The council posted https://data.example.org/releases/2021/report.pdf for everyone." },
    { text: "Read it at www.example.org/news/2019/05/story.html for details." },
    { text: "The file is at example.com/archive/2018-03-04/notes.txt on the server." },
  ])("finds no date in $text", ({ text }) => {
    const r = parseDocument(text, { published: PUBLISHED });
    expect(r.mentions.map((m) => m.text)).toEqual([]);
    expect(r.events).toEqual([]);
  });
});
