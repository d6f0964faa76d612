import { DateValue } from "@dateline/schema";
import { describe, expect, it } from "vitest";
import { SYNTHETIC_FROM, SYNTHETIC_TO, syntheticBursts, syntheticEvent } from "../../src/timeline/synthetic.ts";

const SAMPLE = 20_000;
const bursts = syntheticBursts(3);
const events = Array.from({ length: SAMPLE }, (_, i) => syntheticEvent(3, i, bursts));
const share = (pred: (e: (typeof events)[number]) => boolean) => events.filter(pred).length / SAMPLE;

describe("syntheticEvent", () => {
  it.each([
    { what: "ranges (value a/b)", pred: (e: (typeof events)[number]) => e.value.includes("/"), min: 0.17, max: 0.23 },
    { what: "month precision", pred: (e: (typeof events)[number]) => e.precision === "month", min: 0.1, max: 0.2 },
    { what: "year precision", pred: (e: (typeof events)[number]) => e.precision === "year", min: 0.04, max: 0.1 },
    { what: "minute precision", pred: (e: (typeof events)[number]) => e.precision === "minute", min: 0.05, max: 0.11 },
    { what: "with a TIMEX mod", pred: (e: (typeof events)[number]) => e.mod !== null, min: 0.03, max: 0.1 },
    { what: "with two tags", pred: (e: (typeof events)[number]) => e.tags.length === 2, min: 0.25, max: 0.4 },
  ])("gives a realistic share of $what", ({ pred, min, max }) => {
    const s = share(pred);
    expect(s).toBeGreaterThanOrEqual(min);
    expect(s).toBeLessThanOrEqual(max);
  });

  it.each(events.filter((_, i) => i % 997 === 0).map((e) => ({ e })))("writes a valid date: $e.value ($e.precision)", ({ e }) => {
    expect(e.start).toBeGreaterThanOrEqual(SYNTHETIC_FROM);
    expect(e.end).toBeLessThanOrEqual(SYNTHETIC_TO + 366 * 86_400_000);
    const parsed = DateValue.safeParse({
      value: e.value,
      precision: e.precision,
      start: new Date(e.start).toISOString(),
      end: new Date(e.end).toISOString(),
      ...(e.mod ? { mod: e.mod } : {}),
    });
    expect(parsed.success).toBe(true);
    expect(e.title.length).toBeGreaterThan(10);
    expect(e.tags).toEqual([...e.tags].sort());
  });

  it.each([{ i: 0 }, { i: 12_345 }])("is deterministic for (seed, $i)", ({ i }) => {
    expect(syntheticEvent(3, i, bursts)).toEqual(syntheticEvent(3, i, syntheticBursts(3)));
    expect(syntheticEvent(3, i, bursts).id).not.toBe(syntheticEvent(4, i, bursts).id);
  });
});
