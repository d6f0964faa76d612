/**
 * Our own chrono parsers and refiners. Each is a small class implementing chrono's `Parser` or
 * `Refiner` interface; their place in the pipeline is declared once in `./index.ts`.
 */
import type { Parser, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { isValidDay } from "../date/calendar.js";

/** Tags our extensions add to chrono results (read by the refine stage for provenance). */
export const TAG = {
  dayFirstDotted: "refiner/DayFirstDottedRefiner",
  bareYear: "parser/BareYearParser",
  ambiguousOrder: "refiner/AmbiguousNumericOrder",
} as const;

const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\b/;
const NUMERIC = /\b(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})\b/;

/**
 * `08.04.2023` is 8 April: dotted numeric dates are day-first wherever they are written.
 * chrono's slash parser reads them month-first (US order) unless configured little-endian;
 * this refiner swaps day and month back when the day-first reading is a real date.
 * Slash/dash dates whose order the text cannot decide (both parts ≤ 12) get a tag, so the
 * refine stage can mark the order as implied and lower confidence.
 */
export class DayFirstDottedRefiner implements Refiner {
  refine = (_context: ParsingContext, results: ParsingResult[]): ParsingResult[] => {
    for (const result of results) {
      if (!result.tags().has("parser/SlashDateFormatParser")) continue;
      const dotted = DOTTED.exec(result.text);
      const start = result.start;
      if (dotted) {
        const first = Number(dotted[1]);
        const second = Number(dotted[2]);
        const year = start.get("year") ?? 2000;
        if (start.get("month") === first && start.get("day") === second && isValidDay(year, second, first)) {
          start.assign("day", first);
          start.assign("month", second);
        }
        result.addTag(TAG.dayFirstDotted);
        continue;
      }
      const numeric = NUMERIC.exec(result.text);
      if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2]) {
        result.addTag(TAG.ambiguousOrder);
      }
    }
    return results;
  };
}

/** Characters around a purely numeric match that show it is part of a longer number (1.5.3, 192.168.1.1, 555-123-4567). */
const NUMBER_BEFORE = /(?:\d[.,:/-]?|[$€£¥#+])$/;
const NUMBER_AFTER = /^(?:[.,:/-]?\d|\s*(?:%|percent\b|per cent\b))/;
const ONLY_NUMERIC = /^[\d\s.,:/-]+$/;
const LOWERCASE_WORDS = /^(?:sat|sun|wed|mon|march|jan|mar|may|sept?|dec|fri|thu|tue)$/;

/**
 * Drops results that are pieces of other numbers (versions, IP addresses, phone numbers, prices,
 * scores, decimals, bare hours) and lowercase words that only look like dates ("they sat", "the
 * march"). chrono sees only the matched text; this refiner also looks at its neighbours.
 */
export class NumericNoiseFilter implements Refiner {
  refine = (context: ParsingContext, results: ParsingResult[]): ParsingResult[] =>
    results.filter((result) => {
      const before = context.text.slice(Math.max(0, result.index - 2), result.index);
      // "$12.09 a share" is a price, not 12:09 a.m.
      if (/^\d/.test(result.text) && /[$€£¥]\s?$/.test(before)) return false;
      // Words that are also weekday/month names: "they sat", "the march", "sun".
      if (LOWERCASE_WORDS.test(result.text.replace(/^(?:on|in|at|by|from)\s+/i, ""))) return false;
      // A bare hour ("from 16 members to 19") is a number unless a colon, a.m./p.m. or o'clock says time.
      if (/^(?:(?:at|from|by|to|until|till)\s+)?\d{1,2}$/i.test(result.text)) return false;
      if (!ONLY_NUMERIC.test(result.text)) return true;
      const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 12);
      if (NUMBER_BEFORE.test(before) || NUMBER_AFTER.test(after)) return false;
      // Bare "3-1", "10/20" without a year: a score or a fraction, not a date.
      return /\d{4}|\d[/.-]\d{1,2}[/.-]\d/.test(result.text) || /:/.test(result.text);
    });
}

const YEAR_PREPOSITIONS = "in|since|by|during|until|till|before|after|through|throughout|from|of|to|early|late|mid|around|circa";

/**
 * A bare four-digit year after a preposition: "in 2014", "since 1998", "by 2030". The year must be
 * 1000–2099 and not followed by a unit or a counted noun ("in 2000 soldiers" stays a number).
 */
export class BareYearParser implements Parser {
  pattern(): RegExp {
    return new RegExp(`\\b(?:${YEAR_PREPOSITIONS})(?:\\s+|(?<=mid)-)(1\\d{3}|20\\d{2})\\b(?![.,]\\d|\\s*(?:%|percent|per\\b|[-–]\\d))`, "i");
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const year = match[1];
    if (year === undefined) return null;
    const after = context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 24);
    // "in 2000 soldiers", "by 1500 votes": a plural noun after the number makes it a count.
    if (/^\s+(?!(?:was|is|has|as|his|its|this|thus|does|plus|less|unless|across|always|perhaps)\b)[a-z]+s\b/.test(after)) return null;
    // The preposition stays in chrono's text (a bare number would fail chrono's UnlikelyFormatFilter);
    // the refine stage trims it off the span.
    return context.createParsingResult(match.index ?? 0, match[0], { year: Number(year) }).addTag(TAG.bareYear);
  }
}
