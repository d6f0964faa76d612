/**
 * Stage 3: document metadata. Classifies lines (header, publication timestamp, caption, heading,
 * byline, label, body) and detects the publication date from a header line (`date 2023-04-08`)
 * or a timestamp line (`06:05 GMT 08.04.2023`). Metadata lines never yield events.
 */
import { isValidDay } from "../date/calendar.js";
import { type ReferenceDate, parseReferenceDate } from "../date/iso.js";
import type { PublishedSource } from "../types.js";
import type { Span } from "./segment.js";

/** What a line is. Only `body` lines yield events; `dateline` is a press dateline alone on its line. */
export type LineKind = "header" | "timestamp" | "caption" | "heading" | "byline" | "label" | "dateline" | "body";

export interface LineInfo extends Span {
  kind: LineKind;
  /** Length of a leading press dateline ("MOSCOW (Sputnik) - "), 0 when none. */
  datelinePrefix: number;
}

const HEADER = /^(?:date|published|posted|updated|dateline)\s*[:=]?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\b/i;
const TIME = String.raw`(\d{1,2}):(\d{2})(?:\s*(GMT|UTC|Z))?`;
const DOTTED_DATE = String.raw`(\d{1,2})\.(\d{1,2})\.(\d{4})`;
/** A line that is only a time and a dotted day-first date, either order. */
const TIMESTAMP = new RegExp(`^(?:${TIME}\\s*,?\\s*${DOTTED_DATE}|${DOTTED_DATE}\\s*,?\\s*(?:${TIME})?)$`);
/** A trailing photo credit: "… - Sputnik International, 1920, 08.04.2023", "… | Reuters/Jane Doe". */
const CREDIT = /\s[-–—|]\s*[A-Z][^.!?]{1,60},\s*[^.!?]*\d[\d.,/\s-]*$|(?:^|\s)(?:©|\((?:photo|image|file photo)\b)|\b(?:photo|image|picture)\s*(?:credit)?\s*:|\b(?:AFP|Reuters|AP Photo|Getty Images)\s*\/\s*\S/i;
const BYLINE = /^(?:by|from|written by|reporting by)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|,))*\s*$/i;
/** An AP-style date after the agency: "— Sept. 3, 2022 — ", "— Thursday, March 3 — ". */
const DATELINE_DATE_PART = String.raw`[-–—]{1,2}\s+(?:[A-Z][a-z]+,\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\s+`;
/**
 * "MOSCOW (Sputnik) - ", "WASHINGTON, August 11 (Xinhua) -- ", "PARIS, France — ",
 * "WASHINGTON (AP) — Sept. 3, 2022 — ", or "LONDON, March 3 —" alone on its line: where and when, not what.
 */
const PRESS_DATELINE = new RegExp(
  String.raw`^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Za-z0-9 .]{2,30}){0,3}\s*(?:\([^)]{1,40}\)\s*|\s+)(?:${DATELINE_DATE_PART})?[-–—_]{1,2}(?:\s+(?=\S)|\s*$)`,
);
const TERMINAL = /[.!?]["'”’)\]]*$/;
const FINITE_VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|said|says|say|told|tells|[a-z]{3,}ed)\b/i;

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** A letter, an apostrophe (' or ’) or a hyphen: what continues a word. */
const isWordTail = (c: number): boolean => isAsciiLetter(c) || c === 0x27 || c === 0x2019 || c === 0x2d;

/**
 * Share of the words (`[A-Za-z][A-Za-z'’-]*`) longer than three characters that start with a
 * capital. Counted in one pass without collecting the words: a line can be a whole document.
 */
export function titleCaseRatio(line: string): number {
  let content = 0;
  let capitalised = 0;
  for (let i = 0; i < line.length; ) {
    const first = line.charCodeAt(i);
    if (!isAsciiLetter(first)) {
      i++;
      continue;
    }
    const start = i;
    for (i++; i < line.length && isWordTail(line.charCodeAt(i)); i++);
    if (i - start > 3) {
      content++;
      if (first <= 0x5a) capitalised++;
    }
  }
  return content === 0 ? 0 : capitalised / content;
}

/** Classifies one line of normalised text. */
export function classifyLine(text: string): LineKind {
  if (HEADER.test(text)) return "header";
  if (TIMESTAMP.test(text)) return "timestamp";
  if (CREDIT.test(text)) return "caption";
  if (BYLINE.test(text) && text.length < 80) return "byline";
  if (!TERMINAL.test(text)) {
    if (titleCaseRatio(text) >= 0.6) return "heading";
    if (!FINITE_VERB.test(text)) return "label";
  }
  return "body";
}

/** Classifies every line and measures leading press datelines. */
export function classifyLines(text: string, lines: readonly Span[]): LineInfo[] {
  return lines.map((line) => {
    const body = text.slice(line.start, line.end);
    let kind = classifyLine(body);
    // Only a body line, or a short one that reads as a heading ("LONDON, March 3 —"), can be a dateline.
    const prefix = kind === "body" || (kind === "heading" && body.length <= 120) ? PRESS_DATELINE.exec(body) : null;
    if (prefix && prefix[0].length === body.length) kind = "dateline";
    else if (kind !== "body") return { start: line.start, end: line.end, kind, datelinePrefix: 0 };
    return { start: line.start, end: line.end, kind, datelinePrefix: prefix ? prefix[0].length : 0 };
  });
}

/** A publication date found in the text. */
export interface DetectedPublished {
  reference: ReferenceDate;
  source: Exclude<PublishedSource, "option" | null>;
  /** Span of the header/timestamp in the normalised text. */
  span: Span;
}

function timestampIso(m: RegExpExecArray): string | null {
  // Groups: 1-3 time, 4-6 date (time first) | 7-9 date, 10-12 time (date first).
  const [day, month, year] = m[4] !== undefined ? [m[4], m[5], m[6]] : [m[7], m[8], m[9]];
  const [hour, minute, zone] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[10], m[11], m[12]];
  if (!day || !month || !year || !isValidDay(Number(year), Number(month), Number(day))) return null;
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  if (!hour || !minute || Number(hour) > 23 || Number(minute) > 59) return date;
  return `${date}T${hour.padStart(2, "0")}:${minute}${zone ? "Z" : ""}`;
}

/**
 * Finds the publication date: the first header or timestamp line; when a later one gives the same
 * day with a time, the finer one wins (precision minute). Only the first 40 lines are searched.
 */
export function detectPublished(text: string, lines: readonly LineInfo[], timeZone: string): DetectedPublished | null {
  let best: DetectedPublished | null = null;
  for (const line of lines.slice(0, 40)) {
    if (line.kind !== "header" && line.kind !== "timestamp") continue;
    const body = text.slice(line.start, line.end);
    const stamp = line.kind === "timestamp" ? TIMESTAMP.exec(body) : null;
    const iso = line.kind === "header" ? (HEADER.exec(body)?.[1] ?? null) : stamp ? timestampIso(stamp) : null;
    if (!iso) continue;
    let reference: ReferenceDate;
    try {
      reference = parseReferenceDate(iso.replace(" ", "T"), timeZone);
    } catch {
      continue;
    }
    const found: DetectedPublished = {
      reference,
      source: line.kind === "header" ? "header" : "dateline",
      span: { start: line.start, end: line.end },
    };
    if (!best) {
      best = found;
      continue;
    }
    const sameDay = reference.date.value.slice(0, 10) === best.reference.date.value.slice(0, 10);
    if (sameDay && reference.date.value.length > best.reference.date.value.length) best = found;
  }
  return best;
}
