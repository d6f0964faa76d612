/**
 * Wall-clock times are placed with the zone's offset AT THE TARGET TIME, not at the publication
 * date: Kyiv is UTC+2 in February and UTC+3 in April, Los Angeles UTC−8 in winter and UTC−7 in summer.
 */
import { describe, expect, it } from "vitest";
import { wallClockOffsetMinutes, wallClockToMs } from "../src/date/calendar.js";
import { parseDocument } from "../src/index.js";
import type { ParseOptions } from "../src/types.js";

/** Start (UTC ISO) of the single mention of `text`, failing loudly when there is not exactly one. */
function startOf(text: string, options: ParseOptions): string | undefined {
  const { mentions } = parseDocument(text, options);
  expect(mentions.map((m) => m.text)).toHaveLength(1);
  return mentions[0]?.date?.start;
}

describe("wallClockOffsetMinutes: the offset in force at the wall time itself", () => {
  it.each([
    { zone: "Europe/Kyiv", wall: "2022-02-24T05:00", offset: 120, note: "winter" },
    { zone: "Europe/Kyiv", wall: "2023-04-08T05:00", offset: 180, note: "summer" },
    { zone: "Europe/Kyiv", wall: "2023-03-26T02:59", offset: 120, note: "just before spring-forward" },
    { zone: "Europe/Kyiv", wall: "2023-03-26T04:00", offset: 180, note: "just after spring-forward" },
    { zone: "Europe/Kyiv", wall: "2023-03-26T03:30", offset: 120, note: "gap: offset from before the change" },
    { zone: "Europe/Kyiv", wall: "2023-10-29T03:30", offset: 180, note: "overlap: the earlier instant" },
    { zone: "Europe/Kyiv", wall: "2023-10-29T04:00", offset: 120, note: "after fall-back" },
    { zone: "America/Los_Angeles", wall: "2023-03-12T01:59", offset: -480, note: "just before spring-forward" },
    { zone: "America/Los_Angeles", wall: "2023-03-12T03:00", offset: -420, note: "just after spring-forward" },
    { zone: "America/Los_Angeles", wall: "2023-03-12T02:30", offset: -480, note: "gap: offset from before the change" },
    { zone: "America/Los_Angeles", wall: "2023-11-05T01:30", offset: -420, note: "overlap: the earlier instant" },
    { zone: "America/Los_Angeles", wall: "2023-11-05T02:00", offset: -480, note: "after fall-back" },
    { zone: "Asia/Kathmandu", wall: "2023-04-08T05:00", offset: 345, note: "no DST" },
    { zone: "UTC", wall: "2023-04-08T05:00", offset: 0, note: "UTC" },
  ])("$zone $wall → $offset ($note)", ({ zone, wall, offset }) => {
    expect(wallClockOffsetMinutes(zone, Date.parse(`${wall}:00Z`))).toBe(offset);
  });

  it.each([
    { wall: [2023, 3, 12, 2, 30] as [number, number, number, number, number], instant: "2023-03-12T10:30:00.000Z" }, // 02:30 does not exist: 03:30 PDT
    { wall: [2023, 11, 5, 1, 30] as [number, number, number, number, number], instant: "2023-11-05T08:30:00.000Z" }, // 01:30 happens twice: the first (PDT)
  ])("wallClockToMs resolves Los Angeles $wall deterministically", ({ wall, instant }) => {
    expect(new Date(wallClockToMs("America/Los_Angeles", ...wall)).toISOString()).toBe(instant);
  });
});

describe("parseDocument: times in a named zone or the document zone use the offset at the target time", () => {
  it.each([
    // Named zone, published in Kyiv summer time.
    { text: "Troops crossed on 24 Feb 2022 05:00 Kyiv time.", options: { published: "2023-04-08" }, start: "2022-02-24T03:00:00.000Z" },
    { text: "Sirens sounded on 25 March 2023 05:00 Kyiv time.", options: { published: "2023-04-08" }, start: "2023-03-25T03:00:00.000Z" },
    { text: "Russia attacked at 5 a.m. Kyiv time on 24 Feb 2022.", options: { published: "2022-02-25" }, start: "2022-02-24T03:00:00.000Z" },
    { text: "Sirens sounded on 27 March 2023 05:00 Kyiv time.", options: { published: "2023-01-10" }, start: "2023-03-27T02:00:00.000Z" },
    // The `timezone` option path: both sides of Kyiv's spring-forward (26 March 2023).
    { text: "Troops crossed on 24 Feb 2022 at 05:00.", options: { published: "2023-04-08", timezone: "Europe/Kyiv" }, start: "2022-02-24T03:00:00.000Z" },
    { text: "Sirens sounded on 25 March 2023 at 05:00.", options: { published: "2023-04-08", timezone: "Europe/Kyiv" }, start: "2023-03-25T03:00:00.000Z" },
    { text: "Sirens sounded on 27 March 2023 at 05:00.", options: { published: "2023-01-10", timezone: "Europe/Kyiv" }, start: "2023-03-27T02:00:00.000Z" },
    // Both sides of Los Angeles' spring-forward (12 March 2023) and fall-back (5 Nov 2023).
    { text: "The fire started on 11 March 2023 at 09:00.", options: { published: "2023-07-01", timezone: "America/Los_Angeles" }, start: "2023-03-11T17:00:00.000Z" },
    { text: "The fire started on 13 March 2023 at 09:00.", options: { published: "2023-01-10", timezone: "America/Los_Angeles" }, start: "2023-03-13T16:00:00.000Z" },
    { text: "The fire started on 4 Nov 2023 at 09:00.", options: { published: "2023-12-01", timezone: "America/Los_Angeles" }, start: "2023-11-04T16:00:00.000Z" },
    { text: "The fire started on 6 Nov 2023 at 09:00.", options: { published: "2023-07-01", timezone: "America/Los_Angeles" }, start: "2023-11-06T17:00:00.000Z" },
    // An explicit GMT/UTC time ignores the document zone.
    { text: "Troops crossed on 24 Feb 2022 at 05:00 GMT.", options: { published: "2023-04-08", timezone: "Europe/Kyiv" }, start: "2022-02-24T05:00:00.000Z" },
    { text: "Troops crossed on 24 Feb 2022 at 05:00 UTC.", options: { published: "2023-04-08", timezone: "America/Los_Angeles" }, start: "2022-02-24T05:00:00.000Z" },
    // A numeric date read by chrono, in the document zone.
    { text: "The vote was held at 2022-02-24T05:00.", options: { published: "2023-04-08", timezone: "Europe/Kyiv" }, start: "2022-02-24T03:00:00.000Z" },
  ])("$text ($options.timezone) → $start", ({ text, options, start }) => {
    expect(startOf(text, options)).toBe(start);
  });
});
