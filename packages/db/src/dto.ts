/**
 * Rows → DTOs. The only place that knows both shapes: epoch-millisecond BigInts become UTC ISO
 * strings, string columns become the schema's enums.
 */
import {
  EventStatus,
  Precision,
  TimexMod,
  type DocumentDTO,
  type DocumentRef,
  type EventDTO,
  type EventSourceDTO,
} from "@dateline/schema";
import type { Prisma } from "./generated/sqlite/client.ts";

/** Include clause that loads everything `toEventDTO` needs. */
export const eventInclude = {
  sources: { include: { document: true }, orderBy: [{ createdAt: "asc" }, { spanStart: "asc" }] },
  tags: { include: { tag: true } },
} as const satisfies Prisma.EventInclude;

export type EventRow = Prisma.EventGetPayload<{ include: typeof eventInclude }>;
type DocumentRow = Prisma.DocumentGetPayload<object>;
type SourceRow = EventRow["sources"][number];

/** Epoch milliseconds (as stored) → UTC ISO string. */
export function msToIso(ms: bigint | number): string {
  return new Date(Number(ms)).toISOString();
}

/** UTC ISO string → epoch milliseconds (as stored). Throws on an unparsable instant. */
export function isoToMs(iso: string): bigint {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) throw new Error(`invalid instant: "${iso}"`);
  return BigInt(ms);
}

export function toDocumentRef(doc: DocumentRow): DocumentRef {
  return {
    id: doc.id,
    title: doc.title,
    url: doc.url,
    publisher: doc.publisher,
    publishedAt: doc.publishedAt?.toISOString() ?? null,
    publishedPrecision: doc.publishedPrecision === null ? null : Precision.parse(doc.publishedPrecision),
  };
}

export function toDocumentDTO(doc: DocumentRow, eventCount: number): DocumentDTO {
  return {
    ...toDocumentRef(doc),
    language: doc.language,
    contentHash: doc.contentHash,
    createdAt: doc.createdAt.toISOString(),
    eventCount,
  };
}

function toSourceDTO(source: SourceRow): EventSourceDTO {
  const { highlightStart: hs, highlightEnd: he } = source;
  return {
    document: toDocumentRef(source.document),
    quote: source.quote,
    span: { start: source.spanStart, end: source.spanEnd },
    highlight: hs === null || he === null ? null : { start: hs, end: he },
    dateText: source.dateText,
    resolution: source.resolution,
  };
}

export function toEventDTO(row: EventRow): EventDTO {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    date: {
      value: row.dateValue,
      precision: Precision.parse(row.datePrecision),
      start: msToIso(row.dateStart),
      end: msToIso(row.dateEnd),
      ...(row.dateMod === null ? {} : { mod: TimexMod.parse(row.dateMod) }),
    },
    confidence: row.confidence,
    status: EventStatus.parse(row.status),
    tags: row.tags.map((t) => t.tag.name).sort(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    sources: row.sources.map(toSourceDTO),
  };
}
