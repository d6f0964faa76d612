-- Timeline search on SQLite (issue 4; PostgreSQL: the migration of the same name, a trigram GIN
-- index). A view searching for text (`q`: a case-insensitive substring of "Event"."title", LIKE
-- '%text%' as before) reads its candidate events from an FTS5 trigram index instead of testing
-- every event of the window; the LIKE test then runs on the candidates only, so the semantics stay
-- LIKE's (the trigram tokenizer folds case beyond ASCII: its matches are a superset).
--
-- "EventSearch": contentless FTS5 table (the titles are not copied; MATCH yields rowids), rows
-- deletable (contentless_delete, SQLite 3.43+), trigram tokenizer (substrings of 3+ characters).
-- "EventSearchKey": a stable integer key per event, the FTS rowid. Event's own rowid cannot serve:
-- without an INTEGER PRIMARY KEY, VACUUM may renumber it.
-- Every event is indexed, whatever its status: views test "status" and "deletedAt" on the joined
-- Event row, so publishing, drafting, soft deletes and restores need no index change.
-- Neither table is declared in prisma/schema.prisma (Prisma's schema language has no virtual
-- tables; test/migrations.test.ts leaves EventSearch* out of its comparison).

-- NOTE: a later migration that redefines "Event" (RedefineTables) drops these triggers with the
-- old table and must recreate them.

-- CreateTable
CREATE TABLE "EventSearchKey" (
    "key" INTEGER NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "EventSearchKey_eventId_key" ON "EventSearchKey"("eventId");

CREATE VIRTUAL TABLE "EventSearch" USING fts5("title", content='', contentless_delete=1, tokenize='trigram');

-- The events already stored.
INSERT INTO "EventSearchKey" ("eventId") SELECT "id" FROM "Event";
INSERT INTO "EventSearch" ("rowid", "title")
SELECT k."key", e."title" FROM "EventSearchKey" k JOIN "Event" e ON e."id" = k."eventId";

CREATE TRIGGER "Event_search_insert" AFTER INSERT ON "Event"
BEGIN
  INSERT INTO "EventSearchKey" ("eventId") VALUES (NEW."id");
  INSERT INTO "EventSearch" ("rowid", "title") SELECT "key", NEW."title" FROM "EventSearchKey" WHERE "eventId" = NEW."id";
END;

CREATE TRIGGER "Event_search_delete" AFTER DELETE ON "Event"
BEGIN
  DELETE FROM "EventSearch" WHERE "rowid" = (SELECT "key" FROM "EventSearchKey" WHERE "eventId" = OLD."id");
  DELETE FROM "EventSearchKey" WHERE "eventId" = OLD."id";
END;

-- Editors save the title with every edit: only a changed title (or id) touches the index.
CREATE TRIGGER "Event_search_update" AFTER UPDATE OF "id", "title" ON "Event"
WHEN OLD."title" IS NOT NEW."title" OR OLD."id" IS NOT NEW."id"
BEGIN
  DELETE FROM "EventSearch" WHERE "rowid" = (SELECT "key" FROM "EventSearchKey" WHERE "eventId" = OLD."id");
  UPDATE "EventSearchKey" SET "eventId" = NEW."id" WHERE "eventId" = OLD."id";
  INSERT INTO "EventSearch" ("rowid", "title") SELECT "key", NEW."title" FROM "EventSearchKey" WHERE "eventId" = NEW."id";
END;
