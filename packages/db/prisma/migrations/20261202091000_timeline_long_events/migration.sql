-- Timeline: long events (issue 4). A view draws the events covering its window, including those
-- that started before it; the (dateStart, dateEnd) index finds those starting at most
-- OVERLAP_LOOKBACK_MS (400 days = 34560000000 ms, src/timeline/view.ts) before the window, and
-- this table, kept by the triggers below, holds every event lasting longer than that (whatever
-- its status), so a decade-long range is found without reading every earlier event.
-- An event starting more than the lookback before the window and ending inside or after it
-- lasts longer than the lookback, so the two reads together find every overlapping event.
-- Keep 34560000000 equal to OVERLAP_LOOKBACK_MS (a test checks it).

-- NOTE: a later migration that redefines "Event" (RedefineTables) drops these triggers with the
-- old table and must recreate them.

-- CreateTable
CREATE TABLE "TimelineLongEvent" (
    "eventId" TEXT NOT NULL PRIMARY KEY,
    "dateStart" BIGINT NOT NULL,
    "dateEnd" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "TimelineLongEvent_dateEnd_dateStart_idx" ON "TimelineLongEvent"("dateEnd", "dateStart");

-- The long events already stored.
INSERT INTO "TimelineLongEvent" ("eventId", "dateStart", "dateEnd")
SELECT "id", "dateStart", "dateEnd" FROM "Event" WHERE "dateEnd" - "dateStart" > 34560000000;

CREATE TRIGGER "Event_long_insert" AFTER INSERT ON "Event"
WHEN NEW."dateEnd" - NEW."dateStart" > 34560000000
BEGIN
  INSERT INTO "TimelineLongEvent" ("eventId", "dateStart", "dateEnd") VALUES (NEW."id", NEW."dateStart", NEW."dateEnd");
END;

CREATE TRIGGER "Event_long_delete" AFTER DELETE ON "Event"
WHEN OLD."dateEnd" - OLD."dateStart" > 34560000000
BEGIN
  DELETE FROM "TimelineLongEvent" WHERE "eventId" = OLD."id";
END;

CREATE TRIGGER "Event_long_update" AFTER UPDATE OF "id", "dateStart", "dateEnd" ON "Event"
WHEN OLD."dateEnd" - OLD."dateStart" > 34560000000 OR NEW."dateEnd" - NEW."dateStart" > 34560000000
BEGIN
  DELETE FROM "TimelineLongEvent" WHERE "eventId" = OLD."id";
  INSERT INTO "TimelineLongEvent" ("eventId", "dateStart", "dateEnd")
  SELECT NEW."id", NEW."dateStart", NEW."dateEnd" WHERE NEW."dateEnd" - NEW."dateStart" > 34560000000;
END;
