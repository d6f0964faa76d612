import { describe, expect, it } from "vitest";
import type { Precision, TimexMod } from "@dateline/schema";
import { formatDate, formatDateWithPrecision, formatPublished, formatViewRange } from "./dateText";

describe("formatDateWithPrecision", () => {
  it.each<{ value: string; precision: Precision; start: string; end: string; mod?: TimexMod; expected: string }>([
    { value: "2022-02", precision: "month", start: "2022-02-01T00:00:00.000Z", end: "2022-03-01T00:00:00.000Z", expected: "February 2022 (month)" },
    { value: "2022-10", precision: "month", start: "2022-10-01T00:00:00.000Z", end: "2022-11-01T00:00:00.000Z", expected: "October 2022 (month)" },
    { value: "2023-04-07", precision: "day", start: "2023-04-07T00:00:00.000Z", end: "2023-04-08T00:00:00.000Z", expected: "7 April 2023 (day)" },
    { value: "2022", precision: "year", start: "2022-01-01T00:00:00.000Z", end: "2023-01-01T00:00:00.000Z", expected: "2022 (year)" },
    { value: "2022-Q3", precision: "quarter", start: "2022-07-01T00:00:00.000Z", end: "2022-10-01T00:00:00.000Z", expected: "Q3 2022 (quarter)" },
    { value: "2022-H2", precision: "half", start: "2022-07-01T00:00:00.000Z", end: "2023-01-01T00:00:00.000Z", expected: "second half of 2022 (half)" },
    { value: "199", precision: "decade", start: "1990-01-01T00:00:00.000Z", end: "2000-01-01T00:00:00.000Z", expected: "1990s (decade)" },
    { value: "19", precision: "century", start: "1900-01-01T00:00:00.000Z", end: "2000-01-01T00:00:00.000Z", expected: "20th century (century)" },
    { value: "2023-04-08T06:05", precision: "minute", start: "2023-04-08T06:05:00.000Z", end: "2023-04-08T06:06:00.000Z", expected: "8 April 2023, 06:05 UTC (minute)" },
    { value: "2022", precision: "year", start: "2022-01-01T00:00:00.000Z", end: "2023-01-01T00:00:00.000Z", mod: "START", expected: "early 2022 (year)" },
    { value: "2019", precision: "year", start: "2019-01-01T00:00:00.000Z", end: "2020-01-01T00:00:00.000Z", mod: "APPROX", expected: "about 2019 (year)" },
  ])("writes $value ($precision, $mod) as $expected", ({ expected, ...date }) => {
    expect(formatDateWithPrecision(date)).toBe(expected);
  });

  it.each<{ precision: Precision; start: string; end: string; expected: string }>([
    { precision: "year", start: "2014-01-01T00:00:00.000Z", end: "2023-01-01T00:00:00.000Z", expected: "2014 – 2022" },
    { precision: "day", start: "2023-03-03T00:00:00.000Z", end: "2023-03-06T00:00:00.000Z", expected: "3–5 March 2023" },
    { precision: "day", start: "2023-02-27T00:00:00.000Z", end: "2023-03-02T00:00:00.000Z", expected: "27 February 2023 – 1 March 2023" },
    { precision: "month", start: "2022-12-01T00:00:00.000Z", end: "2023-04-01T00:00:00.000Z", expected: "December 2022 – March 2023" },
    { precision: "minute", start: "2023-03-26T01:00:00.000Z", end: "2023-03-26T05:01:00.000Z", expected: "26 March 2023, 01:00–05:00 UTC" },
  ])("writes a $precision range over [$start, $end) as $expected", ({ precision, start, end, expected }) => {
    expect(formatDate({ value: start.slice(0, 10), precision, start, end })).toBe(expected);
  });

  it("writes years before the common era", () => {
    expect(formatDate({ value: "-0043", precision: "year", start: "-000043-01-01T00:00:00.000Z", end: "-000042-01-01T00:00:00.000Z" })).toBe("44 BCE");
  });
});

describe("formatPublished", () => {
  it.each<{ iso: string; precision: Precision | null; expected: string }>([
    { iso: "2023-04-08T06:05:00.000Z", precision: "minute", expected: "8 April 2023, 06:05 UTC" },
    { iso: "2023-04-08T00:00:00.000Z", precision: "day", expected: "8 April 2023" },
    { iso: "2023-04-08T06:05:00.000Z", precision: null, expected: "8 April 2023, 06:05 UTC" },
  ])("writes $iso at $precision", ({ iso, precision, expected }) => {
    expect(formatPublished(iso, precision)).toBe(expected);
  });
});

describe("formatViewRange", () => {
  it.each([
    { from: "2022-01-06T00:00:00Z", to: "2023-05-03T00:00:00Z", expected: "6 Jan 2022 – 3 May 2023" },
    { from: "2023-04-07T06:00:00Z", to: "2023-04-08T18:30:00Z", expected: "7 Apr 2023, 06:00 – 8 Apr 2023, 18:30 UTC" },
  ])("writes $from … $to as $expected", ({ from, to, expected }) => {
    expect(formatViewRange([new Date(from), new Date(to)])).toBe(expected);
  });
});
