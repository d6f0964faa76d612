import { describe, expect, it } from "vitest";
import { zoomIdentity } from "d3";
import { createBaseScale, paddedDomain, viewScale } from "./scale";

const iso = (d: Date) => d.toISOString();

describe("paddedDomain", () => {
  it.each([
    { extent: ["2022-01-01T00:00:00.000Z", "2022-01-11T00:00:00.000Z"], fraction: 0.1, expected: ["2021-12-31T00:00:00.000Z", "2022-01-12T00:00:00.000Z"] },
    { extent: ["2022-01-01T00:00:00.000Z", "2022-01-01T00:00:00.000Z"], fraction: 0, expected: ["2021-12-31T00:00:00.000Z", "2022-01-02T00:00:00.000Z"] },
  ])("pads $extent by $fraction", ({ extent, fraction, expected }) => {
    const [a, b] = extent as [string, string];
    expect(paddedDomain([new Date(a), new Date(b)], fraction).map(iso)).toEqual(expected);
  });
});

describe("viewScale", () => {
  const base = createBaseScale([new Date("2022-01-01T00:00Z"), new Date("2022-01-11T00:00Z")], { x0: 0, x1: 1000 });
  it.each([
    { transform: zoomIdentity, domain: ["2022-01-01T00:00:00.000Z", "2022-01-11T00:00:00.000Z"] },
    { transform: zoomIdentity.scale(2), domain: ["2022-01-01T00:00:00.000Z", "2022-01-06T00:00:00.000Z"] },
    { transform: zoomIdentity.translate(-500, 0).scale(2), domain: ["2022-01-03T12:00:00.000Z", "2022-01-08T12:00:00.000Z"] },
    { transform: zoomIdentity.translate(100, 0), domain: ["2021-12-31T00:00:00.000Z", "2022-01-10T00:00:00.000Z"] },
  ])("derives $domain from the base scale", ({ transform, domain }) => {
    expect(viewScale(base, transform).domain().map(iso)).toEqual(domain);
    expect(base.domain().map(iso)).toEqual(["2022-01-01T00:00:00.000Z", "2022-01-11T00:00:00.000Z"]);
  });
});
