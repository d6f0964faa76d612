/**
 * Validation of `parseDocument` options. Programmer mistakes throw `Error` with a short,
 * value-bearing message; nothing here reads the clock or the environment.
 */
import { isValidTimeZone } from "./date/calendar.js";
import { type ReferenceDate, parseReferenceDate } from "./date/iso.js";
import type { ParseOptions } from "./types.js";

/** Default cap on events per document. */
export const DEFAULT_MAX_EVENTS = 500;

/** Locales whose ambiguous numeric dates read day-first (01/02/2023 = 1 February). */
const DAY_FIRST_REGIONS = new Set(["GB", "IE", "AU", "NZ", "IN", "ZA", "NG", "KE", "PK", "SG", "HK", "MT"]);

/** Options after validation, with defaults applied. */
export interface ResolvedOptions {
  published: ReferenceDate | null;
  timezone: string;
  locale: string;
  littleEndian: boolean;
  maxEvents: number;
}

const show = (v: unknown): string => (v instanceof Date ? String(v) : typeof v === "string" ? v : JSON.stringify(v) ?? String(v));

const locales = new Map<string, { canonical: string; region: string }>();

/** Canonical form and region of an English locale tag; throws for anything else. */
function canonicalLocale(locale: unknown): { canonical: string; region: string } {
  const known = typeof locale === "string" ? locales.get(locale) : undefined;
  if (known) return known;
  let canonical: string;
  try {
    canonical = typeof locale === "string" ? (Intl.getCanonicalLocales(locale)[0] ?? "") : "";
  } catch {
    canonical = "";
  }
  if (!/^en(?:-|$)/.test(canonical)) throw new Error(`invalid locale: "${show(locale)}" (supported: en, en-XX)`);
  const result = { canonical, region: new Intl.Locale(canonical).region ?? "" };
  locales.set(locale as string, result);
  return result;
}

/** Validates options; throws `Error` such as `invalid published date: "2023-13-01"`. */
export function resolveOptions(options: ParseOptions = {}): ResolvedOptions {
  if (options === null || typeof options !== "object") throw new Error(`invalid options: ${show(options)}`);
  const timezone = options.timezone ?? "UTC";
  if (typeof timezone !== "string" || !isValidTimeZone(timezone)) throw new Error(`invalid timezone: "${show(timezone)}"`);

  const locale = options.locale ?? "en";
  const { canonical, region } = canonicalLocale(locale);

  const maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  if (!Number.isInteger(maxEvents) || maxEvents < 0) throw new Error(`invalid maxEvents: ${show(maxEvents)}`);

  let published: ReferenceDate | null = null;
  if (options.published !== undefined && options.published !== null) {
    try {
      published = parseReferenceDate(options.published, timezone);
    } catch {
      throw new Error(`invalid published date: "${show(options.published)}"`);
    }
  }
  return { published, timezone, locale: canonical, littleEndian: DAY_FIRST_REGIONS.has(region), maxEvents };
}
