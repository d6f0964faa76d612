/**
 * Understands the event form's date field on the server: natural language through
 * @dateline/parser ("24 Feb 2022 05:00 Kyiv time", "last Friday"), plus what a form needs on top
 * of article parsing: ISO-like input ("2022-02", "2022-Q1"), leading modifiers ("early",
 * "around", "before"), a named zone ("Kyiv time"), editor overrides of precision and modifier,
 * and an optional range end. Pure apart from the parser; `reference` is an argument.
 */
import { parseDocument } from "@dateline/parser";
import { toDateValue, wallClockToMs, type DateParts } from "@dateline/parser/date";
import type { DateValue, Precision, TimexMod } from "@dateline/schema";
import type { AdminMod, AdminPrecision, DatePreview } from "@dateline/schema/admin";

/** A phrase that could not be read, with the form field it came from. */
export class DatePhraseError extends Error {
  override readonly name = "DatePhraseError";
  constructor(
    readonly field: "text" | "endText",
    message: string,
  ) {
    super(message);
  }
}

interface Understood {
  date: DateValue;
  explanation: string;
  implied: string[];
}

const MODIFIERS: readonly [RegExp, TimexMod, string][] = [
  [/^(early|beginning of|start of|the start of)\s+/i, "START", "start of the period"],
  [/^(mid-?|middle of|the middle of)\s*/i, "MID", "middle of the period"],
  [/^(late|end of|the end of)\s+/i, "END", "end of the period"],
  [/^(around|about|circa|c\.|approximately|approx\.?|roughly|~)\s*/i, "APPROX", "approximate"],
  [/^(before|until|by)\s+/i, "BEFORE", "before"],
  [/^(after|since)\s+/i, "AFTER", "after"],
];

/** Zones editors name in words; anything else may be given as an IANA name ("Europe/Kyiv"). */
const ZONES: Record<string, string> = {
  kyiv: "Europe/Kyiv",
  kiev: "Europe/Kyiv",
  moscow: "Europe/Moscow",
  london: "Europe/London",
  berlin: "Europe/Berlin",
  paris: "Europe/Paris",
  brussels: "Europe/Brussels",
  warsaw: "Europe/Warsaw",
  washington: "America/New_York",
  "new york": "America/New_York",
  eastern: "America/New_York",
  pacific: "America/Los_Angeles",
  jerusalem: "Asia/Jerusalem",
  beijing: "Asia/Shanghai",
  tokyo: "Asia/Tokyo",
  utc: "UTC",
  gmt: "UTC",
};

function splitModifier(text: string): { rest: string; mod?: TimexMod; note?: string } {
  for (const [pattern, mod, note] of MODIFIERS) {
    const match = pattern.exec(text);
    if (match) return { rest: text.slice(match[0].length), mod, note };
  }
  return { rest: text };
}

function zoneOf(text: string): { rest: string; zone?: string } {
  const iana = /\b([A-Z][a-z]+\/[A-Za-z_]+)\b/.exec(text);
  if (iana?.[1] && isZone(iana[1])) return { rest: text.replace(iana[0], "").trim(), zone: iana[1] };
  const named = /\b([a-z]+(?: [a-z]+)?)\s+time\b/i.exec(text);
  const zone = named?.[1] ? ZONES[named[1].toLowerCase()] : undefined;
  if (named && zone) return { rest: text.replace(named[0], "").trim(), zone };
  const short = /\s+(UTC|GMT)$/i.exec(text);
  if (short) return { rest: text.slice(0, short.index), zone: "UTC" };
  return { rest: text };
}

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** ISO-like input an editor types or the form pre-fills: 2022, 2022-02, 2022-02-24, 2022-02-24T05:00, 2022-Q1, Q1 2022. */
function fromIsoLike(text: string): DateValue | null {
  const quarter = /^(?:(\d{4})-Q([1-4])|Q([1-4])\s+(\d{4}))$/i.exec(text);
  if (quarter) {
    const year = Number(quarter[1] ?? quarter[4]);
    return safeValue({ year, quarter: Number(quarter[2] ?? quarter[3]) }, "quarter");
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?$/.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  const parts: DateParts = { year: Number(y), month: Number(mo ?? 1), day: Number(d ?? 1), hour: Number(h ?? 0), minute: Number(mi ?? 0) };
  const precision: Precision = mi !== undefined ? "minute" : d !== undefined ? "day" : mo !== undefined ? "month" : "year";
  return safeValue(parts, precision);
}

function safeValue(parts: DateParts, precision: Precision, mod?: TimexMod): DateValue | null {
  try {
    return toDateValue(parts, precision, 0, mod);
  } catch {
    return null;
  }
}

const CLOCK_PRECISIONS: readonly Precision[] = ["hour", "minute", "second"];
const CLOCK = /\b([01]?\d|2[0-3])[:.]([0-5]\d)\s*(am|pm)?\b/i;

/** A day plus a clock time the phrase states ("24 Feb 2022 05:00") → that minute, else the day. */
function withClock(date: DateValue, text: string): DateValue {
  const clock = CLOCK.exec(text);
  if (date.precision !== "day" || !clock) return date;
  const day = new Date(date.start);
  const meridiem = clock[3]?.toLowerCase();
  const hour = (Number(clock[1]) % (meridiem ? 12 : 24)) + (meridiem === "pm" ? 12 : 0);
  const parts = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour, minute: Number(clock[2]) };
  return safeValue(parts, "minute", date.mod) ?? date;
}

/**
 * A wall-clock date read as UTC, moved to the same wall-clock time in `zone` (using the zone's
 * offset on that date, daylight saving included). Dates without a time of day are not moved.
 */
function inZone(date: DateValue, zone: string | undefined): DateValue {
  if (!zone || zone === "UTC" || !CLOCK_PRECISIONS.includes(date.precision)) return date;
  const wall = new Date(date.start);
  const start = wallClockToMs(zone, wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds());
  const shift = start - wall.getTime();
  return { ...date, start: new Date(start).toISOString(), end: new Date(Date.parse(date.end) + shift).toISOString() };
}

function understand(text: string, reference: string, field: "text" | "endText"): Understood {
  const { rest: afterMod, mod, note } = splitModifier(text.trim());
  const { rest, zone } = zoneOf(afterMod);
  const withMod = (date: DateValue): DateValue => (date.mod ?? mod ? { ...date, mod: date.mod ?? mod } : date);
  const suffix = [note, zone && zone !== "UTC" ? `wall clock in ${zone}` : undefined].filter(Boolean).join("; ");
  const explain = (base: string) => (suffix ? `${base} (${suffix})` : base);

  const iso = fromIsoLike(rest);
  if (iso) return { date: withMod(inZone(iso, zone)), explanation: explain(`"${rest}" read as ${iso.precision} ${iso.value}`), implied: [] };

  // Read in UTC, then place the wall-clock time in the named zone (offset of that date).
  const result = parseDocument(rest, { published: reference });
  const mention = result.mentions.find((m) => m.date !== null);
  if (!mention?.date) throw new DatePhraseError(field, `Could not read "${text}" as a date. Try "February 2022", "early 2022" or "2022-02-24 05:00".`);
  const stated = mention.timex.mod && !mention.date.mod ? { ...mention.date, mod: mention.timex.mod } : mention.date;
  const date = inZone(withClock(stated, rest.slice(0, mention.start) + rest.slice(mention.end)), zone);
  return { date: withMod(date), explanation: explain(mention.resolution.explanation), implied: mention.resolution.implied };
}

/** The same instant at another precision (the interval that contains its start, in UTC). */
function atPrecision(date: DateValue, precision: AdminPrecision): DateValue {
  const s = new Date(date.start);
  const month = s.getUTCMonth() + 1;
  const parts: DateParts = {
    year: s.getUTCFullYear(),
    month,
    day: s.getUTCDate(),
    hour: s.getUTCHours(),
    minute: s.getUTCMinutes(),
    quarter: Math.floor((month - 1) / 3) + 1,
  };
  return toDateValue(parts, precision, 0, date.mod);
}

export interface DatePhraseRequest {
  text: string;
  endText: string;
  precision: AdminPrecision | "auto";
  mod: AdminMod | "none" | "auto";
}

/**
 * What the date field means: the date at its precision (the editor's override, else the
 * phrase's), its modifier, and an optional range end. Throws DatePhraseError for the field that
 * cannot be read, or when the end is not after the start.
 */
export function resolveDatePhrase(request: DatePhraseRequest, reference: string): DatePreview {
  const start = understand(request.text, reference, "text");
  let date = request.precision === "auto" || request.precision === start.date.precision ? start.date : atPrecision(start.date, request.precision);
  if (request.mod === "none") {
    const { mod: _dropped, ...rest } = date;
    date = rest;
  } else if (request.mod !== "auto") {
    date = { ...date, mod: request.mod };
  }
  const explanation = [start.explanation];
  if (request.endText.trim()) {
    const end = understand(request.endText, reference, "endText");
    if (Date.parse(end.date.end) <= Date.parse(date.start)) {
      throw new DatePhraseError("endText", `The end (${end.date.value}) must be after the start (${date.value}).`);
    }
    date = { ...date, value: `${date.value}/${end.date.value}`, end: end.date.end };
    explanation.push(`until ${end.explanation}`);
  }
  return { date, explanation: explanation.join("; "), implied: start.implied };
}
