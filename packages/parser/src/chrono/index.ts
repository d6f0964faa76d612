/**
 * Our configured chrono. Built from a FRESH English casual configuration (never the shared
 * `chrono.casual` instance), with chrono's parsers/refiners picked by name and ours added, in the
 * order declared once below. `test/chrono.test.ts` checks the built instance against these lists.
 */
import { Chrono, en, type Parser, type Refiner } from "chrono-node";
import { BareYearParser, DayFirstDottedRefiner, NumericNoiseFilter } from "./extensions.js";

export { TAG } from "./extensions.js";

/**
 * Parsers, in the order chrono runs them. The TIMEX3 rules (`src/timex`) read every worded
 * expression (weekdays, months, relative and casual phrases, durations, bare years); chrono keeps
 * the numeric formats the rules leave to it: ISO and year-month-day dates, slash and dotted dates.
 */
export const PARSER_ORDER = [
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENSlashMonthFormatParser",
] as const;

/**
 * Refiners, in the order chrono runs them. Left out of chrono's casual set:
 * - ENEndOfPeriodRefiner: rescans the text before every result (O(results × length) in 2.10.3)
 *   and computes days in the host's local zone;
 * - ForwardDateRefiner: only acts with `forwardDate`, which we never set (tense decides instead).
 * Ours: DayFirstDottedRefiner (before the merges, so "06:05 GMT 08.04.2023" merges as 8 April)
 * and NumericNoiseFilter (last, after merges have settled the final spans).
 */
export const REFINER_ORDER = [
  "OverlapRemovalRefiner",
  "DayFirstDottedRefiner",
  "ENMergeRelativeAfterDateRefiner",
  "ENMergeRelativeFollowByDateRefiner",
  "OverlapRemovalRefiner",
  "ExtractTimezoneOffsetRefiner",
  "MergeWeekdayComponentRefiner",
  "ENMergeDateTimeRefiner",
  "ExtractTimezoneAbbrRefiner",
  "OverlapRemovalRefiner",
  "UnlikelyFormatFilter",
  "ENMergeDateTimeRefiner",
  "ENExtractYearSuffixRefiner",
  "ENMergeDateRangeRefiner",
  "ENUnlikelyFormatFilter",
  "NumericNoiseFilter",
] as const;

type Named = { constructor: { name: string } };

/** Takes the instances of `available` in the order `names` gives, failing loudly on a missing name. */
function pick<T extends Named>(names: readonly string[], available: T[], ours: Record<string, () => T>): T[] {
  const pool = new Map<string, T[]>();
  for (const item of available) {
    const list = pool.get(item.constructor.name) ?? [];
    list.push(item);
    pool.set(item.constructor.name, list);
  }
  return names.map((name) => {
    const make = ours[name];
    if (make) return make();
    const item = pool.get(name)?.shift();
    if (!item) throw new Error(`chrono configuration has no ${name}`);
    return item;
  });
}

/**
 * Creates our chrono instance. `littleEndian` reads ambiguous slash dates day-first (en-GB);
 * dotted dates are always day-first.
 */
export function createChrono(littleEndian = false): Chrono {
  const base = en.configuration.createCasualConfiguration(littleEndian);
  // Every casual configuration carries several copies of some refiners; keep spares for the picks.
  const extraRefiners = en.configuration.createCasualConfiguration(littleEndian).refiners;
  const parsers = pick<Parser & Named>(PARSER_ORDER, base.parsers as (Parser & Named)[], {
    BareYearParser: () => new BareYearParser(),
  });
  const refiners = pick<Refiner & Named>(REFINER_ORDER, [...base.refiners, ...extraRefiners] as (Refiner & Named)[], {
    DayFirstDottedRefiner: () => new DayFirstDottedRefiner(),
    NumericNoiseFilter: () => new NumericNoiseFilter(),
  });
  return new Chrono({ parsers, refiners });
}

/** Names of the parsers and refiners of a chrono instance, in run order (for tests and docs). */
export function describeChrono(instance: Chrono): { parsers: string[]; refiners: string[] } {
  return {
    parsers: instance.parsers.map((p) => (p as Parser & Named).constructor.name),
    refiners: instance.refiners.map((r) => (r as Refiner & Named).constructor.name),
  };
}
