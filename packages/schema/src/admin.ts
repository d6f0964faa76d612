/**
 * zod schemas of the admin area: what editors submit (event create/update/delete, date preview,
 * article import with review) and what the admin reads return. The same schemas validate in the
 * browser (field errors beside the field) and again on the server.
 */
import { z } from "zod";
import { DateInput, DateValue, EventDTO, EventInput, EventStatus, Precision, TagName, TimexMod } from "./index.ts";

/** Precisions an editor can pick for an event date. */
export const ADMIN_PRECISIONS = ["year", "quarter", "month", "day", "minute"] as const satisfies readonly Precision[];
export const AdminPrecision = z.enum(ADMIN_PRECISIONS);
export type AdminPrecision = z.infer<typeof AdminPrecision>;

/** Date modifiers an editor can pick (TIMEX3 `mod`). */
export const ADMIN_MODS = ["APPROX", "BEFORE", "AFTER", "START", "MID", "END"] as const satisfies readonly TimexMod[];
export const AdminMod = z.enum(ADMIN_MODS);
export type AdminMod = z.infer<typeof AdminMod>;

const EventId = z.string().trim().min(1).max(64);
const Version = z.number().int().positive();

/** Create an event. */
export const AdminEventCreate = EventInput;
export type AdminEventCreate = z.input<typeof AdminEventCreate>;

/** Update an event the editor loaded at `version` (optimistic concurrency). */
export const AdminEventUpdate = EventInput.extend({ id: EventId, version: Version });
export type AdminEventUpdate = z.input<typeof AdminEventUpdate>;

/** Soft-delete or restore an event the editor saw at `version`. */
export const AdminEventRef = z.object({ id: EventId, version: Version });
export type AdminEventRef = z.infer<typeof AdminEventRef>;

/** An event as the admin sees it: also drafts and deleted ones, with the editor's source URL. */
export const AdminEventDTO = EventDTO.extend({
  sourceUrl: z.string().nullable(),
  deletedAt: z.string().nullable(),
});
export type AdminEventDTO = z.infer<typeof AdminEventDTO>;

export const ADMIN_SORTS = ["date-asc", "date-desc", "updated-desc"] as const;
export const ADMIN_STATES = ["active", "deleted", "all"] as const;

/** Query of the admin event table. Every field has a default, so `{}` is the first page. */
export const AdminEventQuery = z.object({
  q: z.string().trim().max(200).default(""),
  status: z.union([EventStatus, z.literal("any")]).default("any"),
  precision: z.union([Precision, z.literal("any")]).default("any"),
  state: z.enum(ADMIN_STATES).default("active"),
  sort: z.enum(ADMIN_SORTS).default("date-asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(5).max(100).default(25),
});
export type AdminEventQuery = z.input<typeof AdminEventQuery>;

export interface AdminEventPage {
  items: AdminEventDTO[];
  total: number;
  page: number;
  pageSize: number;
}

/** "What did you understand?" for the event form's date field. */
export const DatePreviewInput = z.object({
  text: z.string().trim().min(1, "Enter a date").max(200),
  /** Optional end of a range ("until March 2022"). */
  endText: z.string().trim().max(200).default(""),
  /** Override of the understood precision. */
  precision: z.union([AdminPrecision, z.literal("auto")]).default("auto"),
  /** Override of the understood modifier; `none` clears it. */
  mod: z.union([AdminMod, z.literal("none"), z.literal("auto")]).default("auto"),
  /** Reference instant for relative phrases ("last Friday"); default: now. */
  reference: z.iso.datetime({ offset: true }).optional(),
});
export type DatePreviewInput = z.input<typeof DatePreviewInput>;

/** What the server understood from a date phrase. */
export interface DatePreview {
  date: DateValue;
  /** How it was read ("early 2022" → 2022, start of the year). */
  explanation: string;
  /** Parts the phrase did not state and were implied (`year`, `day`, …). */
  implied: string[];
}

/** Largest article accepted, in bytes. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

const optionalText = (max: number) => z.string().trim().max(max).default("");
const httpUrlOrEmpty = z.union([
  z.literal(""),
  z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "Enter an http(s) URL" }).max(2048),
]);
const publishedOrEmpty = z.union([
  z.literal(""),
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/, "Use YYYY-MM-DD or YYYY-MM-DDTHH:MM")
    .refine((v) => Number.isFinite(Date.parse(v)), "Not a calendar date"),
]);

/** The article to parse for review (text already decoded). */
export const ImportArticleInput = z.object({
  text: z
    .string()
    .refine((t) => t.trim().length > 0, "Paste the article text or choose a file")
    .refine((t) => new TextEncoder().encode(t).length <= MAX_ARTICLE_BYTES, "The article is larger than 1 MB"),
  url: httpUrlOrEmpty.default(""),
  publisher: optionalText(200),
  published: publishedOrEmpty.default(""),
});
export type ImportArticleInput = z.input<typeof ImportArticleInput>;

/** One reviewed candidate the editor accepted (possibly edited). */
export const ReviewedCandidate = z.object({
  title: z.string().trim().min(1, "Title is required").max(200),
  summary: z.string().trim().max(5000).nullable().default(null),
  date: DateInput,
  sentence: z.string().max(20_000),
  span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  mentionIds: z.array(z.string().max(32)).max(50),
  confidence: z.number().min(0).max(1),
  tags: z.array(TagName).max(30).default([]),
});
export type ReviewedCandidate = z.input<typeof ReviewedCandidate>;

/** Save a reviewed import: the article plus the accepted candidates, in one transaction. */
export const ImportSaveInput = ImportArticleInput.extend({
  accepted: z.array(ReviewedCandidate).max(500),
  status: EventStatus.default("published"),
});
export type ImportSaveInput = z.input<typeof ImportSaveInput>;

/** One parser candidate, as the review screen shows it. */
export interface ImportCandidateView {
  /** Parser event id (`e0`, …), stable for one text and options. */
  id: string;
  title: string;
  sentence: string;
  span: { start: number; end: number };
  date: DateValue;
  /** The date expression as written, and where it sits inside `sentence` (for highlighting). */
  dateText: string | null;
  highlight: { start: number; end: number } | null;
  /** How the parser resolved it, for people, and the rule name. */
  resolution: string;
  rule: string;
  /** Parts the text did not state (`year`, `day-month-order`, …). */
  implied: string[];
  /** True when an implied part was a guess between readings (e.g. day/month order). */
  ambiguous: boolean;
  confidence: number;
  mentionIds: string[];
}

/** The parse of an article for review. */
export interface ImportPreview {
  /** Title line the parser found. */
  title: string | null;
  /** Publication date used as the reference (given or detected), with where it came from. */
  published: DateValue | null;
  publishedSource: string | null;
  /**
   * The story's press dateline ("KYIV, Feb. 24 (Reuters) —"), when dated: its day, whether relative
   * dates count from it instead of `published` (`reference`), and why, for the editor.
   */
  dateline: { text: string; date: DateValue; reference: boolean; implied: string[]; explanation: string } | null;
  candidates: ImportCandidateView[];
  warnings: { code: string; message: string }[];
  /** Id of the stored document with the same content: saving would add nothing. */
  existingDocumentId: string | null;
}
