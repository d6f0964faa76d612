/**
 * Exports of the current selection (CSV that spreadsheets cannot execute, JSON, TimelineJS JSON)
 * and the links the toolbar offers. Pure: the route handler and the browser share it.
 */
import type { TimelineEvent, TimelineExportEvent } from "@dateline/schema/timeline";
import { eventDateText } from "./dates";
import { filterParams, type ViewState } from "./urlState";

export const EXPORT_FORMATS = [
  { format: "csv", label: "CSV" },
  { format: "json", label: "JSON" },
  { format: "timelinejs", label: "TimelineJS" },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]["format"];

/** `/api/timeline/export?…` for the window and filters. */
export function exportUrl(format: ExportFormat, window: readonly [number, number], state: Omit<ViewState, "window">): string {
  const params = filterParams(state);
  params.set("from", String(Math.floor(window[0])));
  params.set("to", String(Math.ceil(window[1])));
  params.set("format", format);
  return `/api/timeline/export?${params.toString()}`;
}

/**
 * One CSV field. Text a spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * carriage return) is prefixed with an apostrophe (OWASP's advice); fields with commas, quotes
 * or line breaks are quoted. Plain numbers and ISO instants of BCE years stay as they are.
 */
const INERT = /^(-?\d+(\.\d+)?|[+-]\d{6}-\d{2}-\d{2}T[\d:.]+Z)$/;

export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  // A plain number or an extended-year ISO instant (BCE dates start with "-") is inert.
  if (/^[=+\-@\t\r]/.test(text) && !INERT.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = ["id", "title", "date", "value", "precision", "mod", "start", "end", "lane", "importance", "tags", "sources", "quotes"] as const;

/** Line break between the values of a multi-valued cell (tags, sources, quotes). */
const LINE = "\n";
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The `sources` cell: one line per cited document (its publisher and URL, either left out when
 * unknown), then the editor's source URL, if any.
 */
function sourcesCell(e: TimelineExportEvent): string {
  const lines = e.sources.map((s) => [s.publisher, s.url].filter((part) => part !== null).map(oneLine).join(" "));
  return [...lines, ...(e.sourceUrl === null ? [] : [e.sourceUrl])].join(LINE);
}

/**
 * The events as CSV (RFC 4180, CRLF line ends, header first). Tags (names cannot hold control
 * characters) and the evidence are one value per line within their cell; `quotes` has one line
 * per cited document, in the order of `sources`, its white space collapsed.
 */
export function eventsToCsv(events: readonly TimelineExportEvent[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const e of events) {
    lines.push(
      [
        e.id,
        e.title,
        eventDateText(e),
        e.value,
        e.precision,
        e.mod,
        new Date(e.start).toISOString(),
        new Date(e.end).toISOString(),
        e.lane,
        e.importance,
        e.tags.join(LINE),
        sourcesCell(e),
        e.sources.map((source) => oneLine(source.quote)).join(LINE),
      ]
        .map(csvField)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** Parses CSV text (RFC 4180) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date: string;
}

const PRECISION_PARTS: Record<string, number> = { year: 1, half: 2, quarter: 2, season: 2, month: 2, week: 3, day: 3, hour: 4, minute: 5, second: 5 };

function timelineJsDate(ms: number, parts: number, display: string): TimelineJsDate {
  const d = new Date(ms);
  const out: TimelineJsDate = { year: d.getUTCFullYear(), display_date: display };
  if (parts >= 2) out.month = d.getUTCMonth() + 1;
  if (parts >= 3) out.day = d.getUTCDate();
  if (parts >= 4) out.hour = d.getUTCHours();
  if (parts >= 5) out.minute = d.getUTCMinutes();
  return out;
}

/**
 * TimelineJS 3 JSON (`{ events: [{ start_date, end_date, text, group, unique_id }] }`), each date
 * given only to the parts its precision knows, with the date as written for display.
 */
export function eventsToTimelineJs(events: readonly TimelineEvent[]): { events: object[] } {
  return {
    events: events.map((e) => {
      const parts = PRECISION_PARTS[e.precision] ?? 1;
      const display = eventDateText(e);
      const single = parts >= 3 && e.end - e.start <= 86_400_000;
      return {
        unique_id: e.id,
        start_date: timelineJsDate(e.start, parts, display),
        ...(single ? {} : { end_date: timelineJsDate(e.end - 1, parts, display) }),
        text: { headline: e.title },
        ...(e.lane ? { group: e.lane } : {}),
      };
    }),
  };
}
