import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CASUAL_PARSERS, CASUAL_REFINERS, MAY_HOLD_NUMERIC_DATE, PARSER_ORDER, REFINER_ORDER, createChrono } from "../src/chrono/index.js";
import { PACKAGE_DIR, describeChrono } from "./helpers.js";

/** Every `.ts` file under `dir`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("createChrono", () => {
  it.each([{ littleEndian: false }, { littleEndian: true }])("runs parsers and refiners in the declared order (littleEndian $littleEndian)", ({ littleEndian }) => {
    expect(describeChrono(createChrono(littleEndian))).toEqual({ parsers: [...PARSER_ORDER], refiners: [...REFINER_ORDER] });
  });

  it.each([{ littleEndian: false }, { littleEndian: true }])("knows the layout of chrono's casual configuration (littleEndian $littleEndian)", ({ littleEndian }) => {
    const casual = chrono.en.configuration.createCasualConfiguration(littleEndian);
    expect(describeChrono(casual)).toEqual({ parsers: [...CASUAL_PARSERS], refiners: [...CASUAL_REFINERS] });
  });

  it("picks the same classes when a bundler renames them (simulated minification)", () => {
    const casual = chrono.en.configuration.createCasualConfiguration();
    const classes = [...new Set([...casual.parsers, ...casual.refiners].map((x) => x.constructor))];
    const original = new Map(classes.map((c) => [c, Object.getOwnPropertyDescriptor(c, "name")]));
    const nameOf = (x: object): string => original.get(x.constructor)?.value ?? x.constructor.name;
    let built: chrono.Chrono;
    try {
      classes.forEach((c, i) => Object.defineProperty(c, "name", { value: `m${i}`, configurable: true }));
      expect(casual.parsers[0]?.constructor.name).toBe("m0");
      built = createChrono();
    } finally {
      for (const [c, descriptor] of original) if (descriptor) Object.defineProperty(c, "name", descriptor);
    }
    expect({ parsers: built.parsers.map(nameOf), refiners: built.refiners.map(nameOf) }).toEqual({ parsers: [...PARSER_ORDER], refiners: [...REFINER_ORDER] });
  });

  it.each(sources(join(PACKAGE_DIR, "src")).map((file) => ({ file: file.slice(PACKAGE_DIR.length + 1) })))("$file never looks classes up by constructor name", ({ file }) => {
    expect(readFileSync(join(PACKAGE_DIR, file), "utf8")).not.toMatch(/constructor\s*\.\s*name/);
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

describe("MAY_HOLD_NUMERIC_DATE", () => {
  const reference = { instant: new Date(Date.UTC(2023, 3, 8, 12)), timezone: 0 };
  it("was written for exactly these parsers", () => {
    expect([...PARSER_ORDER]).toEqual(["ENYearMonthDayParser", "ISOFormatParser", "SlashDateFormatParser", "ENSlashMonthFormatParser"]);
  });

  it.each(["on 08.04.2023", "2023-04-07T10:00", "4/8/23", "in 3/2023", "2023 March 5", "2023 3 5", "2023/Jan./5", "2023 sept. 30", "on 12/31/2022"])(
    "holds for %s, where chrono finds a date",
    (text) => {
      expect(MAY_HOLD_NUMERIC_DATE.test(text)).toBe(true);
      expect(createChrono().parse(text, reference).length).toBeGreaterThan(0);
    },
  );

  // Numbers, separators, month words and spaces in every order: whatever chrono reads holds it.
  const piece = fc.oneof(
    fc.constantFrom("2023", "1998", "12", "3", "05", "/", ".", "-", " ", "  ", "\n", "\t", "March", "jan.", "Sept", "sept.", "T10:00", ",", "x"),
    fc.string({ maxLength: 3 }),
  );
  // … and date shapes: number or year, separator, month word or number, separator, number.
  const sep = fc.constantFrom("/", ".", "-", " ", "\t", ", ", "");
  const shape = fc
    .tuple(fc.constantFrom("2023", "1998", "12", "3"), sep, fc.constantFrom("March", "jan.", "Sept", "sept.", "05", "3", "x"), sep, fc.constantFrom("5", "30", "2022", "x"))
    .map((parts) => parts.join(""));
  const text = fc.array(fc.oneof(piece, shape), { maxLength: 12 }).map((parts) => parts.join(""));
  it.each([false, true])("chrono finds nothing in text without it (5,000 inputs, littleEndian %s)", (littleEndian) => {
    const parser = createChrono(littleEndian);
    fc.assert(
      fc.property(text, (t) => {
        if (!MAY_HOLD_NUMERIC_DATE.test(t)) expect(parser.parse(t, reference)).toEqual([]);
      }),
      { numRuns: 5_000, seed: 31 },
    );
  });
});
