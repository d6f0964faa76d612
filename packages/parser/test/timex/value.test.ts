import { describe, expect, it } from "vitest";
import { annotationAt } from "./helpers.js";
import { annotationToCandidate, partsOfValue } from "../../src/timex/mention.js";
import { isTimex3Value } from "../../src/timex/syntax.js";

describe("partsOfValue", () => {
  it.each([
    { value: "2022", precision: "year", start: "2022-01-01T00:00:00.000Z", end: "2023-01-01T00:00:00.000Z" },
    { value: "199", precision: "decade", start: "1990-01-01T00:00:00.000Z", end: "2000-01-01T00:00:00.000Z" },
    { value: "19", precision: "century", start: "1900-01-01T00:00:00.000Z", end: "2000-01-01T00:00:00.000Z" },
    { value: "1998-Q3", precision: "quarter", start: "1998-07-01T00:00:00.000Z", end: "1998-10-01T00:00:00.000Z" },
    { value: "1989-H1", precision: "half", start: "1989-01-01T00:00:00.000Z", end: "1989-07-01T00:00:00.000Z" },
    { value: "1997-SU", precision: "season", start: "1997-06-01T00:00:00.000Z", end: "1997-09-01T00:00:00.000Z" },
    { value: "1998-W10", precision: "week", start: "1998-03-02T00:00:00.000Z", end: "1998-03-09T00:00:00.000Z" },
    { value: "2022-02", precision: "month", start: "2022-02-01T00:00:00.000Z", end: "2022-03-01T00:00:00.000Z" },
    { value: "2023-04-07", precision: "day", start: "2023-04-07T00:00:00.000Z", end: "2023-04-08T00:00:00.000Z" },
    { value: "2023-04-07TNI", precision: "day", start: "2023-04-07T00:00:00.000Z", end: "2023-04-08T00:00:00.000Z" },
    { value: "2023-04-07T06:05", precision: "minute", start: "2023-04-07T06:05:00.000Z", end: "2023-04-07T06:06:00.000Z" },
    { value: "BC0753", precision: "year", start: "-000752-01-01T00:00:00.000Z", end: "-000751-01-01T00:00:00.000Z" },
  ])("$value covers [$start, $end) at $precision", ({ value, precision, start, end }) => {
    const c = annotationToCandidate({ start: 0, end: 4, type: "DATE", value, rule: "test", anchor: null, anchorKind: null, tense: null, lead: null }, "text", 0);
    expect(partsOfValue(value)?.precision).toBe(precision);
    expect(c.date).toMatchObject({ value: partsOfValue(value) ? c.date?.value : "", precision, start, end });
  });

  it.each(["PRESENT_REF", "P3Y", "XXXX-WXX-1", "BC0000", "1998-08-07TXX", "foo"])("names no interval for %s", (value) => {
    expect(partsOfValue(value)).toBeNull();
  });

  it("keeps the early/mid/late mod on the date", () => {
    const c = annotationToCandidate({ start: 0, end: 10, type: "DATE", value: "2022", mod: "START", rule: "year", anchor: null, anchorKind: null, tense: null, lead: null }, "early 2022", 0);
    expect(c.date?.mod).toBe("START");
    expect(c.timex.mod).toBe("START");
  });
});

describe("isTimex3Value", () => {
  it.each([
    "2022", "199", "19", "1998-Q3", "1998-H2", "1997-SU", "1998-W10", "1998-W33-WE", "2022-02", "2023-04-07",
    "2023-04-07T06:05", "2023-04-07TMO", "BC0753", "P3Y", "PT2H", "PT5H30M", "PXM", "P10Y", "PXDE", "P1W",
    "PRESENT_REF", "PAST_REF", "FUTURE_REF", "XXXX-WXX-1", "XXXX-WXX-2TNI", "XXXX-07", "XXXX-SU", "XXXX-Q3",
  ])("accepts %s", (value) => {
    expect(isTimex3Value(value)).toBe(true);
  });
  it.each(["", "P", "PT", "-0100", "1998-13", "1998-02-32", "1998-Q5", "1998-W54", "NOW", "2023-04-07T25:00", "12345"])(
    "rejects %j",
    (value) => {
      expect(isTimex3Value(value)).toBe(false);
    },
  );
});

describe("clock times in named zones", () => {
  it.each([
    { text: "Shelling began at 5 a.m. Kyiv time.", dct: "2023-04-08", span: "5 a.m. Kyiv time", start: "2023-04-08T02:00:00.000Z" },
    { text: "The offer expires at 5 p.m. EST Nov. 9 unless extended.", dct: "1989-11-02", span: "5 p.m. EST Nov. 9", start: "1989-11-09T22:00:00.000Z" },
    { text: "Trading stopped at 06:05 GMT yesterday.", dct: "2023-04-08", span: "06:05 GMT yesterday", start: "2023-04-07T06:05:00.000Z" },
    { text: "Troops crossed the border on 24 Feb 2022 05:00 Kyiv time.", dct: "2023-04-08", span: "24 Feb 2022 05:00 Kyiv time", start: "2022-02-24T03:00:00.000Z" },
    { text: "The ceasefire began March 3, 2023, at 14:30 GMT.", dct: "2023-04-08", span: "March 3, 2023, at 14:30 GMT", start: "2023-03-03T14:30:00.000Z" },
    { text: "The vote closed at 8 p.m. local time.", dct: "2023-04-08", span: "8 p.m. local time", start: "2023-04-08T18:00:00.000Z" },
  ])("places $span at $start (document zone +02:00)", ({ text, dct, span, start }) => {
    const a = annotationAt(text, dct, span);
    expect(a).toBeDefined();
    if (a) expect(annotationToCandidate(a, text, 120).date?.start).toBe(start);
  });
});
