import { describe, expect, it } from "vitest";
import { DateInput, DateValue, EventInput, EventQuery } from "./index.ts";

describe("DateValue", () => {
  it.each([
    { value: "2022-02", precision: "month", start: "2022-02-01T00:00:00.000Z", end: "2022-03-01T00:00:00.000Z", ok: true },
    { value: "2023-04-07", precision: "day", start: "2023-04-07T00:00:00.000Z", end: "2023-04-08T00:00:00.000Z", ok: true },
    { value: "2022-02", precision: "month", start: "2022-03-01T00:00:00.000Z", end: "2022-02-01T00:00:00.000Z", ok: false },
    { value: "2022-02", precision: "fortnight", start: "2022-02-01T00:00:00.000Z", end: "2022-03-01T00:00:00.000Z", ok: false },
    { value: "2022-02", precision: "month", start: "February", end: "2022-03-01T00:00:00.000Z", ok: false },
    { value: "-0043", precision: "year", start: "-000043-01-01T00:00:00.000Z", end: "-000042-01-01T00:00:00.000Z", ok: true },
    { value: "-0043", precision: "year", start: "-000043-13-01T00:00:00.000Z", end: "-000042-01-01T00:00:00.000Z", ok: false },
  ])("DateValue.safeParse($value, $precision, $start) → $ok", ({ ok, ...input }) => {
    expect(DateValue.safeParse(input).success).toBe(ok);
  });
});

describe("DateInput", () => {
  // What an editor or a reviewed import submits: the interval must be the value's.
  it.each([
    { value: "2020-06-02", precision: "day", start: "2020-06-02T00:00:00.000Z", end: "2020-06-03T00:00:00.000Z", ok: true },
    { value: "2023-03-03", precision: "day", start: "2023-03-03T00:00:00.000Z", end: "2023-03-06T00:00:00.000Z", ok: true }, // March 3-5
    { value: "2022-W05", precision: "week", start: "2022-01-31T00:00:00.000Z", end: "2022-02-07T00:00:00.000Z", ok: true },
    { value: "202", precision: "decade", start: "2020-01-01T00:00:00.000Z", end: "2030-01-01T00:00:00.000Z", ok: true },
    { value: "-0043", precision: "year", start: "-000043-01-01T00:00:00.000Z", end: "-000042-01-01T00:00:00.000Z", ok: true }, // 44 BCE
    { value: "-0043", precision: "year", start: "0043-01-01T00:00:00.000Z", end: "0044-01-01T00:00:00.000Z", ok: false },
    { value: "2023-04-07T09:30", precision: "minute", start: "2023-04-07T06:30:00.000Z", end: "2023-04-07T06:31:00.000Z", ok: true }, // Kyiv, UTC+3
    { value: "2020-06-02", precision: "day", start: "1990-01-01T00:00:00.000Z", end: "2030-01-01T00:00:00.000Z", ok: false },
    { value: "2020-06-02", precision: "day", start: "2020-06-02T00:00:00.000Z", end: "2020-06-02T12:00:00.000Z", ok: false },
    { value: "2020-06", precision: "day", start: "2020-06-01T00:00:00.000Z", end: "2020-07-01T00:00:00.000Z", ok: false },
    { value: "2023-02-30", precision: "day", start: "2023-03-02T00:00:00.000Z", end: "2023-03-03T00:00:00.000Z", ok: false },
    { value: "2023-04-07T09:30", precision: "minute", start: "2023-04-08T09:30:00.000Z", end: "2023-04-08T09:31:00.000Z", ok: false },
  ])("DateInput.safeParse($value, $precision, $start … $end) → $ok", ({ ok, ...input }) => {
    expect(DateInput.safeParse(input).success).toBe(ok);
  });

  it("is what EventInput checks", () => {
    const date = { value: "2020-06-02", precision: "day", start: "1990-01-01T00:00:00.000Z", end: "2030-01-01T00:00:00.000Z" };
    expect(EventInput.safeParse({ title: "A", date }).success).toBe(false);
  });
});

describe("EventQuery", () => {
  it("rejects a window whose end precedes its start", () => {
    const r = EventQuery.safeParse({ from: "2023-01-01T00:00:00Z", to: "2022-01-01T00:00:00Z" });
    expect(r.success).toBe(false);
  });
  it("accepts an empty query", () => {
    expect(EventQuery.parse({})).toEqual({});
  });
});

describe("EventInput", () => {
  const date = { value: "2022", precision: "year", start: "2022-01-01T00:00:00.000Z", end: "2023-01-01T00:00:00.000Z" };
  it.each([
    { sourceUrl: "https://example.org/a", ok: true },
    { sourceUrl: "http://example.org/a", ok: true },
    { sourceUrl: "javascript:alert(1)", ok: false },
    { sourceUrl: "data:text/html,<script>alert(1)</script>", ok: false },
    { sourceUrl: "ftp://example.org/a", ok: false },
  ])("EventInput accepts only http(s) source URLs: $sourceUrl → $ok", ({ sourceUrl, ok }) => {
    expect(EventInput.safeParse({ title: "A", date, sourceUrl }).success).toBe(ok);
  });
  it.each([
    { tags: ["politics", "  Ukraine war "], ok: true },
    { tags: ["économie", "日本"], ok: true },
    { tags: ["a\u001fb"], ok: false },
    { tags: ["line\nbreak"], ok: false },
    { tags: [" "], ok: false },
    { tags: ["x".repeat(51)], ok: false },
  ])("tag names are 1–50 characters without control characters: $tags → $ok", ({ tags, ok }) => {
    const r = EventInput.safeParse({ title: "A", date, tags });
    expect(r.success).toBe(ok);
    if (!r.success && tags[0]?.includes("\u001f")) expect(r.error.issues[0]?.message).toBe("Tag names cannot contain control characters");
  });
  it("requires a title", () => {
    const r = EventInput.safeParse({ title: "  ", date });
    expect(r.success).toBe(false);
  });
});
