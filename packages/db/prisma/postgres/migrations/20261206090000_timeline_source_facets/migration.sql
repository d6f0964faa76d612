-- Timeline source facets on PostgreSQL (issue 4), as on SQLite (prisma/migrations/…_timeline_source_facets,
-- whose header gives the measurements behind the design): lanes by source with a precision or tag
-- filter from trigger-kept cells instead of every event. "TimelineSourceFacet" holds, per (unit,
-- bucket start, source lane, precision, tag set), the number of published, not deleted events
-- starting in the bucket and the most important of them: the cells of "TimelineFacet"
-- ("timeline_cells": day, week, month) keyed by "Event"."sourceLane" instead of the tag lane. A
-- table of its own rather than a key column more in "TimelineFacet", so the precision/tag views
-- with lanes by tag keep reading as many cells as before; at most one cell per unit and published
-- event. Statement-level triggers over transition tables, like the facets'.

-- NOTE: functions and triggers survive ALTER TABLE; a migration that drops and recreates "Event"
-- must recreate the triggers below. The cells follow "sourceLane" and "tagSet", so they depend on
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
    "topImportance" DOUBLE PRECISION,

    CONSTRAINT "TimelineSourceFacet_pkey" PRIMARY KEY ("unit", "start", "lane", "precision", "tagSet")
);

-- Adds events (id, start, source lane, precision, tag set, importance) to their cells (as
-- "timeline_facet_add" does to facet cells).
CREATE FUNCTION "timeline_source_facet_add"(ids TEXT[], starts BIGINT[], lanes TEXT[], precisions TEXT[], tag_sets TEXT[],
                                            importances DOUBLE PRECISION[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "TimelineSourceFacet" AS r ("unit", "start", "lane", "precision", "tagSet", "end", "count", "topId", "topImportance")
  SELECT c."unit", c."start", d."lane", d."precision", d."tagSet", c."end", COUNT(*)::INTEGER,
         (array_agg(d."id" ORDER BY d."importance" DESC, d."id"))[1], MAX(d."importance")
  FROM unnest(ids, starts, lanes, precisions, tag_sets, importances) AS d("id", "dateStart", "lane", "precision", "tagSet", "importance")
  CROSS JOIN LATERAL "timeline_cells"(d."dateStart") c
  GROUP BY c."unit", c."start", c."end", d."lane", d."precision", d."tagSet"
  ON CONFLICT ("unit", "start", "lane", "precision", "tagSet") DO UPDATE SET
    "count" = r."count" + excluded."count",
    "topId" = CASE WHEN excluded."topImportance" > r."topImportance" THEN excluded."topId" ELSE r."topId" END,
    "topImportance" = CASE WHEN excluded."topImportance" > r."topImportance" THEN excluded."topImportance"
                           WHEN r."topImportance" IS NULL THEN NULL ELSE r."topImportance" END
$$;

-- Removes events from their cells (as "timeline_facet_remove"; "timeline_facet_members" groups
-- them by cell whatever the lane means).
CREATE FUNCTION "timeline_source_facet_remove"(ids TEXT[], starts BIGINT[], lanes TEXT[], precisions TEXT[], tag_sets TEXT[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  empty_units TEXT[]; empty_starts BIGINT[]; empty_lanes TEXT[]; empty_precisions TEXT[]; empty_sets TEXT[];
  top_units TEXT[]; top_starts BIGINT[]; top_lanes TEXT[]; top_precisions TEXT[]; top_sets TEXT[];
BEGIN
  WITH counted AS (
    UPDATE "TimelineSourceFacet" r SET "count" = r."count" - x."n"
    FROM "timeline_facet_members"(ids, starts, lanes, precisions, tag_sets) x
    WHERE r."unit" = x."unit" AND r."start" = x."start" AND r."lane" = x."lane"
      AND r."precision" = x."precision" AND r."tagSet" = x."tagSet"
    RETURNING r."unit", r."start", r."lane", r."precision", r."tagSet", r."count" <= 0 AS "empty",
              r."topId" = ANY (x."ids") AS "lostTop"
  )
  SELECT array_agg(c."unit") FILTER (WHERE c."empty"), array_agg(c."start") FILTER (WHERE c."empty"),
         array_agg(c."lane") FILTER (WHERE c."empty"), array_agg(c."precision") FILTER (WHERE c."empty"),
         array_agg(c."tagSet") FILTER (WHERE c."empty"),
         array_agg(c."unit") FILTER (WHERE NOT c."empty" AND c."lostTop"),
         array_agg(c."start") FILTER (WHERE NOT c."empty" AND c."lostTop"),
         array_agg(c."lane") FILTER (WHERE NOT c."empty" AND c."lostTop"),
         array_agg(c."precision") FILTER (WHERE NOT c."empty" AND c."lostTop"),
         array_agg(c."tagSet") FILTER (WHERE NOT c."empty" AND c."lostTop")
  INTO empty_units, empty_starts, empty_lanes, empty_precisions, empty_sets,
       top_units, top_starts, top_lanes, top_precisions, top_sets
  FROM counted c;

  DELETE FROM "TimelineSourceFacet" r
  USING unnest(empty_units, empty_starts, empty_lanes, empty_precisions, empty_sets) AS d("unit", "start", "lane", "precision", "tagSet")
  WHERE r."unit" = d."unit" AND r."start" = d."start" AND r."lane" = d."lane"
    AND r."precision" = d."precision" AND r."tagSet" = d."tagSet";

  UPDATE "TimelineSourceFacet" r SET ("topId", "topImportance") = (
    SELECT e."id", e."importance" FROM "Event" e
    WHERE e."status" = 'published' AND e."deletedAt" IS NULL
      AND e."dateStart" >= r."start" AND e."dateStart" < r."end" AND e."sourceLane" = r."lane"
      AND e."datePrecision" = r."precision" AND e."tagSet" = r."tagSet"
    ORDER BY e."importance" DESC, e."id" LIMIT 1)
  FROM unnest(top_units, top_starts, top_lanes, top_precisions, top_sets) AS t("unit", "start", "lane", "precision", "tagSet")
  WHERE r."unit" = t."unit" AND r."start" = t."start" AND r."lane" = t."lane"
    AND r."precision" = t."precision" AND r."tagSet" = t."tagSet";
END
$$;

-- As "Event_facet", keyed by the source lane: a change of source lane, precision or tag set moves
-- an event too.
CREATE FUNCTION "Event_source_facet"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_ids TEXT[]; old_starts BIGINT[]; old_lanes TEXT[]; old_precisions TEXT[]; old_sets TEXT[];
  new_ids TEXT[]; new_starts BIGINT[]; new_lanes TEXT[]; new_precisions TEXT[]; new_sets TEXT[];
  new_importances DOUBLE PRECISION[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n."id"), array_agg(n."dateStart"), array_agg(n."sourceLane"), array_agg(n."datePrecision"),
           array_agg(n."tagSet"), array_agg(n."importance")
    INTO new_ids, new_starts, new_lanes, new_precisions, new_sets, new_importances
    FROM "new_rows" n WHERE n."status" = 'published' AND n."deletedAt" IS NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(o."id"), array_agg(o."dateStart"), array_agg(o."sourceLane"), array_agg(o."datePrecision"), array_agg(o."tagSet")
    INTO old_ids, old_starts, old_lanes, old_precisions, old_sets
    FROM "old_rows" o WHERE o."status" = 'published' AND o."deletedAt" IS NULL;
  ELSE
    -- Planned on every run (see "Event_timeline").
    EXECUTE $join$
      SELECT array_agg(o."id") FILTER (WHERE o."status" = 'published' AND o."deletedAt" IS NULL),
             array_agg(o."dateStart") FILTER (WHERE o."status" = 'published' AND o."deletedAt" IS NULL),
             array_agg(o."sourceLane") FILTER (WHERE o."status" = 'published' AND o."deletedAt" IS NULL),
             array_agg(o."datePrecision") FILTER (WHERE o."status" = 'published' AND o."deletedAt" IS NULL),
             array_agg(o."tagSet") FILTER (WHERE o."status" = 'published' AND o."deletedAt" IS NULL),
             array_agg(n."id") FILTER (WHERE n."status" = 'published' AND n."deletedAt" IS NULL),
             array_agg(n."dateStart") FILTER (WHERE n."status" = 'published' AND n."deletedAt" IS NULL),
             array_agg(n."sourceLane") FILTER (WHERE n."status" = 'published' AND n."deletedAt" IS NULL),
             array_agg(n."datePrecision") FILTER (WHERE n."status" = 'published' AND n."deletedAt" IS NULL),
             array_agg(n."tagSet") FILTER (WHERE n."status" = 'published' AND n."deletedAt" IS NULL),
             array_agg(n."importance") FILTER (WHERE n."status" = 'published' AND n."deletedAt" IS NULL)
      FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id"
      WHERE o."status" IS DISTINCT FROM n."status" OR o."deletedAt" IS DISTINCT FROM n."deletedAt"
         OR o."dateStart" <> n."dateStart" OR o."sourceLane" <> n."sourceLane" OR o."importance" <> n."importance"
         OR o."datePrecision" <> n."datePrecision" OR o."tagSet" <> n."tagSet"
    $join$
    INTO old_ids, old_starts, old_lanes, old_precisions, old_sets,
         new_ids, new_starts, new_lanes, new_precisions, new_sets, new_importances;
  END IF;
  IF old_ids IS NOT NULL THEN PERFORM "timeline_source_facet_remove"(old_ids, old_starts, old_lanes, old_precisions, old_sets); END IF;
  IF new_ids IS NOT NULL THEN
    PERFORM "timeline_source_facet_add"(new_ids, new_starts, new_lanes, new_precisions, new_sets, new_importances);
  END IF;
  RETURN NULL;
END
$$;

-- Cells of the events already stored.
SELECT "timeline_source_facet_add"(array_agg("id"), array_agg("dateStart"), array_agg("sourceLane"), array_agg("datePrecision"),
                                   array_agg("tagSet"), array_agg("importance"))
FROM "Event" WHERE "status" = 'published' AND "deletedAt" IS NULL HAVING COUNT(*) > 0;

CREATE TRIGGER "Event_source_facet_insert" AFTER INSERT ON "Event"
REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "Event_source_facet"();
CREATE TRIGGER "Event_source_facet_delete" AFTER DELETE ON "Event"
REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "Event_source_facet"();
CREATE TRIGGER "Event_source_facet_update" AFTER UPDATE ON "Event"
REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "Event_source_facet"();
