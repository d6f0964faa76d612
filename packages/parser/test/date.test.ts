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
  partsOfDateValue,
  toDateValue,
  zoneOffsetMinutes,
} from "../src/date/index.js";
import {
  type CalendarDay,
  dayOfMs,
  daysInMonth,
  fmtDay,
  fmtMonth,
  fmtWeek,
  fmtYear,
  isoWeekday,
  parseTimexReference,
  quarterOf,
  utcMs,
  weekdayOf,
} from "../src/date/calendar.js";

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
  it("gives every caller its own copy (parses are remembered)", () => {
    const first = parseReferenceDate("2023-04-08", "Europe/Kyiv");
    first.date.value = "changed";
    first.day.day = 1;
    const second = parseReferenceDate("2023-04-08", "Europe/Kyiv");
    expect(second.date.value).toBe("2023-04-08");
    expect(second.day).toEqual({ year: 2023, month: 4, day: 8 });
    expect(parseReferenceDate("2023-04-08", "UTC").instantMs).toBe(Date.UTC(2023, 3, 8, 12));
    expect(second.instantMs).toBe(Date.UTC(2023, 3, 8, 9));
  });

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
  it.each<{ parts: DateParts; precision: Precision }>([
    { parts: { year: 2000 }, precision: "millennium" },
    { parts: { year: 1900 }, precision: "century" },
    { parts: { year: 1990 }, precision: "decade" },
    { parts: { year: 33 }, precision: "year" },
    { parts: { year: 2022, half: 2 }, precision: "half" },
    { parts: { year: 2022, quarter: 3 }, precision: "quarter" },
    { parts: { year: 2022, season: "WI" }, precision: "season" },
    { parts: { year: 2020, week: 53 }, precision: "week" },
    { parts: { year: 2024, month: 2, day: 29 }, precision: "day" },
    { parts: { year: 2023, month: 4, day: 7, hour: 6 }, precision: "hour" },
    { parts: { year: 2023, month: 4, day: 7, hour: 6, minute: 5, second: 9 }, precision: "second" },
  ])("partsOfDateValue reads back formatValue at $precision", ({ parts, precision }) => {
    expect(partsOfDateValue(formatValue(parts, precision), precision)).toEqual(parts);
  });
  it.each([
    ["2023-02-29", "day"],
    ["2022-W53", "week"],
    ["2022-02", "day"],
    ["2022-02-01", "month"],
    ["22", "year"],
    ["2022-Q5", "quarter"],
    ["2023-04-07T24", "hour"],
  ] as const)("partsOfDateValue(%j, %s) is null", (value, precision) => expect(partsOfDateValue(value, precision)).toBeNull());
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

describe("TIMEX3 calendar helpers (src/date/calendar.ts, shared with the TIMEX3 rules)", () => {
  it.each<{ day: CalendarDay; isoWeekday: number; quarter: number; value: string; week: string }>([
    { day: { year: 2023, month: 4, day: 7 }, isoWeekday: 5, quarter: 2, value: "2023-04-07", week: "2023-W14" },
    { day: { year: 2023, month: 4, day: 9 }, isoWeekday: 7, quarter: 2, value: "2023-04-09", week: "2023-W14" },
    { day: { year: 2021, month: 1, day: 3 }, isoWeekday: 7, quarter: 1, value: "2021-01-03", week: "2020-W53" },
    { day: { year: 1998, month: 12, day: 28 }, isoWeekday: 1, quarter: 4, value: "1998-12-28", week: "1998-W53" },
    { day: { year: 2019, month: 12, day: 30 }, isoWeekday: 1, quarter: 4, value: "2019-12-30", week: "2020-W01" },
    { day: { year: 44, month: 3, day: 15 }, isoWeekday: 2, quarter: 1, value: "0044-03-15", week: "0044-W11" },
  ])("$value: isoWeekday $isoWeekday, Q$quarter, $week", ({ day, isoWeekday: wd, quarter, value, week }) => {
    expect(isoWeekday(day)).toBe(wd);
    expect(quarterOf(day.month)).toBe(quarter);
    expect(fmtDay(day)).toBe(value);
    expect(fmtWeek(day)).toBe(week);
  });

  it.each<{ year: number; month: number; year4: string; month7: string }>([
    { year: 1998, month: 3, year4: "1998", month7: "1998-03" },
    { year: 7, month: 12, year4: "0007", month7: "0007-12" },
    { year: -43, month: 3, year4: "-0043", month7: "-0043-03" },
  ])("fmtYear/fmtMonth $year-$month → $month7", ({ year, month, year4, month7 }) => {
    expect(fmtYear(year)).toBe(year4);
    expect(fmtMonth(year, month)).toBe(month7);
  });

  it.each<{ input: string; day: CalendarDay; time: string | null }>([
    { input: "1998-08-07", day: { year: 1998, month: 8, day: 7 }, time: null },
    { input: "19980807", day: { year: 1998, month: 8, day: 7 }, time: null },
    { input: "1998-08-07T14:30", day: { year: 1998, month: 8, day: 7 }, time: "14:30" },
    { input: " 2024-02-29T06:05:09.5 ", day: { year: 2024, month: 2, day: 29 }, time: "06:05" },
  ])("parseTimexReference($input)", ({ input, day, time }) => {
    expect(parseTimexReference(input)).toEqual({ day, time });
  });

  it.each(["", "1998", "1998-13-01", "2023-02-29", "yesterday"])("parseTimexReference(%j) throws", (input) => {
    expect(() => parseTimexReference(input)).toThrow(`invalid reference date: "${input}"`);
  });
});

describe("calendar arithmetic against Date", () => {
  // The references go through Date's setters, which read every year literally (no 0..99 → 19xx).
  const refMs = (y: number, m: number, d: number, h = 0, mi = 0, s = 0): number => {
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    date.setUTCHours(h, mi, s, 0);
    return date.getTime();
  };
  const years = [-1_000, -1, 0, 1, 4, 99, 100, 101, 400, 1582, 1600, 1700, 1899, 1900, 1969, 1970, 1999, 2000, 2023, 2024, 2100, 2400, 9999, 150_000];

  it.each(years)("utcMs, daysInMonth, weekdayOf and dayOfMs agree with Date in year %i", (year) => {
    for (let month = 1; month <= 12; month++) {
      const length = new Date(refMs(year, month + 1, 1) - 86_400_000).getUTCDate();
      expect(daysInMonth(year, month)).toBe(length);
      for (const day of [1, 15, length]) {
        const ms = refMs(year, month, day, 13, 5, 9);
        expect(utcMs(year, month, day, 13, 5, 9)).toBe(ms);
        expect(weekdayOf({ year, month, day })).toBe(new Date(ms).getUTCDay());
        expect(dayOfMs(ms)).toEqual({ year, month, day });
        expect(dayOfMs(refMs(year, month, day))).toEqual({ year, month, day });
      }
    }
  });

  it("utcMs carries overflowing months, days and hours like Date", () => {
    expect(utcMs(2023, 13, 1)).toBe(Date.UTC(2024, 0, 1));
    expect(utcMs(2023, 3, 0)).toBe(Date.UTC(2023, 1, 28));
    expect(utcMs(2024, 2, 30, 25)).toBe(Date.UTC(2024, 2, 2, 1));
    expect(utcMs(50, 1, 1)).toBe(refMs(50, 1, 1));
  });

  it("daysInMonth and dayOfMs fall back to Date outside their plain ranges", () => {
    expect(daysInMonth(2023, 13)).toBe(31); // January 2024
    expect(daysInMonth(2023, 0)).toBe(31); // December 2022
    expect(dayOfMs(-0.5)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(dayOfMs(86_399_999.5)).toEqual({ year: 1970, month: 1, day: 1 });
  });
});
