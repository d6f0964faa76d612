import { describe, expect, it } from "vitest";
import { zoomIdentity } from "d3";
import { createBaseScale, viewScale } from "./scale";
import { axisTicks, chooseTickLevel, formatYear } from "./ticks";

const utc = (iso: string) => new Date(iso);
const bounds = { x0: 0, x1: 1000 };

describe("axisTicks", () => {
  it.each([
    { domain: ["1900-01-01T00:00Z", "2030-01-01T00:00Z"], level: "20 years", first: ["1900", "1920", "1940"] },
    { domain: ["1990-01-01T00:00Z", "2030-01-01T00:00Z"], level: "5 years", first: ["1990", "1995", "2000"] },
    { domain: ["2022-01-15T00:00Z", "2023-05-01T00:00Z"], level: "quarter", first: ["Apr", "Jul", "Oct", "2023"] },
    { domain: ["2022-11-01T00:00Z", "2023-05-01T00:00Z"], level: "month", first: ["Nov", "Dec", "2023", "Feb"] },
    { domain: ["2023-03-28T00:00Z", "2023-04-08T00:00Z"], level: "day", first: ["Mar 28", "Mar 29", "Mar 30", "Mar 31", "Apr"] },
    { domain: ["2023-04-06T20:00Z", "2023-04-07T12:00Z"], level: "3 hours", first: ["21:00", "Apr 7", "03:00"] },
    { domain: ["2023-04-07T05:00Z", "2023-04-07T12:00Z"], level: "hour", first: ["05:00", "06:00", "07:00"] },
  ])("labels $level ticks for $domain", ({ domain, level, first }) => {
    const scale = createBaseScale([utc(domain[0] as string), utc(domain[1] as string)], bounds);
    const result = axisTicks(scale);
    expect(result.level.name).toBe(level);
    expect(result.ticks.slice(0, first.length).map((t) => t.label)).toEqual(first);
  });

  it.each([
    { k: 1, level: "5 years" },
    { k: 3, level: "year" },
    { k: 8, level: "6 months" },
    { k: 60, level: "month" },
    { k: 1500, level: "day" },
    { k: 10000, level: "3 hours" },
    { k: 40000, level: "hour" },
  ])("gets finer as the zoom factor grows (k = $k → $level)", ({ k, level }) => {
    const base = createBaseScale([utc("2000-01-01T00:00Z"), utc("2030-01-01T00:00Z")], bounds);
    const view = viewScale(base, zoomIdentity.translate(-500 * (k - 1), 0).scale(k));
    expect(axisTicks(view).level.name).toBe(level);
  });

  it.each([{ width: 200 }, { width: 800 }, { width: 1600 }])("keeps ticks at least 80 px apart at width $width", ({ width }) => {
    const scale = createBaseScale([utc("2021-06-01T00:00Z"), utc("2023-06-01T00:00Z")], { x0: 0, x1: width });
    const xs = axisTicks(scale).ticks.map((t) => t.x);
    expect(xs.length).toBeGreaterThan(0);
    for (let i = 1; i < xs.length; i++) expect((xs[i] as number) - (xs[i - 1] as number)).toBeGreaterThanOrEqual(70);
  });
});

describe("chooseTickLevel", () => {
  it.each([
    { span: ["0001-01-01T00:00Z", "2001-01-01T00:00Z"], width: 1000, level: "500 years" },
    { span: ["2023-04-07T00:00Z", "2023-04-07T04:00Z"], width: 1000, level: "hour" },
    { span: ["2023-01-01T00:00Z", "2023-03-01T00:00Z"], width: 1000, level: "week" },
  ])("picks $level for $span", ({ span, width, level }) => {
    expect(chooseTickLevel([utc(span[0] as string), utc(span[1] as string)], width).name).toBe(level);
  });
});

describe("formatYear", () => {
  it.each([
    { year: 2022, text: "2022" },
    { year: 1, text: "1" },
    { year: 0, text: "1 BCE" },
    { year: -43, text: "44 BCE" },
  ])("writes year $year as $text", ({ year, text }) => {
    const d = new Date(Date.UTC(2000, 0, 1));
    d.setUTCFullYear(year);
    expect(formatYear(d)).toBe(text);
  });
});
