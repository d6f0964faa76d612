/**
 * Our configured chrono. Built from a FRESH English casual configuration (never the shared
 * `chrono.casual` instance), with chrono's parsers/refiners picked BY POSITION in that configuration
 * (chrono-node does not export its classes, and a bundler may rename them, so names are never read)
 * and ours added, in the order declared once below. `test/chrono.test.ts` checks the built instance
 * against these lists, and the casual layout against chrono's real classes.
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
 * What every match of `PARSER_ORDER`'s parsers holds: a digit, a separator and a digit (slash,
 * dotted, ISO and year-month-day dates), or a four-digit year, a separator or space, a month word
 * or number, a separator or space and a digit (`2023 March 5`, `2023/Jan./5`). Text without it
 * gives chrono nothing to read, so it is not parsed (about half of news documents). Written for the
 * parsers above; `test/chrono.test.ts` checks that text without it yields no results.
 */
export const MAY_HOLD_NUMERIC_DATE = /\d[-./]\d|\d{4}[-./\s](?:[A-Za-z]+\.?|\d{1,2})[-./\s]\d/;

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

/**
 * The layout of chrono-node 2.10.3's `en.configuration.createCasualConfiguration(littleEndian)`
 * (the same for both orders): what sits at each position. Guarded by `test/chrono.test.ts` against
 * the real classes, and at run time by the lengths, so a chrono upgrade that moves things fails loudly.
 */
export const CASUAL_PARSERS = [
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENTimeUnitWithinFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENWeekdayParser",
  "ENSlashMonthFormatParser",
  "ENTimeExpressionParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENYearMonthNameParser",
  "ENCasualDateParser",
  "ENCasualTimeParser",
  "ENEndOfCurrentMonthParser",
  "ENMonthNameParser",
  "ENRelativeDateFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
] as const;

/** See `CASUAL_PARSERS`: the refiners of the casual configuration, by position. */
export const CASUAL_REFINERS = [
  // Unshifted by createCasualConfiguration, then by createConfiguration (en), then by includeCommonConfiguration.
  "ENEndOfPeriodRefiner", "OverlapRemovalRefiner", "ENMergeRelativeAfterDateRefiner", "ENMergeRelativeFollowByDateRefiner",
  "OverlapRemovalRefiner", "ExtractTimezoneOffsetRefiner", "MergeWeekdayComponentRefiner",
  // createConfiguration's own list, then includeCommonConfiguration's pushes.
  "ENMergeDateTimeRefiner", "ExtractTimezoneAbbrRefiner", "OverlapRemovalRefiner", "ForwardDateRefiner", "UnlikelyFormatFilter",
  // Pushed by createConfiguration (en), then by createCasualConfiguration.
  "ENMergeDateTimeRefiner", "ENExtractYearSuffixRefiner", "ENMergeDateRangeRefiner", "ENUnlikelyFormatFilter",
] as const;

/**
 * Takes the instances `names` asks for from `available` (laid out as `layout`), in the order `names`
 * gives: the n-th request for a name gets the n-th instance at that name's positions in the layout.
 * Never reads class names, so renamed (minified) classes are picked the same. Fails loudly when the
 * configuration does not have the layout's length or a name is missing.
 */
function pick<T>(names: readonly string[], layout: readonly string[], available: readonly T[], ours: Record<string, () => T>): T[] {
  if (available.length !== layout.length) {
    throw new Error(`chrono configuration has ${available.length} entries where ${layout.length} were expected (chrono-node upgraded?)`);
  }
  const taken = new Set<number>();
  return names.map((name) => {
    const make = ours[name];
    if (make) return make();
    const at = layout.findIndex((n, i) => n === name && !taken.has(i));
    const item = available[at];
    if (at < 0 || item === undefined) throw new Error(`chrono configuration has no ${name}`);
    taken.add(at);
    return item;
  });
}

/**
 * Creates our chrono instance. `littleEndian` reads ambiguous slash dates day-first (en-GB);
 * dotted dates are always day-first.
 */
export function createChrono(littleEndian = false): Chrono {
  const base = en.configuration.createCasualConfiguration(littleEndian);
  const parsers = pick<Parser>(PARSER_ORDER, CASUAL_PARSERS, base.parsers, {
    BareYearParser: () => new BareYearParser(),
  });
  const refiners = pick<Refiner>(REFINER_ORDER, CASUAL_REFINERS, base.refiners, {
    DayFirstDottedRefiner: () => new DayFirstDottedRefiner(),
    NumericNoiseFilter: () => new NumericNoiseFilter(),
  });
  return new Chrono({ parsers, refiners });
}
