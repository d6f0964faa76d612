// PostgreSQL flavour: a throw-away database on 127.0.0.1:5432, migrated with `prisma migrate
// deploy` and the committed prisma/postgres migrations, then the same verbs as on SQLite.
// Set DATELINE_PG_ADMIN_URL to point elsewhere; DATELINE_SKIP_PG=1 only where no PostgreSQL runs.
import { EventDTO } from "@dateline/schema";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/client.ts";
import { importDocument } from "../src/documents.ts";
import { getEvent, listEvents } from "../src/events.ts";
import { createEvent, databaseFingerprint, EditConflictError, updateEvent } from "../src/admin/index.ts";
import { createEditor, getSessionUser, handleAuthRequest } from "../src/auth/index.ts";
import { ARTICLE, fixtureParse } from "./fixtures.ts";
import { createScratchDatabase, PG_ENABLED, prismaCli as prisma, type ScratchDatabase } from "./pg.ts";

const TABLES = ["AuditLog", "Document", "Event", "EventSource", "EventTag", "Tag"];

/**
 * Columns and indexes of the public schema, minus Prisma's bookkeeping table and the trigram
 * search indexes (migration timeline_search), which Prisma's schema language cannot declare in
 * the model both flavours share.
 */
async function shape(client: pg.Client): Promise<unknown> {
  const columns = await client.query(
    `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`,
  );
  const indexes = await client.query(
    `SELECT tablename, indexname, indexdef FROM pg_indexes
     WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND indexname NOT LIKE '%\\_trgm\\_idx'
     ORDER BY tablename, indexname`,
  );
  const constraints = await client.query(
    `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '%prisma_migrations%' ORDER BY 1, 2`,
  );
  return { columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows };
}

describe.runIf(PG_ENABLED)("PostgreSQL", () => {
  let scratch: ScratchDatabase;
  let url = "";
  let db: Db;
  let raw: pg.Client;
  let schemaScript: Promise<string>;

  async function counts(): Promise<Record<string, number>> {
    const sql = TABLES.map((t) => `SELECT '${t}' AS t, COUNT(*)::int AS n FROM "${t}"`).join(" UNION ALL ");
    const { rows } = await raw.query<{ t: string; n: number }>(sql);
    return Object.fromEntries(rows.map((r) => [r.t, r.n]));
  }

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    url = scratch.url;
    // Each Prisma CLI run on PostgreSQL idles ~10 s before exiting (a timer left by the WASM
    // schema engine), so the two runs overlap.
    schemaScript = prisma(["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/postgres/schema.prisma", "--script"], url);
    schemaScript.catch(() => undefined); // awaited by its test
    await prisma(["migrate", "deploy"], url);
    raw = new pg.Client({ connectionString: url });
    await raw.connect();
    db = createDb(url);
  }, 60_000);

  afterAll(async () => {
    await db?.close();
    await raw?.end();
    await scratch?.drop();
  });

  it("committed migrations build exactly the tables, columns and indexes of the schema", async () => {
    const script = await schemaScript;
    const fromSchema = new pg.Client({ connectionString: await scratch.sibling("schema") });
    try {
      await fromSchema.connect();
      await fromSchema.query(script);
      expect(await shape(raw)).toEqual(await shape(fromSchema));
    } finally {
      await fromSchema.end();
    }
  });

  it("imports once, idempotently, and rolls back a failed import", async () => {
    const failed = importDocument(
      { text: ARTICLE, parse: fixtureParse() },
      { db, beforeCommit: () => Promise.reject(new Error("injected failure")) },
    );
    await expect(failed).rejects.toThrow("injected failure");
    expect(await counts()).toEqual(Object.fromEntries(TABLES.map((t) => [t, 0])));

    const first = await importDocument({ text: ARTICLE, parse: fixtureParse() }, { db });
    const afterFirst = await counts();
    const second = await importDocument({ text: `${ARTICLE}\n`, parse: fixtureParse() }, { db });
    expect(first.created).toBe(true);
    expect(afterFirst).toMatchObject({ Document: 1, Event: 3, EventSource: 3, AuditLog: 1 });
    expect(second).toMatchObject({ created: false, documentId: first.documentId });
    expect(await counts()).toEqual(afterFirst);
  });

  it("signs editors in and runs the admin verbs (audit, optimistic concurrency)", async () => {
    process.env.BETTER_AUTH_SECRET ??= "pg-test-secret-pg-test-secret-pg-test-00";
    const origin = "http://localhost:3000";
    const { counts: start } = await databaseFingerprint({ db });
    await createEditor({ email: "pg@example.org", password: "correct horse battery" }, { db });
    const signIn = await handleAuthRequest(
      new Request(`${origin}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin },
        body: JSON.stringify({ email: "pg@example.org", password: "correct horse battery" }),
      }),
      db,
    );
    const cookie = signIn.headers.getSetCookie()[0]?.split(";")[0] ?? "";
    const editor = await getSessionUser(new Headers({ cookie }), db);
    expect(editor).toMatchObject({ email: "pg@example.org" });
    const actor = { id: editor?.id ?? "", email: "pg@example.org" };
    const date = { value: "2022-02", precision: "month", start: "2022-02-01T00:00:00.000Z", end: "2022-03-01T00:00:00.000Z" };
    const event = await createEvent({ title: "PG event", date, tags: ["pg"] }, { db, actor });
    await updateEvent({ title: "PG edited", date, id: event.id, version: 1 }, { db, actor });
    const before = await databaseFingerprint({ db });
    await expect(updateEvent({ title: "stale", date, id: event.id, version: 1 }, { db, actor })).rejects.toBeInstanceOf(EditConflictError);
    expect(await databaseFingerprint({ db })).toEqual(before);
    // user.create, event.create, event.update
    expect(before.counts).toMatchObject({ User: 1, Session: 1, AuditLog: (start.AuditLog ?? 0) + 3 });
  });

  it.each([
    { query: {}, expected: ["2022-02", "2022-10", "2023-04-07"] },
    { query: { from: "2022-02-15T00:00:00Z", to: "2022-02-16T00:00:00Z" }, expected: ["2022-02"] },
    { query: { from: "2022-03-01T00:00:00Z", to: "2022-10-01T00:00:00Z" }, expected: [] },
    { query: { q: "ZELENSKY" }, expected: ["2022-10"] },
    { query: { q: "german PRESS" }, expected: ["2023-04-07"] },
    { query: { q: "%" }, expected: [] },
  ])("listEvents($query)", async ({ query, expected }) => {
    const events = await listEvents(query, { db });
    expect(events.map((e) => e.date.value)).toEqual(expected);
    for (const e of events) expect(EventDTO.parse(await getEvent(e.id, { db }))).toMatchObject({ id: e.id });
  });
});
