import { describe, expect, it } from "vitest";
import {
  type DateParts,
  type Precision,
  addMonths,
  formatDuration,
  formatValue,
  isTimexValue,
  isoWeekOf,
  parseReferenceDate,
  toDateValue,
  zoneOffsetMinutes,
} from "../src/date/index.js";

describe("toDateValue", () => {
  it.each<{ parts: DateParts; precision: Precision; value: string; start: string; end: string }>([
    { parts: { year: 2022, month: 2 }, precision: "month", value: "2022-02", start: "2022-02-01T00:00:00.000Z", end: "2022-03-01T00:00:00.000Z" },
    { parts: { year: 2024, month: 2 }, precision: "month", value: "2024-02", start: "2024-02-01T00:00:00.000Z", end: "2024-03-01T00:00:00.000Z" },
    { parts: { year: 2022, month: 12 }, precision: "month", value: "2022-12", start: "2022-12-01T00:00:00.000Z", end: "2023-01-01T00:00:00.000Z" },
    { parts: { year: 2023, month: 4, day: 7 }, precision: "day", value: "2023-04-07", start: "2023-04-07T00:00:00.000Z", end: "2023-04-08T00:00:00.000Z" },
    { parts: { year: 2022 }, precision: "year", value: "2022", start: "2022-01-01T00:00:00.000Z", end: "2023-01-01T00:00:00.000Z" },
    { parts: { year: 1998 }, precision: "decade", value: "199", start: "1990-01-01T00:00:00.000Z", end: "2000-01-01T00:00:00.000Z" },
    { parts: { year: 1998 }, precision: "century", value: "19", start: "1900-01-01T00:00:00.000Z", end: "2000-01-01T00:00:00.000Z" },
    { parts: { year: 1998, quarter: 3 }, precision: "quarter", value: "1998-Q3", start: "1998-07-01T00:00:00.000Z", end: "1998-10-01T00:00:00.000Z" },
    { parts: { year: 1998, half: 2 }, precision: "half", value: "1998-H2", start: "1998-07-01T00:00:00.000Z", end: "1999-01-01T00:00:00.000Z" },
    { parts: { year: 1997, season: "WI" }, precision: "season", value: "1997-WI", start: "1997-12-01T00:00:00.000Z", end: "1998-03-01T00:00:00.000Z" },
    { parts: { year: 2021, week: 1 }, precision: "week", value: "2021-W01", start: "2021-01-04T00:00:00.000Z", end: "2021-01-11T00:00:00.000Z" },
    { parts: { year: 2023, month: 4, day: 8, hour: 6, minute: 5 }, precision: "minute", value: "2023-04-08T06:05", start: "2023-04-08T06:05:00.000Z", end: "2023-04-08T06:06:00.000Z" },
    { parts: { year: 2023, month: 4, day: 8, hour: 6 }, precision: "hour", value: "2023-04-08T06", start: "2023-04-08T06:00:00.000Z", end: "2023-04-08T07:00:00.000Z" },
  ])("$value ($precision)", ({ parts, precision, value, start, end }) => {
    expect(toDateValue(parts, precision)).toEqual({ value, precision, start, end });
    expect(isTimexValue(value)).toBe(true);
  });

  it("shifts wall-clock times by the zone offset, not calendar dates", () => {
    const parts = { year: 2023, month: 4, day: 8, hour: 6, minute: 5 };
    expect(toDateValue(parts, "minute", 345).start).toBe("2023-04-08T00:20:00.000Z");
    expect(toDateValue(parts, "day", 345).start).toBe("2023-04-08T00:00:00.000Z");
  });

  it.each<{ parts: DateParts; precision: Precision }>([
    { parts: { year: 2023, month: 2, day: 29 }, precision: "day" },
    { parts: { year: 2023, month: 13 }, precision: "month" },
    { parts: { year: 2022, week: 53 }, precision: "week" },
    { parts: { year: -97975 }, precision: "year" },
    { parts: { year: 2023, quarter: 5 }, precision: "quarter" },
  ])("rejects $parts at $precision", ({ parts, precision }) => {
    expect(() => toDateValue(parts, precision)).toThrow(/invalid date|year out of range/);
  });
});

describe("calendar helpers", () => {
  it.each([
    { d: { year: 2023, month: 1, day: 1 }, week: { year: 2022, week: 52 } },
    { d: { year: 2020, month: 12, day: 31 }, week: { year: 2020, week: 53 } },
    { d: { year: 2023, month: 4, day: 8 }, week: { year: 2023, week: 14 } },
  ])("isoWeekOf($d)", ({ d, week }) => expect(isoWeekOf(d)).toEqual(week));

  it.each([
    { d: { year: 2023, month: 1, day: 31 }, n: 1, expected: { year: 2023, month: 2, day: 28 } },
    { d: { year: 2024, month: 1, day: 31 }, n: 1, expected: { year: 2024, month: 2, day: 29 } },
    { d: { year: 2023, month: 3, day: 15 }, n: -3, expected: { year: 2022, month: 12, day: 15 } },
  ])("addMonths($d, $n) uses real month lengths", ({ d, n, expected }) => expect(addMonths(d, n)).toEqual(expected));

  it.each([
    { zone: "UTC", iso: "2023-04-08T06:05:00Z", offset: 0 },
    { zone: "Asia/Kathmandu", iso: "2023-04-08T06:05:00Z", offset: 345 },
    { zone: "America/Los_Angeles", iso: "2023-04-08T06:05:00Z", offset: -420 },
    { zone: "America/Los_Angeles", iso: "2023-01-08T06:05:00Z", offset: -480 },
  ])("zoneOffsetMinutes($zone, $iso)", ({ zone, iso, offset }) => expect(zoneOffsetMinutes(zone, Date.parse(iso))).toBe(offset));
});

describe("parseReferenceDate", () => {
  it.each([
    { input: "2023-04-08", zone: "UTC", value: "2023-04-08", precision: "day" },
    { input: "2023-04", zone: "UTC", value: "2023-04", precision: "month" },
    { input: "2023", zone: "UTC", value: "2023", precision: "year" },
    { input: "2023-04-08T06:05Z", zone: "UTC", value: "2023-04-08T06:05", precision: "minute" },
    { input: "2023-04-08T06:05:30+02:00", zone: "UTC", value: "2023-04-08T04:05:30", precision: "second" },
    { input: "2023-04-08T06:05", zone: "Asia/Kathmandu", value: "2023-04-08T06:05", precision: "minute" },
    { input: "2023-04-08T06:05Z", zone: "Asia/Kathmandu", value: "2023-04-08T11:50", precision: "minute" },
  ])("$input in $zone", ({ input, zone, value, precision }) => {
    const ref = parseReferenceDate(input, zone);
    expect(ref.date.value).toBe(value);
    expect(ref.date.precision).toBe(precision);
  });

  it("uses noon of a date-only reference in the zone as the instant", () => {
    expect(new Date(parseReferenceDate("2023-04-08", "Asia/Kathmandu").instantMs).toISOString()).toBe("2023-04-08T06:15:00.000Z");
  });

  it.each(["2023-02-29", "2023-13-01", "08.04.2023", "", "2023-04-08T25:00", "tomorrow"])("rejects %j", (input) => {
    expect(() => parseReferenceDate(input)).toThrow(`invalid reference date: "${input}"`);
  });
});

describe("isTimexValue and formatValue", () => {
  it.each(["2022", "199", "2022-02", "2022-W07", "2022-Q1", "2022-SU", "2023-04-07T06:05", "PRESENT_REF", "P3Y", "PT2H", "XXXX-WXX-1"])(
    "accepts %s",
    (v) => expect(isTimexValue(v)).toBe(true),
  );
  it.each(["2022-13", "2022-02-01T12:00:00.000Z", "Feb 2022", "P", "2022-W54", ""])("rejects %j", (v) => expect(isTimexValue(v)).toBe(false));
  it("pads years to four digits", () => expect(formatValue({ year: 33 }, "year")).toBe("0033"));
  it.each([
    { amount: 3, unit: "year", value: "P3Y" },
    { amount: 2, unit: "hour", value: "PT2H" },
    { amount: 1, unit: "quarter", value: "P3M" },
    { amount: 2, unit: "decade", value: "P20Y" },
    { amount: null, unit: "week", value: "PXW" },
  ] as const)("formatDuration($amount, $unit) = $value", ({ amount, unit, value }) => {
    expect(formatDuration(amount, unit)).toBe(value);
    expect(isTimexValue(value)).toBe(true);
  });
});
