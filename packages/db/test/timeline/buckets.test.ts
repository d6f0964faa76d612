import { describe, expect, it } from "vitest";
import { bucketBoundaries, chooseBucketUnit, floorTo, nextBucket } from "../../src/timeline/buckets.ts";

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;
const iso = (ms: number) => new Date(ms).toISOString();
const at = (s: string) => Date.parse(s);

describe("chooseBucketUnit", () => {
  it.each([
    { span: 30 * YEAR, width: 1200, expected: "month" },
    { span: 30 * YEAR, width: 600, expected: "year" },
    { span: 300 * YEAR, width: 1200, expected: "year" },
    { span: 3000 * YEAR, width: 1200, expected: "decade" },
    { span: 5 * YEAR, width: 1200, expected: "week" },
    { span: 365 * DAY, width: 1200, expected: "day" },
    { span: 14 * DAY, width: 1200, expected: "hour" },
    { span: DAY, width: 1200, expected: "hour" },
    { span: 5e6 * YEAR, width: 1200, expected: "millennium" },
  ])("$span ms over $width px → $expected", ({ span, width, expected }) => {
    expect(chooseBucketUnit(span, width)).toBe(expected);
  });

  it.each([
    { span: 0, width: 100 },
    { span: DAY, width: 0 },
    { span: Number.NaN, width: 100 },
  ])("rejects span $span / width $width", ({ span, width }) => {
    expect(() => chooseBucketUnit(span, width)).toThrow(/invalid span/);
  });
});

describe("floorTo / nextBucket", () => {
  it.each([
    { unit: "hour", ms: "2022-02-24T05:47:12Z", floor: "2022-02-24T05:00:00.000Z", next: "2022-02-24T06:00:00.000Z" },
    { unit: "day", ms: "2022-02-24T05:47:12Z", floor: "2022-02-24T00:00:00.000Z", next: "2022-02-25T00:00:00.000Z" },
    // 2022-02-24 is a Thursday; d3's utcWeek starts on Sunday.
    { unit: "week", ms: "2022-02-24T05:47:12Z", floor: "2022-02-20T00:00:00.000Z", next: "2022-02-27T00:00:00.000Z" },
    { unit: "month", ms: "2022-02-24T05:47:12Z", floor: "2022-02-01T00:00:00.000Z", next: "2022-03-01T00:00:00.000Z" },
    { unit: "month", ms: "2022-12-31T23:59:59Z", floor: "2022-12-01T00:00:00.000Z", next: "2023-01-01T00:00:00.000Z" },
    { unit: "year", ms: "2022-02-24T05:47:12Z", floor: "2022-01-01T00:00:00.000Z", next: "2023-01-01T00:00:00.000Z" },
    { unit: "decade", ms: "2022-02-24T05:47:12Z", floor: "2020-01-01T00:00:00.000Z", next: "2030-01-01T00:00:00.000Z" },
    { unit: "century", ms: "2022-02-24T05:47:12Z", floor: "2000-01-01T00:00:00.000Z", next: "2100-01-01T00:00:00.000Z" },
    // Years 0–99 must not become 1900–1999 (Date.UTC's quirk).
    { unit: "month", ms: "0044-03-15T12:00:00Z", floor: "0044-03-01T00:00:00.000Z", next: "0044-04-01T00:00:00.000Z" },
    // BCE: astronomical year -43 is 44 BCE; decades floor towards −∞.
    { unit: "year", ms: "-000043-03-15T12:00:00Z", floor: "-000043-01-01T00:00:00.000Z", next: "-000042-01-01T00:00:00.000Z" },
    { unit: "decade", ms: "-000043-03-15T12:00:00Z", floor: "-000050-01-01T00:00:00.000Z", next: "-000040-01-01T00:00:00.000Z" },
    { unit: "day", ms: "-000043-03-15T12:00:00Z", floor: "-000043-03-15T00:00:00.000Z", next: "-000043-03-16T00:00:00.000Z" },
  ] as const)("$unit of $ms", ({ unit, ms, floor, next }) => {
    const start = floorTo(unit, at(ms));
    expect(iso(start)).toBe(floor);
    expect(iso(nextBucket(unit, start))).toBe(next);
  });
});

describe("bucketBoundaries", () => {
  it.each([
    { unit: "month", from: "2022-01-15T00:00:00Z", to: "2022-04-01T00:00:00Z", expected: ["2022-01-01", "2022-02-01", "2022-03-01", "2022-04-01"] },
    { unit: "year", from: "2020-06-01T00:00:00Z", to: "2022-06-01T00:00:00Z", expected: ["2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01"] },
    { unit: "day", from: "2024-02-28T10:00:00Z", to: "2024-03-01T00:00:00Z", expected: ["2024-02-28", "2024-02-29", "2024-03-01"] },
  ] as const)("$unit buckets of [$from, $to)", ({ unit, from, to, expected }) => {
    expect(bucketBoundaries(unit, at(from), at(to)).map((b) => iso(b).slice(0, 10))).toEqual(expected);
  });

  it.each([
    { unit: "day", from: 10, to: 10, error: /invalid window/ },
    { unit: "hour", from: 0, to: 100 * 365 * DAY, error: /too many hour buckets/ },
  ] as const)("rejects $unit [$from, $to)", ({ unit, from, to, error }) => {
    expect(() => bucketBoundaries(unit, from, to)).toThrow(error);
  });
});
