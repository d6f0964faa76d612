import { describe, expect, it } from "vitest";
import { DatePhraseError, resolveDatePhrase, type DatePhraseRequest } from "./resolve";

const REFERENCE = "2023-04-08T06:05:00.000Z";
const ask = (text: string, extra: Partial<DatePhraseRequest> = {}) =>
  resolveDatePhrase({ text, endText: "", precision: "auto", mod: "auto", ...extra }, REFERENCE).date;

describe("resolveDatePhrase", () => {
  it.each([
    { text: "early 2022", value: "2022", precision: "year", mod: "START", start: "2022-01-01T00:00:00.000Z" },
    { text: "mid-2021", value: "2021", precision: "year", mod: "MID", start: "2021-01-01T00:00:00.000Z" },
    { text: "late 2020", value: "2020", precision: "year", mod: "END", start: "2020-01-01T00:00:00.000Z" },
    { text: "around March 2020", value: "2020-03", precision: "month", mod: "APPROX", start: "2020-03-01T00:00:00.000Z" },
    { text: "before 1990", value: "1990", precision: "year", mod: "BEFORE", start: "1990-01-01T00:00:00.000Z" },
    { text: "2022-02", value: "2022-02", precision: "month", mod: undefined, start: "2022-02-01T00:00:00.000Z" },
    { text: "Q1 2023", value: "2023-Q1", precision: "quarter", mod: undefined, start: "2023-01-01T00:00:00.000Z" },
    { text: "2022-02-24T05:00", value: "2022-02-24T05:00", precision: "minute", mod: undefined, start: "2022-02-24T05:00:00.000Z" },
    { text: "24 Feb 2022 05:00 Kyiv time", value: "2022-02-24T05:00", precision: "minute", mod: undefined, start: "2022-02-24T03:00:00.000Z" },
    { text: "10 Jul 2022 09:30 Kyiv time", value: "2022-07-10T09:30", precision: "minute", mod: undefined, start: "2022-07-10T06:30:00.000Z" },
    { text: "2022-02-24T05:00 Europe/Kyiv", value: "2022-02-24T05:00", precision: "minute", mod: undefined, start: "2022-02-24T03:00:00.000Z" },
    { text: "February 2022", value: "2022-02", precision: "month", mod: undefined, start: "2022-02-01T00:00:00.000Z" },
  ])("reads $text", ({ text, value, precision, mod, start }) => {
    const date = ask(text);
    expect({ value: date.value, precision: date.precision, mod: date.mod, start: date.start }).toEqual({ value, precision, mod, start });
  });

  it.each([
    { extra: { precision: "month" as const }, value: "2022-02", end: "2022-03-01T00:00:00.000Z" },
    { extra: { precision: "quarter" as const }, value: "2022-Q1", end: "2022-04-01T00:00:00.000Z" },
    { extra: { mod: "APPROX" as const }, value: "2022-02-24", end: "2022-02-25T00:00:00.000Z" },
    { extra: { endText: "March 2022" }, value: "2022-02-24/2022-03", end: "2022-04-01T00:00:00.000Z" },
  ])("applies overrides $extra", ({ extra, value, end }) => {
    const date = ask("2022-02-24", extra);
    expect({ value: date.value, end: date.end }).toEqual({ value, end });
  });

  it.each([
    { text: "nonsense", extra: {}, field: "text" },
    { text: "2022-02-31", extra: {}, field: "text" },
    { text: "March 2022", extra: { endText: "January 2022" }, field: "endText" },
  ])("refuses $text $extra on $field", ({ text, extra, field }) => {
    expect(() => ask(text, extra)).toThrow(DatePhraseError);
    try {
      ask(text, extra);
    } catch (error) {
      expect(error instanceof DatePhraseError ? error.field : null).toBe(field);
    }
  });
});
