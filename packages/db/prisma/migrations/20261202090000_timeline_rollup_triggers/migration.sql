-- Timeline rollups and lanes (issue 4), two fixes to the triggers of timeline_lod (PostgreSQL gets
-- its own rollup triggers, with the same semantics, in the migration of the same name):
-- - the month cell of an event starting in December 9999 ends at 10000-01-01, a date SQLite's
--   strftime() does not represent (NULL: inserting such an event failed on TimelineRollup."end"
--   NOT NULL). Same trigger, with that end spelled out;
-- - an UPDATE of an EventTag row (moved to another tag or event) now recomputes the lanes of the
--   events concerned, as inserts and deletes already did.

DROP TRIGGER "TimelineRollupDelta_add";

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
           COALESCE(CAST(strftime('%s', NEW."dateStart" / 1000.0, 'unixepoch', 'start of month', '+1 month') AS INTEGER) * 1000,
                    253402300800000)
    WHERE NEW."dateStart" >= -62167219200000 AND NEW."dateStart" < 253402300800000
  ) WHERE true
  ON CONFLICT ("unit", "start", "lane") DO UPDATE SET
    "count" = "count" + 1,
    "topId" = CASE WHEN excluded."topImportance" > "topImportance" THEN excluded."topId" ELSE "topId" END,
    "topImportance" = MAX("topImportance", excluded."topImportance");
END;

CREATE TRIGGER "EventTag_lane_update" AFTER UPDATE ON "EventTag"
BEGIN
  UPDATE "Event" SET "lane" = COALESCE((SELECT MIN(t."name") FROM "EventTag" et JOIN "Tag" t ON t."id" = et."tagId" WHERE et."eventId" = "Event"."id"), '')
  WHERE "id" IN (OLD."eventId", NEW."eventId");
END;
