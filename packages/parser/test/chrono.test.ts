import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { PARSER_ORDER, REFINER_ORDER, createChrono, describeChrono } from "../src/chrono/index.js";

describe("createChrono", () => {
  it.each([{ littleEndian: false }, { littleEndian: true }])("runs parsers and refiners in the declared order (littleEndian $littleEndian)", ({ littleEndian }) => {
    expect(describeChrono(createChrono(littleEndian))).toEqual({ parsers: [...PARSER_ORDER], refiners: [...REFINER_ORDER] });
  });

  it("leaves out the super-linear ENEndOfPeriodRefiner", () => {
    expect(REFINER_ORDER).not.toContain("ENEndOfPeriodRefiner");
  });

  it("never mutates chrono's shared casual instance", () => {
    const before = describeChrono(chrono.casual);
    createChrono();
    expect(describeChrono(chrono.casual)).toEqual(before);
    expect(before.refiners).toContain("ENEndOfPeriodRefiner");
    expect(before.parsers).not.toContain("BareYearParser");
  });

  it.each([
    { text: "06:05 GMT 08.04.2023", month: 4, day: 8 },
    { text: "on 31.12.2022", month: 12, day: 31 },
  ])("reads dotted dates day-first: $text", ({ text, month, day }) => {
    const [result] = createChrono().parse(text, { instant: new Date(Date.UTC(2023, 3, 8, 12)), timezone: 0 });
    expect(result?.start.get("month")).toBe(month);
    expect(result?.start.get("day")).toBe(day);
  });
});
