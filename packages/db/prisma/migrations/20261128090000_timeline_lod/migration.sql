-- Timeline level of detail (issue 4). `TimelineRollup` holds, per (unit, bucket start, lane), the
-- number of published, not deleted events starting in the bucket and the most important of them.
-- The triggers below keep it in step with `Event` (and `Event.lane` in step with the event's tags),
-- so a coarse view of a million events reads a few thousand rollup rows instead of every event.
-- Units: 'day' (UTC days, any year) and 'month' (UTC calendar months within years 0000-9999, the
-- range of SQLite's date functions, views outside it aggregate events directly).

-- NOTE: a later migration that redefines "Event", "EventTag" or "Tag" (Prisma's SQLite
-- "RedefineTables": CREATE new_…, DROP, RENAME) drops these triggers with the old table and must
-- recreate them (copy the CREATE TRIGGER statements below). The timeline tests fail otherwise.

-- CreateTable
CREATE TABLE "TimelineRollup" (
    "unit" TEXT NOT NULL,
    "start" BIGINT NOT NULL,
    "lane" TEXT NOT NULL,
    "end" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,
    "topId" TEXT,
    "topImportance" REAL,

    PRIMARY KEY ("unit", "start", "lane")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "dateValue" TEXT NOT NULL,
    "datePrecision" TEXT NOT NULL,
    "dateStart" BIGINT NOT NULL,
    "dateEnd" BIGINT NOT NULL,
    "dateMod" TEXT,
    "confidence" REAL NOT NULL DEFAULT 1,
    "importance" REAL NOT NULL DEFAULT 0,
    "lane" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "sourceUrl" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME
);
INSERT INTO "new_Event" ("confidence", "createdAt", "dateEnd", "dateMod", "datePrecision", "dateStart", "dateValue", "deletedAt", "id", "importance", "sourceUrl", "status", "summary", "title", "updatedAt", "version") SELECT "confidence", "createdAt", "dateEnd", "dateMod", "datePrecision", "dateStart", "dateValue", "deletedAt", "id", "importance", "sourceUrl", "status", "summary", "title", "updatedAt", "version" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE INDEX "Event_status_dateStart_idx" ON "Event"("status", "dateStart");
CREATE INDEX "Event_dateStart_dateEnd_idx" ON "Event"("dateStart", "dateEnd");
CREATE INDEX "Event_deletedAt_idx" ON "Event"("deletedAt");
CREATE INDEX "Event_status_deletedAt_dateStart_lane_importance_id_idx" ON "Event"("status", "deletedAt", "dateStart", "lane", "importance", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Lanes of the events already stored (before any trigger exists).
UPDATE "Event" SET "lane" = COALESCE((SELECT MIN(t."name") FROM "EventTag" et JOIN "Tag" t ON t."id" = et."tagId" WHERE et."eventId" = "Event"."id"), '');

-- Writes go through this row-less view so the bucket arithmetic is written once.
CREATE VIEW "TimelineRollupDelta" AS
SELECT 0 AS "sign", '' AS "eventId", 0 AS "dateStart", '' AS "lane", 0.0 AS "importance" WHERE 0;

CREATE TRIGGER "TimelineRollupDelta_add" INSTEAD OF INSERT ON "TimelineRollupDelta"
WHEN NEW."sign" > 0
BEGIN
  INSERT INTO "TimelineRollup" ("unit", "start", "lane", "end", "count", "topId", "topImportance")
  SELECT "unit", "start", NEW."lane", "end", 1, NEW."eventId", NEW."importance"
  FROM (
    SELECT 'day' AS "unit",
           NEW."dateStart" - ((NEW."dateStart" % 86400000) + 86400000) % 86400000 AS "start",
           NEW."dateStart" - ((NEW."dateStart" % 86400000) + 86400000) % 86400000 + 86400000 AS "end"
    UNION ALL
    SELECT 'month',
           CAST(strftime('%s', NEW."dateStart" / 1000.0, 'unixepoch', 'start of month') AS INTEGER) * 1000,
           CAST(strftime('%s', NEW."dateStart" / 1000.0, 'unixepoch', 'start of month', '+1 month') AS INTEGER) * 1000
    WHERE NEW."dateStart" >= -62167219200000 AND NEW."dateStart" < 253402300800000
  ) WHERE true
  ON CONFLICT ("unit", "start", "lane") DO UPDATE SET
    "count" = "count" + 1,
    "topId" = CASE WHEN excluded."topImportance" > "topImportance" THEN excluded."topId" ELSE "topId" END,
    "topImportance" = MAX("topImportance", excluded."topImportance");
END;

CREATE TRIGGER "TimelineRollupDelta_remove" INSTEAD OF INSERT ON "TimelineRollupDelta"
WHEN NEW."sign" < 0
BEGIN
  UPDATE "TimelineRollup" SET "count" = "count" - 1
  WHERE "lane" = NEW."lane" AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'month')
    AND "start" > NEW."dateStart" - 2764800000;
  DELETE FROM "TimelineRollup"
  WHERE "count" <= 0 AND "lane" = NEW."lane" AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'month') AND "start" > NEW."dateStart" - 2764800000;
  UPDATE "TimelineRollup" SET ("topId", "topImportance") = (
    SELECT e."id", e."importance" FROM "Event" e
    WHERE e."status" = 'published' AND e."deletedAt" IS NULL
      AND e."dateStart" >= "TimelineRollup"."start" AND e."dateStart" < "TimelineRollup"."end"
      AND e."lane" = "TimelineRollup"."lane" AND e."id" <> NEW."eventId"
    ORDER BY e."importance" DESC LIMIT 1)
  WHERE "topId" = NEW."eventId" AND "lane" = NEW."lane" AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'month') AND "start" > NEW."dateStart" - 2764800000;
END;

-- Rollups of the events already stored.
INSERT INTO "TimelineRollupDelta" SELECT 1, "id", "dateStart", "lane", "importance" FROM "Event" WHERE "status" = 'published' AND "deletedAt" IS NULL;

CREATE TRIGGER "Event_timeline_insert" AFTER INSERT ON "Event"
WHEN NEW."status" = 'published' AND NEW."deletedAt" IS NULL
BEGIN
  INSERT INTO "TimelineRollupDelta" VALUES (1, NEW."id", NEW."dateStart", NEW."lane", NEW."importance");
END;

CREATE TRIGGER "Event_timeline_delete" AFTER DELETE ON "Event"
WHEN OLD."status" = 'published' AND OLD."deletedAt" IS NULL
BEGIN
  INSERT INTO "TimelineRollupDelta" VALUES (-1, OLD."id", OLD."dateStart", OLD."lane", OLD."importance");
END;

CREATE TRIGGER "Event_timeline_update" AFTER UPDATE OF "status", "deletedAt", "dateStart", "lane", "importance" ON "Event"
WHEN OLD."status" IS NOT NEW."status" OR OLD."deletedAt" IS NOT NEW."deletedAt" OR OLD."dateStart" <> NEW."dateStart"
  OR OLD."lane" <> NEW."lane" OR OLD."importance" <> NEW."importance"
BEGIN
  INSERT INTO "TimelineRollupDelta"
  SELECT -1, OLD."id", OLD."dateStart", OLD."lane", OLD."importance"
  WHERE OLD."status" = 'published' AND OLD."deletedAt" IS NULL;
  INSERT INTO "TimelineRollupDelta"
  SELECT 1, NEW."id", NEW."dateStart", NEW."lane", NEW."importance"
  WHERE NEW."status" = 'published' AND NEW."deletedAt" IS NULL;
END;

-- An event's lane is its alphabetically first tag ('' when untagged).
CREATE TRIGGER "EventTag_lane_insert" AFTER INSERT ON "EventTag"
BEGIN
  UPDATE "Event" SET "lane" = COALESCE((SELECT MIN(t."name") FROM "EventTag" et JOIN "Tag" t ON t."id" = et."tagId" WHERE et."eventId" = NEW."eventId"), '')
  WHERE "id" = NEW."eventId";
END;

CREATE TRIGGER "EventTag_lane_delete" AFTER DELETE ON "EventTag"
BEGIN
  UPDATE "Event" SET "lane" = COALESCE((SELECT MIN(t."name") FROM "EventTag" et JOIN "Tag" t ON t."id" = et."tagId" WHERE et."eventId" = OLD."eventId"), '')
  WHERE "id" = OLD."eventId";
END;

CREATE TRIGGER "Tag_lane_rename" AFTER UPDATE OF "name" ON "Tag"
BEGIN
  UPDATE "Event" SET "lane" = COALESCE((SELECT MIN(t."name") FROM "EventTag" et JOIN "Tag" t ON t."id" = et."tagId" WHERE et."eventId" = "Event"."id"), '')
  WHERE "id" IN (SELECT "eventId" FROM "EventTag" WHERE "tagId" = NEW."id");
END;

