-- Timeline source facets (issue 4): lanes by source with a precision or tag filter from
-- trigger-kept cells instead of every event. "TimelineSourceFacet" holds, per (unit, bucket start,
-- source lane, precision, tag set), the number of published, not deleted events starting in the
-- bucket and the most important of them: the cells of "TimelineFacet" keyed by "Event"."sourceLane"
-- (migration timeline_source_lanes) instead of the tag lane (units 'day', 'week', 'month'; months
-- within years 0000-9999). PostgreSQL: the migration of the same name, same semantics.
-- Why a table of its own (measured at 1M synthetic events, whole archive at 1200 px, a loaded
-- 2-core machine): the view grouped the events through the covering index, which lacks
-- "sourceLane", "datePrecision" and "tagSet", so it read every row of the window: 2.8 s (3.4-5.7 s
-- p50 under load). Even a covering index with those columns still reads every event of the
-- window: grouping 1M entries of the existing covering index alone takes 0.76 s CPU. The cells
-- answer in tens of milliseconds. Keying "TimelineFacet" by the source lane as well would save
-- the writes below but multiply the cells every precision/tag view reads by the number of
-- publishers per cell; a separate table leaves those views as they are. Its size is bounded
-- whatever the number of publishers: at most one cell per unit and published event (day cells
-- already hold about one event each), 472,000 cells at 1M synthetic events (as many as
-- "TimelineFacet": those events cite nothing). Writes: one more trigger and three upserts per
-- event written (see the commit message for the insert cost).

-- NOTE: a later migration that redefines "Event" (RedefineTables) drops these triggers with the
-- old table and must recreate them. The cells follow "sourceLane" and "tagSet", so they depend on
-- the triggers that keep those columns (migrations timeline_facets and timeline_source_lanes).

-- CreateTable
CREATE TABLE "TimelineSourceFacet" (
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

-- Writes go through this row-less view so the bucket arithmetic is written once (as for
-- "TimelineFacetDelta", migrations timeline_facets and timeline_week_cells; same cells, keyed by
-- the source lane).
CREATE VIEW "TimelineSourceFacetDelta" AS
SELECT 0 AS "sign", '' AS "eventId", 0 AS "dateStart", '' AS "lane", '' AS "precision", '' AS "tagSet", 0.0 AS "importance" WHERE 0;

CREATE TRIGGER "TimelineSourceFacetDelta_add" INSTEAD OF INSERT ON "TimelineSourceFacetDelta"
WHEN NEW."sign" > 0
BEGIN
  INSERT INTO "TimelineSourceFacet" ("unit", "start", "lane", "precision", "tagSet", "end", "count", "topId", "topImportance")
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

CREATE TRIGGER "TimelineSourceFacetDelta_remove" INSTEAD OF INSERT ON "TimelineSourceFacetDelta"
WHEN NEW."sign" < 0
BEGIN
  UPDATE "TimelineSourceFacet" SET "count" = "count" - 1
  WHERE "lane" = NEW."lane" AND "precision" = NEW."precision" AND "tagSet" = NEW."tagSet"
    AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'week', 'month') AND "start" > NEW."dateStart" - 2764800000;
  DELETE FROM "TimelineSourceFacet"
  WHERE "count" <= 0 AND "lane" = NEW."lane" AND "precision" = NEW."precision" AND "tagSet" = NEW."tagSet"
    AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'week', 'month') AND "start" > NEW."dateStart" - 2764800000;
  UPDATE "TimelineSourceFacet" SET ("topId", "topImportance") = (
    SELECT e."id", e."importance" FROM "Event" e
    WHERE e."status" = 'published' AND e."deletedAt" IS NULL
      AND e."dateStart" >= "TimelineSourceFacet"."start" AND e."dateStart" < "TimelineSourceFacet"."end"
      AND e."sourceLane" = "TimelineSourceFacet"."lane" AND e."datePrecision" = "TimelineSourceFacet"."precision"
      AND e."tagSet" = "TimelineSourceFacet"."tagSet" AND e."id" <> NEW."eventId"
    ORDER BY e."importance" DESC LIMIT 1)
  WHERE "topId" = NEW."eventId" AND "lane" = NEW."lane" AND "precision" = NEW."precision" AND "tagSet" = NEW."tagSet"
    AND "start" <= NEW."dateStart" AND "end" > NEW."dateStart"
    AND "unit" IN ('day', 'week', 'month') AND "start" > NEW."dateStart" - 2764800000;
END;

-- Cells of the events already stored, set-based (one row trigger per event took minutes at 1M
-- events): day cells from the events, week and month cells from the day cells (a day lies in one
-- week and one month). The count is the sum, the top a most important event (a bare column next
-- to MAX() comes from the row holding it). Months only for days within years 0000-9999.
INSERT INTO "TimelineSourceFacet" ("unit", "start", "lane", "precision", "tagSet", "end", "count", "topId", "topImportance")
SELECT 'day', d."s", d."sourceLane", d."datePrecision", d."tagSet", d."s" + 86400000, COUNT(*), d."id", MAX(d."importance")
FROM (SELECT "dateStart" - (("dateStart" % 86400000) + 86400000) % 86400000 AS "s", "sourceLane", "datePrecision", "tagSet", "id", "importance"
      FROM "Event" WHERE "status" = 'published' AND "deletedAt" IS NULL) d
GROUP BY d."s", d."sourceLane", d."datePrecision", d."tagSet";

INSERT INTO "TimelineSourceFacet" ("unit", "start", "lane", "precision", "tagSet", "end", "count", "topId", "topImportance")
SELECT 'week', w."s", w."lane", w."precision", w."tagSet", w."s" + 604800000, SUM(w."count"), w."topId", MAX(w."topImportance")
FROM (SELECT "start" - (((("start" / 86400000) + 4) % 7) + 7) % 7 * 86400000 AS "s", "lane", "precision", "tagSet", "count", "topId", "topImportance"
      FROM "TimelineSourceFacet" WHERE "unit" = 'day') w
GROUP BY w."s", w."lane", w."precision", w."tagSet";

INSERT INTO "TimelineSourceFacet" ("unit", "start", "lane", "precision", "tagSet", "end", "count", "topId", "topImportance")
SELECT 'month', m."s", m."lane", m."precision", m."tagSet",
       COALESCE(CAST(strftime('%s', m."s" / 1000, 'unixepoch', '+1 month') AS INTEGER) * 1000, 253402300800000),
       SUM(m."count"), m."topId", MAX(m."topImportance")
FROM (SELECT CAST(strftime('%s', "start" / 1000, 'unixepoch', 'start of month') AS INTEGER) * 1000 AS "s",
             "lane", "precision", "tagSet", "count", "topId", "topImportance"
      FROM "TimelineSourceFacet" WHERE "unit" = 'day' AND "start" >= -62167219200000 AND "start" < 253402300800000) m
GROUP BY m."s", m."lane", m."precision", m."tagSet";

CREATE TRIGGER "Event_source_facet_insert" AFTER INSERT ON "Event"
WHEN NEW."status" = 'published' AND NEW."deletedAt" IS NULL
BEGIN
  INSERT INTO "TimelineSourceFacetDelta" VALUES (1, NEW."id", NEW."dateStart", NEW."sourceLane", NEW."datePrecision", NEW."tagSet", NEW."importance");
END;

CREATE TRIGGER "Event_source_facet_delete" AFTER DELETE ON "Event"
WHEN OLD."status" = 'published' AND OLD."deletedAt" IS NULL
BEGIN
  INSERT INTO "TimelineSourceFacetDelta" VALUES (-1, OLD."id", OLD."dateStart", OLD."sourceLane", OLD."datePrecision", OLD."tagSet", OLD."importance");
END;

CREATE TRIGGER "Event_source_facet_update" AFTER UPDATE OF "status", "deletedAt", "dateStart", "sourceLane", "importance", "datePrecision", "tagSet" ON "Event"
WHEN OLD."status" IS NOT NEW."status" OR OLD."deletedAt" IS NOT NEW."deletedAt" OR OLD."dateStart" <> NEW."dateStart"
  OR OLD."sourceLane" <> NEW."sourceLane" OR OLD."importance" <> NEW."importance" OR OLD."datePrecision" <> NEW."datePrecision"
  OR OLD."tagSet" <> NEW."tagSet"
BEGIN
  INSERT INTO "TimelineSourceFacetDelta"
  SELECT -1, OLD."id", OLD."dateStart", OLD."sourceLane", OLD."datePrecision", OLD."tagSet", OLD."importance"
  WHERE OLD."status" = 'published' AND OLD."deletedAt" IS NULL;
  INSERT INTO "TimelineSourceFacetDelta"
  SELECT 1, NEW."id", NEW."dateStart", NEW."sourceLane", NEW."datePrecision", NEW."tagSet", NEW."importance"
  WHERE NEW."status" = 'published' AND NEW."deletedAt" IS NULL;
END;
