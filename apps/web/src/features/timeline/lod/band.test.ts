import { describe, expect, it } from "vitest";
import { rowsInBand, visibleBand } from "./band";

describe("visibleBand", () => {
  it.each([
    { name: "chart at the top of a 900 px window", chartTop: 100, viewport: 900, band: { top: 0, bottom: 1120 } },
    { name: "chart scrolled 1000 px up", chartTop: -1000, viewport: 900, band: { top: 800, bottom: 2240 } },
    { name: "chart below the window", chartTop: 2000, viewport: 900, band: { top: 0, bottom: 0 } },
    { name: "a small scroll keeps the band", chartTop: 90, viewport: 900, band: { top: 0, bottom: 1120 } },
  ])("$name", ({ chartTop, viewport, band }) => {
    const got = visibleBand(chartTop, viewport, 200, 160);
    expect(got).toEqual(band);
    // Always covers what is on screen (within the chart).
    if (got.bottom > got.top) {
      expect(got.top).toBeLessThanOrEqual(Math.max(0, -chartTop));
      expect(got.bottom).toBeGreaterThanOrEqual(viewport - chartTop);
    }
  });

  it("refuses a zero quantum", () => {
    expect(() => visibleBand(0, 900, 200, 0)).toThrow("invalid band quantum 0");
  });
});

describe("rowsInBand", () => {
  const rowY = (row: number) => 44 + row * 40;
  it.each([
    { band: { top: 0, bottom: 1120 }, rows: { from: 0, to: 27 } },
    { band: { top: 640, bottom: 2240 }, rows: { from: 14, to: 55 } },
    { band: { top: 0, bottom: 0 }, rows: { from: 0, to: 0 } },
  ])("rows reaching into $band", ({ band, rows }) => {
    const got = rowsInBand(band, rowY, 40);
    expect(got).toEqual(rows);
    // The rows just outside do not reach into the band; the ones inside do.
    if (got.to > got.from) {
      expect(rowY(got.from) + 40).toBeGreaterThan(band.top);
      expect(rowY(got.to - 1)).toBeLessThan(band.bottom);
    }
    if (got.from > 0) expect(rowY(got.from - 1) + 40).toBeLessThanOrEqual(band.top);
    expect(rowY(got.to)).toBeGreaterThanOrEqual(band.bottom);
  });
});
