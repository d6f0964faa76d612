-- Timeline week cells (issue 4): the trigger-kept cell tables ("TimelineRollup", "TimelineFacet",
-- "TimelineSourceRollup") get a third unit, 'week' (d3-time's utcWeek: 7 UTC days from Sunday,
-- any year), next to 'day' and 'month'. A view with week buckets summed the day cells: 7 rows per
-- bucket and lane (137,000 rows for an 18-year window at 3,000 px over 20 lanes, 130-210 ms at
-- 1M events); it now reads one row per bucket and lane. PostgreSQL: the migration of the same
-- name (its "timeline_cells" function gains the week).
-- The week of the UTC day starting at d (epoch ms, a multiple of 86400000) starts at
-- d - ((d / 86400000 + 4) mod 7) days: 1970-01-01 was a Thursday (4). d / 86400000 is exact, so
-- integer division cannot round; the double modulo keeps the weekday in 0-6 before 1970.
-- Each delta trigger is recreated with the week added to the cells an event enters ("_add") and
-- leaves ("_remove"); the lookback bound of "_remove" (32 days) already covers a week.

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
    SELECT 'week', w."s", w."s" + 604800000
    FROM (SELECT d."s" - ((((d."s" / 86400000) + 4) % 7) + 7) % 7 * 86400000 AS "s"
          FROM (SELECT NEW."dateStart" - ((NEW."dateStart" % 86400000) + 86400000) % 86400000 AS "s") d) w
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

DROP TRIGGER "TimelineRollupDelta_remove";

CREATE TRIGGER "TimelineRollupDelta_remove" INSTEAD OF INSERT ON "TimelineRollupDelta"
WHEN NEW."sign" < 0
BEGIN
  UPDATE "TimelineRollup" SET "count" = "count" - 1
  WHERE "lane" = NEW."lane" AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'week', 'month')
    AND "start" > NEW."dateStart" - 2764800000;
  DELETE FROM "TimelineRollup"
  WHERE "count" <= 0 AND "lane" = NEW."lane" AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'week', 'month') AND "start" > NEW."dateStart" - 2764800000;
  UPDATE "TimelineRollup" SET ("topId", "topImportance") = (
    SELECT e."id", e."importance" FROM "Event" e
    WHERE e."status" = 'published' AND e."deletedAt" IS NULL
      AND e."dateStart" >= "TimelineRollup"."start" AND e."dateStart" < "TimelineRollup"."end"
      AND e."lane" = "TimelineRollup"."lane" AND e."id" <> NEW."eventId"
    ORDER BY e."importance" DESC LIMIT 1)
  WHERE "topId" = NEW."eventId" AND "lane" = NEW."lane" AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'week', 'month') AND "start" > NEW."dateStart" - 2764800000;
END;

DROP TRIGGER "TimelineFacetDelta_add";

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
    SELECT 'week', w."s", w."s" + 604800000
    FROM (SELECT d."s" - ((((d."s" / 86400000) + 4) % 7) + 7) % 7 * 86400000 AS "s"
          FROM (SELECT NEW."dateStart" - ((NEW."dateStart" % 86400000) + 86400000) % 86400000 AS "s") d) w
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

DROP TRIGGER "TimelineFacetDelta_remove";

CREATE TRIGGER "TimelineFacetDelta_remove" INSTEAD OF INSERT ON "TimelineFacetDelta"
WHEN NEW."sign" < 0
BEGIN
  UPDATE "TimelineFacet" SET "count" = "count" - 1
  WHERE "lane" = NEW."lane" AND "precision" = NEW."precision" AND "tagSet" = NEW."tagSet"
    AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'week', 'month') AND "start" > NEW."dateStart" - 2764800000;
  DELETE FROM "TimelineFacet"
  WHERE "count" <= 0 AND "lane" = NEW."lane" AND "precision" = NEW."precision" AND "tagSet" = NEW."tagSet"
    AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'week', 'month') AND "start" > NEW."dateStart" - 2764800000;
  UPDATE "TimelineFacet" SET ("topId", "topImportance") = (
    SELECT e."id", e."importance" FROM "Event" e
    WHERE e."status" = 'published' AND e."deletedAt" IS NULL
      AND e."dateStart" >= "TimelineFacet"."start" AND e."dateStart" < "TimelineFacet"."end"
      AND e."lane" = "TimelineFacet"."lane" AND e."datePrecision" = "TimelineFacet"."precision"
      AND e."tagSet" = "TimelineFacet"."tagSet" AND e."id" <> NEW."eventId"
    ORDER BY e."importance" DESC LIMIT 1)
  WHERE "topId" = NEW."eventId" AND "lane" = NEW."lane" AND "precision" = NEW."precision" AND "tagSet" = NEW."tagSet"
    AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'week', 'month') AND "start" > NEW."dateStart" - 2764800000;
END;

DROP TRIGGER "TimelineSourceRollupDelta_add";

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
    SELECT 'week', w."s", w."s" + 604800000
    FROM (SELECT d."s" - ((((d."s" / 86400000) + 4) % 7) + 7) % 7 * 86400000 AS "s"
          FROM (SELECT NEW."dateStart" - ((NEW."dateStart" % 86400000) + 86400000) % 86400000 AS "s") d) w
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

DROP TRIGGER "TimelineSourceRollupDelta_remove";

CREATE TRIGGER "TimelineSourceRollupDelta_remove" INSTEAD OF INSERT ON "TimelineSourceRollupDelta"
WHEN NEW."sign" < 0
BEGIN
  UPDATE "TimelineSourceRollup" SET "count" = "count" - 1
  WHERE "lane" = NEW."lane" AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'week', 'month') AND "start" > NEW."dateStart" - 2764800000;
  DELETE FROM "TimelineSourceRollup"
  WHERE "count" <= 0 AND "lane" = NEW."lane" AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'week', 'month') AND "start" > NEW."dateStart" - 2764800000;
  UPDATE "TimelineSourceRollup" SET ("topId", "topImportance") = (
    SELECT e."id", e."importance" FROM "Event" e
    WHERE e."status" = 'published' AND e."deletedAt" IS NULL
      AND e."dateStart" >= "TimelineSourceRollup"."start" AND e."dateStart" < "TimelineSourceRollup"."end"
      AND e."sourceLane" = "TimelineSourceRollup"."lane" AND e."id" <> NEW."eventId"
    ORDER BY e."importance" DESC LIMIT 1)
  WHERE "topId" = NEW."eventId" AND "lane" = NEW."lane" AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'week', 'month') AND "start" > NEW."dateStart" - 2764800000;
END;

-- Week cells of the events already stored, from their day cells: the count is the sum, the top
-- the most important of the days' tops (a bare column next to MAX() comes from the row holding it).
INSERT INTO "TimelineRollup" ("unit", "start", "lane", "end", "count", "topId", "topImportance")
SELECT 'week', w."s", w."lane", w."s" + 604800000, SUM(w."count"), w."topId", MAX(w."topImportance")
FROM (SELECT "start" - (((("start" / 86400000) + 4) % 7) + 7) % 7 * 86400000 AS "s", "lane", "count", "topId", "topImportance"
      FROM "TimelineRollup" WHERE "unit" = 'day') w
GROUP BY w."s", w."lane";

INSERT INTO "TimelineSourceRollup" ("unit", "start", "lane", "end", "count", "topId", "topImportance")
SELECT 'week', w."s", w."lane", w."s" + 604800000, SUM(w."count"), w."topId", MAX(w."topImportance")
FROM (SELECT "start" - (((("start" / 86400000) + 4) % 7) + 7) % 7 * 86400000 AS "s", "lane", "count", "topId", "topImportance"
      FROM "TimelineSourceRollup" WHERE "unit" = 'day') w
GROUP BY w."s", w."lane";

INSERT INTO "TimelineFacet" ("unit", "start", "lane", "precision", "tagSet", "end", "count", "topId", "topImportance")
SELECT 'week', w."s", w."lane", w."precision", w."tagSet", w."s" + 604800000, SUM(w."count"), w."topId", MAX(w."topImportance")
FROM (SELECT "start" - (((("start" / 86400000) + 4) % 7) + 7) % 7 * 86400000 AS "s", "lane", "precision", "tagSet", "count", "topId", "topImportance"
      FROM "TimelineFacet" WHERE "unit" = 'day') w
GROUP BY w."s", w."lane", w."precision", w."tagSet";
