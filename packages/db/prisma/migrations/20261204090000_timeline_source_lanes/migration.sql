-- Timeline lanes by source from trigger-kept cells (issue 4), as lanes by tag (timeline_lod):
-- "Event"."sourceLane" is the alphabetically first publisher of the documents the event cites
-- ('' when it cites none or only documents without a publisher), the key the views used to compute
-- per event; kept by the EventSource and Document triggers below; never written by the client.
-- "TimelineSourceRollup" holds, per (unit, bucket start, source lane), the number of published,
-- not deleted events starting in the bucket and the most important of them, with the cells of
-- "TimelineRollup" (units 'day' and 'month', months within years 0000-9999). PostgreSQL: the
-- migration of the same name, same semantics.
-- "Event" gets a column (ALTER TABLE, not RedefineTables), so the triggers of the earlier
-- migrations (rollups, facets, long events, the FTS index of timeline_search) stay in place.

-- NOTE: a later migration that redefines "Event", "EventSource" or "Document" (RedefineTables)
-- drops these triggers with the old table and must recreate them.

-- AlterTable
ALTER TABLE "Event" ADD COLUMN "sourceLane" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "TimelineSourceRollup" (
    "unit" TEXT NOT NULL,
    "start" BIGINT NOT NULL,
    "lane" TEXT NOT NULL,
    "end" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,
    "topId" TEXT,
    "topImportance" REAL,

    PRIMARY KEY ("unit", "start", "lane")
);

-- Source lanes of the events already stored (before any trigger exists): only events citing a
-- document can have one.
UPDATE "Event" SET "sourceLane" = COALESCE((SELECT MIN(d."publisher") FROM "EventSource" es JOIN "Document" d ON d."id" = es."documentId"
  WHERE es."eventId" = "Event"."id"), '')
WHERE "id" IN (SELECT "eventId" FROM "EventSource");

-- Writes go through this row-less view so the bucket arithmetic is written once (as for
-- "TimelineRollupDelta", migration timeline_lod; same cells, keyed by the source lane).
CREATE VIEW "TimelineSourceRollupDelta" AS
SELECT 0 AS "sign", '' AS "eventId", 0 AS "dateStart", '' AS "lane", 0.0 AS "importance" WHERE 0;

CREATE TRIGGER "TimelineSourceRollupDelta_add" INSTEAD OF INSERT ON "TimelineSourceRollupDelta"
WHEN NEW."sign" > 0
BEGIN
  INSERT INTO "TimelineSourceRollup" ("unit", "start", "lane", "end", "count", "topId", "topImportance")
  SELECT "unit", "start", NEW."lane", "end", 1, NEW."eventId", NEW."importance"
  FROM (
    SELECT 'day' AS "unit",
           NEW."dateStart" - ((NEW."dateStart" % 86400000) + 86400000) % 86400000 AS "start",
           NEW."dateStart" - ((NEW."dateStart" % 86400000) + 86400000) % 86400000 + 86400000 AS "end"
    UNION ALL
    SELECT 'month',
           CAST(strftime('%s', NEW."dateStart" / 1000.0, 'unixepoch', 'start of month') AS INTEGER) * 1000,
           COALESCE(CAST(strftime('%s', NEW."dateStart" / 1000.0, 'unixepoch', 'start of month', '+1 month') AS INTEGER) * 1000,
                    253402300800000)
    WHERE NEW."dateStart" >= -62167219200000 AND NEW."dateStart" < 253402300800000
  ) WHERE true
  ON CONFLICT ("unit", "start", "lane") DO UPDATE SET
    "count" = "count" + 1,
    "topId" = CASE WHEN excluded."topImportance" > "topImportance" THEN excluded."topId" ELSE "topId" END,
    "topImportance" = MAX("topImportance", excluded."topImportance");
END;

CREATE TRIGGER "TimelineSourceRollupDelta_remove" INSTEAD OF INSERT ON "TimelineSourceRollupDelta"
WHEN NEW."sign" < 0
BEGIN
  UPDATE "TimelineSourceRollup" SET "count" = "count" - 1
  WHERE "lane" = NEW."lane" AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'month') AND "start" > NEW."dateStart" - 2764800000;
  DELETE FROM "TimelineSourceRollup"
  WHERE "count" <= 0 AND "lane" = NEW."lane" AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'month') AND "start" > NEW."dateStart" - 2764800000;
  UPDATE "TimelineSourceRollup" SET ("topId", "topImportance") = (
    SELECT e."id", e."importance" FROM "Event" e
    WHERE e."status" = 'published' AND e."deletedAt" IS NULL
      AND e."dateStart" >= "TimelineSourceRollup"."start" AND e."dateStart" < "TimelineSourceRollup"."end"
      AND e."sourceLane" = "TimelineSourceRollup"."lane" AND e."id" <> NEW."eventId"
    ORDER BY e."importance" DESC LIMIT 1)
  WHERE "topId" = NEW."eventId" AND "lane" = NEW."lane" AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'month') AND "start" > NEW."dateStart" - 2764800000;
END;

-- Cells of the events already stored.
INSERT INTO "TimelineSourceRollupDelta"
SELECT 1, "id", "dateStart", "sourceLane", "importance" FROM "Event" WHERE "status" = 'published' AND "deletedAt" IS NULL;

CREATE TRIGGER "Event_source_timeline_insert" AFTER INSERT ON "Event"
WHEN NEW."status" = 'published' AND NEW."deletedAt" IS NULL
BEGIN
  INSERT INTO "TimelineSourceRollupDelta" VALUES (1, NEW."id", NEW."dateStart", NEW."sourceLane", NEW."importance");
END;

CREATE TRIGGER "Event_source_timeline_delete" AFTER DELETE ON "Event"
WHEN OLD."status" = 'published' AND OLD."deletedAt" IS NULL
BEGIN
  INSERT INTO "TimelineSourceRollupDelta" VALUES (-1, OLD."id", OLD."dateStart", OLD."sourceLane", OLD."importance");
END;

CREATE TRIGGER "Event_source_timeline_update" AFTER UPDATE OF "status", "deletedAt", "dateStart", "sourceLane", "importance" ON "Event"
WHEN OLD."status" IS NOT NEW."status" OR OLD."deletedAt" IS NOT NEW."deletedAt" OR OLD."dateStart" <> NEW."dateStart"
  OR OLD."sourceLane" <> NEW."sourceLane" OR OLD."importance" <> NEW."importance"
BEGIN
  INSERT INTO "TimelineSourceRollupDelta"
  SELECT -1, OLD."id", OLD."dateStart", OLD."sourceLane", OLD."importance"
  WHERE OLD."status" = 'published' AND OLD."deletedAt" IS NULL;
  INSERT INTO "TimelineSourceRollupDelta"
  SELECT 1, NEW."id", NEW."dateStart", NEW."sourceLane", NEW."importance"
  WHERE NEW."status" = 'published' AND NEW."deletedAt" IS NULL;
END;

-- The EventSource and Document triggers name the events whose source lane may have changed by
-- inserting them into this row-less view (as "EventLaneRefresh", migration timeline_facets).
-- Deleting a document deletes its EventSource rows (ON DELETE CASCADE), whose trigger follows.
CREATE VIEW "EventSourceLaneRefresh" AS SELECT '' AS "eventId" WHERE 0;

CREATE TRIGGER "EventSourceLaneRefresh_apply" INSTEAD OF INSERT ON "EventSourceLaneRefresh"
BEGIN
  UPDATE "Event" SET "sourceLane" = COALESCE((SELECT MIN(d."publisher") FROM "EventSource" es JOIN "Document" d ON d."id" = es."documentId"
    WHERE es."eventId" = "Event"."id"), '')
  WHERE "id" = NEW."eventId";
END;

CREATE TRIGGER "EventSource_lane_insert" AFTER INSERT ON "EventSource"
BEGIN
  INSERT INTO "EventSourceLaneRefresh" VALUES (NEW."eventId");
END;

CREATE TRIGGER "EventSource_lane_delete" AFTER DELETE ON "EventSource"
BEGIN
  INSERT INTO "EventSourceLaneRefresh" VALUES (OLD."eventId");
END;

CREATE TRIGGER "EventSource_lane_update" AFTER UPDATE OF "eventId", "documentId" ON "EventSource"
BEGIN
  INSERT INTO "EventSourceLaneRefresh" SELECT OLD."eventId" UNION SELECT NEW."eventId";
END;

CREATE TRIGGER "Document_lane_publisher" AFTER UPDATE OF "publisher" ON "Document"
WHEN OLD."publisher" IS NOT NEW."publisher"
BEGIN
  INSERT INTO "EventSourceLaneRefresh" SELECT DISTINCT "eventId" FROM "EventSource" WHERE "documentId" = NEW."id";
END;
