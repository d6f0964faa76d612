/**
 * Documents: `importDocument` (parse an article and store it with its events, in one
 * transaction, once per content) and `listDocuments`.
 */
import type { Mention, ParsedEvent, ParseResult, ParseWarning } from "@dateline/parser";
import { DateValue, EventStatus, type DocumentDTO } from "@dateline/schema";
import { z } from "zod";
import { prismaOf, type DbOption } from "./client.ts";
import { isoToMs, toDocumentDTO } from "./dto.ts";
import { AppError } from "./errors.ts";
import type { Prisma } from "./generated/sqlite/client.ts";
import { contentHash } from "./hash.ts";
import { parseInput } from "./validate.ts";

/** Largest article accepted, in UTF-8 bytes (1 MiB). */
export const MAX_TEXT_BYTES = 1024 * 1024;

/**
 * An event to store: a parser event (`ParsedEvent` fits), possibly edited by a reviewer.
 * `span`/`sentence` locate the evidence in the document text; `mentionIds[0]` is the mention
 * that anchors the date (its offsets become the highlight).
 */
export type ImportCandidate = Pick<ParsedEvent, "title" | "date" | "sentence" | "span" | "mentionIds" | "confidence"> & {
  summary?: string | null;
  tags?: string[];
};

export interface ImportDocumentInput {
  /** The article text, stored as given (source offsets index into it). ≤ 1 MiB. */
  text: string;
  /** http(s) URL of the article. */
  url?: string | null;
  /** Title; default: the title line the parser found. */
  title?: string | null;
  publisher?: string | null;
  /** BCP-47 language tag (`en`, `en-GB`); also the parser's locale hint. */
  language?: string | null;
  /** Publication date/time (ISO-8601, `2023-04-08` or `2023-04-08T06:05Z`); default: detected. */
  published?: string | null;
  /** IANA zone for wall-clock times in the text; default UTC. */
  timezone?: string | null;
  /** A parse of exactly `text`; when absent `@dateline/parser` parses it. */
  parse?: ParseResult;
  /** Events to store; default: every event of the parse. */
  events?: ImportCandidate[];
}

export interface ImportDocumentOptions extends DbOption {
  /**
   * Status of the created events. Default `published`: seeds and reviewed imports go straight to
   * the public timeline; pass `draft` to stage an import for review.
   */
  status?: EventStatus;
  /** Who imports (user id or e-mail, or `seed`), for the audit row. */
  actor?: string | null;
  /**
   * Called inside the transaction after every row is written, before commit; throwing aborts
   * the whole import (nothing is stored). For extra checks and for tests.
   */
  beforeCommit?: (written: { documentId: string; eventIds: string[] }) => void | Promise<void>;
}

export interface ImportDocumentResult {
  /** False when a document with the same content already existed: nothing was written. */
  created: boolean;
  documentId: string;
  /** Events created by this call (empty when `created` is false). */
  eventIds: string[];
  /** The parser's warnings (empty when `created` is false: the text was not parsed). */
  warnings: ParseWarning[];
}

const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => v || null);

const isoDateOrInstant = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, "expected an ISO-8601 date or instant")
  .refine((v) => Number.isFinite(Date.parse(v)), "not a calendar date");

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const DocumentFields = z.object({
  text: z.string().refine((t) => t.trim().length > 0, "text is empty"),
  url: z
    .url({ protocol: /^https?$/, error: "expected an http(s) URL" })
    .max(2048)
    .nullish()
    .transform((v) => v ?? null),
  title: optionalText(500),
  publisher: optionalText(200),
  language: optionalText(35),
  published: isoDateOrInstant.nullish().transform((v) => v ?? null),
  timezone: z.string().trim().refine(isTimeZone, "unknown IANA time zone").nullish().transform((v) => v || null),
});

const Candidate = z.object({
  title: z.string().trim().min(1, "title is required").max(200),
  summary: optionalText(5000),
  date: DateValue,
  sentence: z.string(),
  span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  mentionIds: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  tags: z.array(z.string().trim().min(1).max(50)).max(30).default([]),
});
type Candidate = z.output<typeof Candidate>;

function candidatesFor(text: string) {
  return z.array(Candidate).max(5000).superRefine((events, ctx) => {
    events.forEach((e, i) => {
      if (e.span.start > e.span.end || e.span.end > text.length) {
        ctx.addIssue({ code: "custom", path: [i, "span"], message: `span ${e.span.start}..${e.span.end} is outside the text (${text.length})` });
      } else if (text.slice(e.span.start, e.span.end) !== e.sentence) {
        // The quote is the evidence readers are shown: it must be the article's own words.
        ctx.addIssue({ code: "custom", path: [i, "sentence"], message: `sentence is not the text at span ${e.span.start}..${e.span.end}` });
      }
    });
  });
}

/** Highlight of the anchoring mention, relative to the quote, when it lies inside it. */
function highlightOf(candidate: Candidate, mention: Mention | undefined) {
  if (!mention) return { highlightStart: null, highlightEnd: null };
  const start = mention.start - candidate.span.start;
  const end = mention.end - candidate.span.start;
  const inside = start >= 0 && end <= candidate.sentence.length && start <= end;
  return inside ? { highlightStart: start, highlightEnd: end } : { highlightStart: null, highlightEnd: null };
}

function eventData(candidate: Candidate, mentions: Map<string, Mention>, documentId: string, status: EventStatus) {
  const anchorId = candidate.mentionIds[0];
  const mention = anchorId === undefined ? undefined : mentions.get(anchorId);
  return {
    title: candidate.title,
    summary: candidate.summary,
    dateValue: candidate.date.value,
    datePrecision: candidate.date.precision,
    dateStart: isoToMs(candidate.date.start),
    dateEnd: isoToMs(candidate.date.end),
    dateMod: candidate.date.mod ?? null,
    confidence: candidate.confidence,
    status,
    sources: {
      create: {
        documentId,
        spanStart: candidate.span.start,
        spanEnd: candidate.span.end,
        quote: candidate.sentence,
        ...highlightOf(candidate, mention),
        dateText: mention?.text ?? null,
        resolution: mention?.resolution.explanation ?? null,
        resolutionRule: mention?.resolution.rule ?? null,
      },
    },
    tags: {
      create: [...new Set(candidate.tags)].map((name) => ({
        tag: { connectOrCreate: { where: { name }, create: { name } } },
      })),
    },
  } satisfies Prisma.EventUncheckedCreateInput;
}

async function parseText(text: string, fields: z.output<typeof DocumentFields>): Promise<ParseResult> {
  const { parseDocument } = await import("@dateline/parser").catch((error: unknown) => {
    throw new Error("cannot load @dateline/parser: build it first (`npm run build -w @dateline/parser`)", { cause: error });
  });
  return parseDocument(text, {
    ...(fields.published ? { published: fields.published } : {}),
    ...(fields.timezone ? { timezone: fields.timezone } : {}),
    ...(fields.language ? { locale: fields.language } : {}),
  });
}

/** Prisma's unique-constraint error (P2002), checked by code so the client loads lazily. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/**
 * Stores an article and its events: one Document, one Event + EventSource per candidate, one
 * audit row, all in ONE transaction (an error part-way stores nothing). Idempotent by content:
 * when a document with the same normalised text exists, nothing is parsed or written and the
 * result says `created: false`.
 * Throws AppError INVALID_INPUT (empty text, bad URL/date/zone/candidate) or PAYLOAD_TOO_LARGE
 * (text over 1 MiB).
 */
export async function importDocument(
  input: ImportDocumentInput,
  options: ImportDocumentOptions = {},
): Promise<ImportDocumentResult> {
  if (typeof input.text === "string" && Buffer.byteLength(input.text, "utf8") > MAX_TEXT_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `text is ${Buffer.byteLength(input.text, "utf8")} bytes; the limit is ${MAX_TEXT_BYTES}`, {
      issues: [{ path: "text", message: "text is larger than 1 MiB" }],
    });
  }
  const fields = parseInput(DocumentFields, input, "document");
  const status = parseInput(EventStatus, options.status ?? "published", "status");
  const hash = contentHash(fields.text);
  const prisma = await prismaOf(options.db);

  const existing = await prisma.document.findUnique({ where: { contentHash: hash }, select: { id: true } });
  if (existing) return { created: false, documentId: existing.id, eventIds: [], warnings: [] };

  const parse = input.parse ?? (await parseText(fields.text, fields));
  const candidates = parseInput(candidatesFor(fields.text), input.events ?? parse.events, "events");
  const mentions = new Map(parse.mentions.map((m) => [m.id, m]));
  const published = parse.document.published;

  try {
    const written = await prisma.$transaction(async (tx) => {
      const doc = await tx.document.create({
        data: {
          title: fields.title ?? parse.document.title,
          url: fields.url,
          publisher: fields.publisher,
          publishedAt: published ? new Date(published.start) : null,
          publishedValue: published?.value ?? null,
          publishedPrecision: published?.precision ?? null,
          timezone: fields.timezone ?? parse.document.timezone,
          language: fields.language,
          text: fields.text,
          contentHash: hash,
        },
      });
      const eventIds: string[] = [];
      for (const candidate of candidates) {
        const event = await tx.event.create({ data: eventData(candidate, mentions, doc.id, status), select: { id: true } });
        eventIds.push(event.id);
      }
      await tx.auditLog.create({
        data: {
          actor: options.actor ?? null,
          action: "document.import",
          entityType: "Document",
          entityId: doc.id,
          after: JSON.stringify({ contentHash: hash, title: doc.title, url: doc.url, eventIds, status }),
        },
      });
      await options.beforeCommit?.({ documentId: doc.id, eventIds });
      return { documentId: doc.id, eventIds };
    });
    return { created: true, ...written, warnings: parse.warnings };
  } catch (error) {
    // A concurrent import of the same text won the race: same outcome as finding it first.
    if (isUniqueViolation(error)) {
      const winner = await prisma.document.findUnique({ where: { contentHash: hash }, select: { id: true } });
      if (winner) return { created: false, documentId: winner.id, eventIds: [], warnings: [] };
    }
    throw error;
  }
}

/** Every stored document, newest first, with the number of (not deleted) events it sources. */
export async function listDocuments(options: DbOption = {}): Promise<DocumentDTO[]> {
  const prisma = await prismaOf(options.db);
  const rows = await prisma.document.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    include: { sources: { where: { event: { deletedAt: null } }, select: { eventId: true } } },
  });
  return rows.map(({ sources, ...doc }) => toDocumentDTO(doc, new Set(sources.map((s) => s.eventId)).size));
}
