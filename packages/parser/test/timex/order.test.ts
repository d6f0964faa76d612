import { describe, expect, it } from "vitest";
import { documentDayFirst, readsDayFirst } from "../../src/timex/order.js";

describe("readsDayFirst", () => {
  it.each([
    { text: "Signed 25/03/2023; ratified 03/04/2023.", locale: "en-US", expected: true, why: "an unambiguous day-first date decides" },
    { text: "Signed 03/25/2023; ratified 03/04/2023.", locale: "en-GB", expected: false, why: "an unambiguous month-first date decides" },
    { text: "Ratified 03/04/2023.", locale: "en-GB", expected: true, why: "no evidence: the British locale reads day-first" },
    { text: "Ratified 03/04/2023.", locale: "en-US", expected: false, why: "no evidence: the US locale reads month-first" },
    { text: "Ratified 03/04/2023.", locale: "en", expected: false, why: "plain English defaults to month-first" },
    { text: "Held 25/03/2023 and 03/25/2023.", locale: "en-AU", expected: true, why: "mixed evidence falls back to the locale" },
    { text: "Version 1.5.3 shipped; call 555-12-34.", locale: "en-US", expected: false, why: "versions and phone numbers are no evidence" },
  ])("$why", ({ text, locale, expected }) => {
    expect(readsDayFirst(text, locale)).toBe(expected);
  });
});

describe("documentDayFirst", () => {
  it.each([
    { text: "Filed 31/12/2022.", expected: true },
    { text: "Filed 12/31/2022.", expected: false },
    { text: "Filed 03/04/2022.", expected: null },
  ])("reads $expected from “$text”", ({ text, expected }) => {
    expect(documentDayFirst(text)).toBe(expected);
  });
});
