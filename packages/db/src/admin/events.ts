/**
 * Admin event verbs: create, update (optimistic concurrency on `version`), soft delete, restore,
 * and the admin table query. Every mutation validates its input with the shared zod schema and
 * writes exactly one audit row (who, what, before/after) in its own transaction.
 */
import {
  AdminEventCreate,
  AdminEventQuery,
  AdminEventRef,
  AdminEventUpdate,
  type AdminEventDTO,
  type AdminEventPage,
} from "@dateline/schema/admin";
import { prismaOf, type DbOption } from "../client.ts";
import { eventInclude, isoToMs, toEventDTO, type EventRow } from "../dto.ts";
import { AppError } from "../errors.ts";
import type { Prisma } from "../generated/sqlite/client.ts";
import { parseInput } from "../validate.ts";
import { writeAudit, type Actor } from "./audit.ts";
import { EditConflictError } from "./errors.ts";

/** Options of every admin mutation: the database and who acts. */
export interface AdminWriteOptions extends DbOption {
  actor: Actor;
}

export function toAdminEventDTO(row: EventRow): AdminEventDTO {
  return { ...toEventDTO(row), sourceUrl: row.sourceUrl, deletedAt: row.deletedAt?.toISOString() ?? null };
}

type EventFields = ReturnType<typeof AdminEventCreate.parse>;

function columns(input: EventFields) {
  return {
    title: input.title,
    summary: input.summary || null,
    dateValue: input.date.value,
    datePrecision: input.date.precision,
    dateStart: isoToMs(input.date.start),
    dateEnd: isoToMs(input.date.end),
    dateMod: input.date.mod ?? null,
    confidence: input.confidence,
    status: input.status,
    sourceUrl: input.sourceUrl ?? null,
  };
}

function tagCreates(tags: readonly string[]) {
  return [...new Set(tags)].map((name) => ({ tag: { connectOrCreate: { where: { name }, create: { name } } } }));
}

async function loadOrThrow(tx: Prisma.TransactionClient, id: string): Promise<EventRow> {
  const row = await tx.event.findUnique({ where: { id }, include: eventInclude });
  if (!row) throw new AppError("NOT_FOUND", `no event with id "${id}"`);
  return row;
}

/** Creates an event (with tags) and its audit row. Throws AppError INVALID_INPUT. */
export async function createEvent(input: unknown, options: AdminWriteOptions): Promise<AdminEventDTO> {
  const fields = parseInput(AdminEventCreate, input, "event");
  const prisma = await prismaOf(options.db);
  return prisma.$transaction(async (tx) => {
    const { id } = await tx.event.create({ data: { ...columns(fields), tags: { create: tagCreates(fields.tags) } }, select: { id: true } });
    const after = toAdminEventDTO(await loadOrThrow(tx, id));
    await writeAudit(tx, { actor: options.actor, action: "event.create", entityType: "Event", entityId: id, before: null, after });
    return after;
  });
}

/**
 * Saves an edit made on `input.version`. When the stored event has moved on, nothing is written
 * and EditConflictError (CONFLICT) carries the stored version. Deleted events cannot be edited
 * (restore first). Throws AppError INVALID_INPUT / NOT_FOUND / CONFLICT.
 */
export async function updateEvent(input: unknown, options: AdminWriteOptions): Promise<AdminEventDTO> {
  const { id, version, ...fields } = parseInput(AdminEventUpdate, input, "event");
  const prisma = await prismaOf(options.db);
  return prisma.$transaction(async (tx) => {
    const beforeRow = await loadOrThrow(tx, id);
    const before = toAdminEventDTO(beforeRow);
    if (beforeRow.deletedAt) throw new AppError("CONFLICT", `event ${id} is deleted; restore it before editing`);
    const { count } = await tx.event.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...columns(fields), version: { increment: 1 } },
    });
    if (count === 0) throw new EditConflictError(before, version);
    await tx.eventTag.deleteMany({ where: { eventId: id } });
    await tx.event.update({ where: { id }, data: { tags: { create: tagCreates(fields.tags) } } });
    const after = toAdminEventDTO(await loadOrThrow(tx, id));
    await writeAudit(tx, { actor: options.actor, action: "event.update", entityType: "Event", entityId: id, before, after });
    return after;
  });
}

async function setDeleted(input: unknown, options: AdminWriteOptions, deleted: boolean): Promise<AdminEventDTO> {
  const { id, version } = parseInput(AdminEventRef, input, "event reference");
  const prisma = await prismaOf(options.db);
  return prisma.$transaction(async (tx) => {
    const before = toAdminEventDTO(await loadOrThrow(tx, id));
    const { count } = await tx.event.updateMany({
      where: { id, version, deletedAt: deleted ? null : { not: null } },
      data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) {
      if (before.version !== version) throw new EditConflictError(before, version);
      throw new AppError("CONFLICT", `event ${id} is ${deleted ? "already deleted" : "not deleted"}`);
    }
    const after = toAdminEventDTO(await loadOrThrow(tx, id));
    const action = deleted ? "event.delete" : "event.restore";
    await writeAudit(tx, { actor: options.actor, action, entityType: "Event", entityId: id, before, after });
    return after;
  });
}

/** Soft-deletes an event (hidden everywhere but the admin's "deleted" view). */
export function softDeleteEvent(input: unknown, options: AdminWriteOptions): Promise<AdminEventDTO> {
  return setDeleted(input, options, true);
}

/** Restores a soft-deleted event. */
export function restoreEvent(input: unknown, options: AdminWriteOptions): Promise<AdminEventDTO> {
  return setDeleted(input, options, false);
}

/** One event for the editor, drafts and deleted ones included; null when it does not exist. */
export async function getEventForAdmin(id: string, options: DbOption = {}): Promise<AdminEventDTO | null> {
  const prisma = await prismaOf(options.db);
  const row = await prisma.event.findUnique({ where: { id }, include: eventInclude });
  return row ? toAdminEventDTO(row) : null;
}

const ORDER: Record<string, Prisma.EventOrderByWithRelationInput[]> = {
  "date-asc": [{ dateStart: "asc" }, { dateEnd: "asc" }, { id: "asc" }],
  "date-desc": [{ dateStart: "desc" }, { dateEnd: "desc" }, { id: "asc" }],
  "updated-desc": [{ updatedAt: "desc" }, { id: "asc" }],
};

/** The admin table: search (title, summary, quotes, tags), filters, sort, paging. */
export async function listEventsForAdmin(query: unknown = {}, options: DbOption = {}): Promise<AdminEventPage> {
  const { q, status, precision, state, sort, page, pageSize } = parseInput(AdminEventQuery, query, "event query");
  const where: Prisma.EventWhereInput[] = [];
  if (state === "active") where.push({ deletedAt: null });
  if (state === "deleted") where.push({ deletedAt: { not: null } });
  if (status !== "any") where.push({ status });
  if (precision !== "any") where.push({ datePrecision: precision });
  if (q) {
    where.push({
      OR: [
        { title: { contains: q } },
        { summary: { contains: q } },
        { sources: { some: { quote: { contains: q } } } },
        { tags: { some: { tag: { name: { contains: q } } } } },
      ],
    });
  }
  const prisma = await prismaOf(options.db);
  const [total, rows] = await Promise.all([
    prisma.event.count({ where: { AND: where } }),
    prisma.event.findMany({
      where: { AND: where },
      include: eventInclude,
      orderBy: ORDER[sort],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { items: rows.map(toAdminEventDTO), total, page, pageSize };
}
