-- Timeline facets (issue 4): filtered views (precision, tag, lanes by tag or none) from trigger-kept
-- cells instead of every event. "TimelineFacet" holds, per (unit, bucket start, lane, precision,
-- tag set), the number of published, not deleted events starting in the bucket and the most
-- important of them, with the cells of "TimelineRollup" (units 'day' and 'month', months within
-- years 0000-9999). A view filtered by precision or tag sums the matching cells, whatever the
-- number of events. PostgreSQL: the migration of the same name, same semantics.
-- "Event"."tagSet" is the event's tag names in binary (byte) order, each followed by char(31) and
-- the first preceded by it ('' when untagged), so `instr("tagSet", char(31) || name || char(31))`
-- tests one tag; kept with "Event"."lane" by the EventTag and Tag triggers below; never written by
-- the client.

-- NOTE: a later migration that redefines "Event", "EventTag" or "Tag" (RedefineTables) drops these
-- triggers with the old table and must recreate them.

-- AlterTable
ALTER TABLE "Event" ADD COLUMN "tagSet" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "TimelineFacet" (
    "unit" TEXT NOT NULL,
    "start" BIGINT NOT NULL,
    "lane" TEXT NOT NULL,
    "precision" TEXT NOT NULL,
    "tagSet" TEXT NOT NULL,
    "end" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,
    "topId" TEXT,
    "topImportance" REAL,

    PRIMARY KEY ("unit", "start", "lane", "precision", "tagSet")
);

-- Tag sets of the events already stored (before any trigger exists).
UPDATE "Event" SET "tagSet" = COALESCE(char(31) || (SELECT group_concat(x."name", char(31)) FROM (
    SELECT t."name" FROM "EventTag" et JOIN "Tag" t ON t."id" = et."tagId" WHERE et."eventId" = "Event"."id" ORDER BY t."name") x) || char(31), '');

-- Writes go through this row-less view so the bucket arithmetic is written once (as for
-- "TimelineRollupDelta", migration timeline_lod).
CREATE VIEW "TimelineFacetDelta" AS
SELECT 0 AS "sign", '' AS "eventId", 0 AS "dateStart", '' AS "lane", '' AS "precision", '' AS "tagSet", 0.0 AS "importance" WHERE 0;

CREATE TRIGGER "TimelineFacetDelta_add" INSTEAD OF INSERT ON "TimelineFacetDelta"
WHEN NEW."sign" > 0
BEGIN
  INSERT INTO "TimelineFacet" ("unit", "start", "lane", "precision", "tagSet", "end", "count", "topId", "topImportance")
  SELECT "unit", "start", NEW."lane", NEW."precision", NEW."tagSet", "end", 1, NEW."eventId", NEW."importance"
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
  ON CONFLICT ("unit", "start", "lane", "precision", "tagSet") DO UPDATE SET
    "count" = "count" + 1,
    "topId" = CASE WHEN excluded."topImportance" > "topImportance" THEN excluded."topId" ELSE "topId" END,
    "topImportance" = MAX("topImportance", excluded."topImportance");
END;

CREATE TRIGGER "TimelineFacetDelta_remove" INSTEAD OF INSERT ON "TimelineFacetDelta"
WHEN NEW."sign" < 0
BEGIN
  UPDATE "TimelineFacet" SET "count" = "count" - 1
  WHERE "lane" = NEW."lane" AND "precision" = NEW."precision" AND "tagSet" = NEW."tagSet"
    AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'month') AND "start" > NEW."dateStart" - 2764800000;
  DELETE FROM "TimelineFacet"
  WHERE "count" <= 0 AND "lane" = NEW."lane" AND "precision" = NEW."precision" AND "tagSet" = NEW."tagSet"
    AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'month') AND "start" > NEW."dateStart" - 2764800000;
  UPDATE "TimelineFacet" SET ("topId", "topImportance") = (
    SELECT e."id", e."importance" FROM "Event" e
    WHERE e."status" = 'published' AND e."deletedAt" IS NULL
      AND e."dateStart" >= "TimelineFacet"."start" AND e."dateStart" < "TimelineFacet"."end"
      AND e."lane" = "TimelineFacet"."lane" AND e."datePrecision" = "TimelineFacet"."precision"
      AND e."tagSet" = "TimelineFacet"."tagSet" AND e."id" <> NEW."eventId"
    ORDER BY e."importance" DESC LIMIT 1)
  WHERE "topId" = NEW."eventId" AND "lane" = NEW."lane" AND "precision" = NEW."precision" AND "tagSet" = NEW."tagSet"
    AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'month') AND "start" > NEW."dateStart" - 2764800000;
END;

-- Facets of the events already stored.
INSERT INTO "TimelineFacetDelta"
SELECT 1, "id", "dateStart", "lane", "datePrecision", "tagSet", "importance" FROM "Event" WHERE "status" = 'published' AND "deletedAt" IS NULL;

CREATE TRIGGER "Event_facet_insert" AFTER INSERT ON "Event"
WHEN NEW."status" = 'published' AND NEW."deletedAt" IS NULL
BEGIN
  INSERT INTO "TimelineFacetDelta" VALUES (1, NEW."id", NEW."dateStart", NEW."lane", NEW."datePrecision", NEW."tagSet", NEW."importance");
END;

CREATE TRIGGER "Event_facet_delete" AFTER DELETE ON "Event"
WHEN OLD."status" = 'published' AND OLD."deletedAt" IS NULL
BEGIN
  INSERT INTO "TimelineFacetDelta" VALUES (-1, OLD."id", OLD."dateStart", OLD."lane", OLD."datePrecision", OLD."tagSet", OLD."importance");
END;

CREATE TRIGGER "Event_facet_update" AFTER UPDATE OF "status", "deletedAt", "dateStart", "lane", "importance", "datePrecision", "tagSet" ON "Event"
WHEN OLD."status" IS NOT NEW."status" OR OLD."deletedAt" IS NOT NEW."deletedAt" OR OLD."dateStart" <> NEW."dateStart"
  OR OLD."lane" <> NEW."lane" OR OLD."importance" <> NEW."importance" OR OLD."datePrecision" <> NEW."datePrecision"
  OR OLD."tagSet" <> NEW."tagSet"
BEGIN
  INSERT INTO "TimelineFacetDelta"
  SELECT -1, OLD."id", OLD."dateStart", OLD."lane", OLD."datePrecision", OLD."tagSet", OLD."importance"
  WHERE OLD."status" = 'published' AND OLD."deletedAt" IS NULL;
  INSERT INTO "TimelineFacetDelta"
  SELECT 1, NEW."id", NEW."dateStart", NEW."lane", NEW."datePrecision", NEW."tagSet", NEW."importance"
  WHERE NEW."status" = 'published' AND NEW."deletedAt" IS NULL;
END;

-- The lane triggers of timeline_lod and timeline_rollup_triggers, now keeping "tagSet" too, in one
-- UPDATE (so the rollup and facet triggers move each event once) written once: the EventTag and
-- Tag triggers name the events to refresh by inserting them into this row-less view.
DROP TRIGGER "EventTag_lane_insert";
DROP TRIGGER "EventTag_lane_delete";
DROP TRIGGER "EventTag_lane_update";
DROP TRIGGER "Tag_lane_rename";

CREATE VIEW "EventLaneRefresh" AS SELECT '' AS "eventId" WHERE 0;

CREATE TRIGGER "EventLaneRefresh_apply" INSTEAD OF INSERT ON "EventLaneRefresh"
BEGIN
  UPDATE "Event" SET
    "lane" = COALESCE((SELECT MIN(t."name") FROM "EventTag" et JOIN "Tag" t ON t."id" = et."tagId" WHERE et."eventId" = "Event"."id"), ''),
    "tagSet" = COALESCE(char(31) || (SELECT group_concat(x."name", char(31)) FROM (
      SELECT t."name" FROM "EventTag" et JOIN "Tag" t ON t."id" = et."tagId" WHERE et."eventId" = "Event"."id" ORDER BY t."name") x) || char(31), '')
  WHERE "id" = NEW."eventId";
END;

CREATE TRIGGER "EventTag_lane_insert" AFTER INSERT ON "EventTag"
BEGIN
  INSERT INTO "EventLaneRefresh" VALUES (NEW."eventId");
END;

CREATE TRIGGER "EventTag_lane_delete" AFTER DELETE ON "EventTag"
BEGIN
  INSERT INTO "EventLaneRefresh" VALUES (OLD."eventId");
END;

CREATE TRIGGER "EventTag_lane_update" AFTER UPDATE ON "EventTag"
BEGIN
  INSERT INTO "EventLaneRefresh" SELECT OLD."eventId" UNION SELECT NEW."eventId";
END;

CREATE TRIGGER "Tag_lane_rename" AFTER UPDATE OF "name" ON "Tag"
BEGIN
  INSERT INTO "EventLaneRefresh" SELECT DISTINCT "eventId" FROM "EventTag" WHERE "tagId" = NEW."id";
END;
