// Admin event verbs on a temporary SQLite file: audit rows, optimistic concurrency, soft delete.
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createEvent,
  EditConflictError,
  getEventForAdmin,
  listEventsForAdmin,
  restoreEvent,
  softDeleteEvent,
  updateEvent,
} from "../../src/admin/index.ts";
import { listEvents } from "../../src/events.ts";
import { checksum, useAdminTestDb } from "./support.ts";

const actor = { id: "u1", email: "ed@example.org" };
const t = useAdminTestDb();

const month = (value: string, start: string, end: string) => ({ value, precision: "month", start, end });
const FEB_2022 = month("2022-02", "2022-02-01T00:00:00.000Z", "2022-03-01T00:00:00.000Z");
const base = { title: "Invasion begins", summary: "Full-scale", date: FEB_2022, status: "published", tags: ["war", "war", "europe"], sourceUrl: "https://example.org/a" };

function auditRows(entityId: string) {
  const raw = new Database(t.file, { readonly: true });
  try {
    return raw.prepare<[string], { action: string; actor: string; before: string | null; after: string | null }>(
      `SELECT action, actor, before, after FROM "AuditLog" WHERE "entityId" = ? ORDER BY "at", rowid`,
    ).all(entityId);
  } finally {
    raw.close();
  }
}

describe("createEvent / updateEvent / softDeleteEvent / restoreEvent", () => {
  it("writes one audit row per mutation with who, what, before and after", async () => {
    const created = await createEvent(base, { db: t.db, actor });
    expect(created).toMatchObject({ title: "Invasion begins", version: 1, tags: ["europe", "war"], sourceUrl: "https://example.org/a" });
    const updated = await updateEvent({ ...base, id: created.id, version: 1, title: "Invasion", tags: ["war"] }, { db: t.db, actor });
    expect(updated).toMatchObject({ title: "Invasion", version: 2, tags: ["war"] });
    const deleted = await softDeleteEvent({ id: created.id, version: 2 }, { db: t.db, actor });
    expect(deleted.deletedAt).not.toBeNull();
    expect(await listEvents({ status: "any" }, { db: t.db })).toEqual([]);
    const restored = await restoreEvent({ id: created.id, version: 3 }, { db: t.db, actor });
    expect(restored).toMatchObject({ deletedAt: null, version: 4 });
    expect((await listEvents({}, { db: t.db })).map((e) => e.title)).toEqual(["Invasion"]);

    const rows = auditRows(created.id);
    expect(rows.map((r) => r.action)).toEqual(["event.create", "event.update", "event.delete", "event.restore"]);
    expect(rows.every((r) => r.actor === "ed@example.org (u1)")).toBe(true);
    expect(JSON.parse(rows[1]?.before ?? "null")).toMatchObject({ title: "Invasion begins", version: 1 });
    expect(JSON.parse(rows[1]?.after ?? "null")).toMatchObject({ title: "Invasion", version: 2 });
    expect(rows[0]?.before).toBeNull();
  });

  it("lets one of two editors saving the same version win; the other gets both versions and nothing is written", async () => {
    const event = await createEvent(base, { db: t.db, actor });
    await updateEvent({ ...base, id: event.id, version: 1, title: "Editor A" }, { db: t.db, actor });
    const before = await checksum(t.db);
    const stale = updateEvent({ ...base, id: event.id, version: 1, title: "Editor B" }, { db: t.db, actor: { id: "u2", email: "b@example.org" } });
    await expect(stale).rejects.toBeInstanceOf(EditConflictError);
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", current: { title: "Editor A", version: 2 } });
    expect(await checksum(t.db)).toBe(before);
  });

  it.each([
    { name: "empty title", patch: { title: "  " }, path: "title" },
    { name: "javascript: URL", patch: { sourceUrl: "javascript:alert(1)" }, path: "sourceUrl" },
    { name: "data: URL", patch: { sourceUrl: "data:text/html,<script>alert(1)</script>" }, path: "sourceUrl" },
    { name: "end before start", patch: { date: { ...FEB_2022, end: "2022-01-01T00:00:00.000Z" } }, path: "date.end" },
    { name: "unknown status", patch: { status: "live" }, path: "status" },
  ])("refuses $name with a field issue and writes nothing", async ({ patch, path }) => {
    const before = await checksum(t.db);
    await expect(createEvent({ ...base, ...patch }, { db: t.db, actor })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      issues: expect.arrayContaining([expect.objectContaining({ path })]),
    });
    expect(await checksum(t.db)).toBe(before);
  });

  it.each([
    { name: "delete of a missing event", call: () => softDeleteEvent({ id: "missing", version: 1 }, { db: t.db, actor }), code: "NOT_FOUND" },
    { name: "update of a missing event", call: () => updateEvent({ ...base, id: "missing", version: 1 }, { db: t.db, actor }), code: "NOT_FOUND" },
  ])("answers $code for $name", async ({ call, code }) => {
    await expect(call()).rejects.toMatchObject({ code });
  });

  it("refuses to restore an event that is not deleted and to edit a deleted one", async () => {
    const event = await createEvent(base, { db: t.db, actor });
    await expect(restoreEvent({ id: event.id, version: 1 }, { db: t.db, actor })).rejects.toMatchObject({ code: "CONFLICT" });
    await softDeleteEvent({ id: event.id, version: 1 }, { db: t.db, actor });
    await expect(updateEvent({ ...base, id: event.id, version: 2 }, { db: t.db, actor })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getEventForAdmin(event.id, { db: t.db }))?.version).toBe(2);
  });
});

describe("listEventsForAdmin", () => {
  const fresh = useAdminTestDb();
  beforeAll(async () => {
    const rows = [
      { title: "Alpha year", date: { value: "2020", precision: "year", start: "2020-01-01T00:00:00.000Z", end: "2021-01-01T00:00:00.000Z" }, status: "draft" },
      { title: "Bravo month", date: FEB_2022, status: "published" },
      { title: "Charlie day", date: { value: "2023-04-07", precision: "day", start: "2023-04-07T00:00:00.000Z", end: "2023-04-08T00:00:00.000Z" }, status: "published", tags: ["diplomacy"] },
      { title: "Delta deleted", date: FEB_2022, status: "published" },
    ];
    for (const row of rows) {
      const created = await createEvent(row, { db: fresh.db, actor });
      if (row.title.startsWith("Delta")) await softDeleteEvent({ id: created.id, version: 1 }, { db: fresh.db, actor });
    }
  });

  it.each([
    { query: {}, titles: ["Alpha year", "Bravo month", "Charlie day"], total: 3 },
    { query: { sort: "date-desc" }, titles: ["Charlie day", "Bravo month", "Alpha year"], total: 3 },
    { query: { status: "draft" }, titles: ["Alpha year"], total: 1 },
    { query: { precision: "month" }, titles: ["Bravo month"], total: 1 },
    { query: { state: "deleted" }, titles: ["Delta deleted"], total: 1 },
    { query: { state: "all", precision: "month" }, titles: ["Bravo month", "Delta deleted"], total: 2 },
    { query: { q: "charlie" }, titles: ["Charlie day"], total: 1 },
    { query: { q: "diplomacy" }, titles: ["Charlie day"], total: 1 },
    { query: { pageSize: 5, page: 2 }, titles: [], total: 3 },
  ])("lists $query", async ({ query, titles, total }) => {
    const page = await listEventsForAdmin(query, { db: fresh.db });
    expect(page.items.map((e) => e.title)).toEqual(titles);
    expect(page.total).toBe(total);
  });

  it("refuses a malformed query", async () => {
    await expect(listEventsForAdmin({ sort: "title; DROP TABLE" }, { db: fresh.db })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
