-- Timeline lanes by source on PostgreSQL (issue 4), as on SQLite (prisma/migrations/…_timeline_source_lanes):
-- "Event"."sourceLane" is the alphabetically first publisher of the documents the event cites
-- ('' when it cites none or only documents without a publisher), kept by the EventSource and
-- Document triggers below; never written by the client. "TimelineSourceRollup" holds, per (unit,
-- bucket start, source lane), the number of published, not deleted events starting in the bucket
-- and the most important of them, with the cells of "TimelineRollup" ("timeline_cells").
-- Statement-level triggers over transition tables, like the rollup's.

-- NOTE: functions and triggers survive ALTER TABLE; a migration that drops and recreates
-- "Event", "EventSource" or "Document" must recreate the triggers below.

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
    "topImportance" DOUBLE PRECISION,

    CONSTRAINT "TimelineSourceRollup_pkey" PRIMARY KEY ("unit", "start", "lane")
);

-- Adds events to their source cells (as "timeline_rollup_add" does to rollup cells).
CREATE FUNCTION "timeline_source_rollup_add"(ids TEXT[], starts BIGINT[], lanes TEXT[], importances DOUBLE PRECISION[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "TimelineSourceRollup" AS r ("unit", "start", "lane", "end", "count", "topId", "topImportance")
  SELECT c."unit", c."start", d."lane", c."end", COUNT(*)::INTEGER,
         (array_agg(d."id" ORDER BY d."importance" DESC, d."id"))[1], MAX(d."importance")
  FROM unnest(ids, starts, lanes, importances) AS d("id", "dateStart", "lane", "importance")
  CROSS JOIN LATERAL "timeline_cells"(d."dateStart") c
  GROUP BY c."unit", c."start", c."end", d."lane"
  ON CONFLICT ("unit", "start", "lane") DO UPDATE SET
    "count" = r."count" + excluded."count",
    "topId" = CASE WHEN excluded."topImportance" > r."topImportance" THEN excluded."topId" ELSE r."topId" END,
    "topImportance" = CASE WHEN excluded."topImportance" > r."topImportance" THEN excluded."topImportance"
                           WHEN r."topImportance" IS NULL THEN NULL ELSE r."topImportance" END
$$;

-- Removes events (id, start, source lane) from their source cells (as "timeline_rollup_remove").
CREATE FUNCTION "timeline_source_rollup_remove"(ids TEXT[], starts BIGINT[], lanes TEXT[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  empty_units TEXT[]; empty_starts BIGINT[]; empty_lanes TEXT[];
  top_units TEXT[]; top_starts BIGINT[]; top_lanes TEXT[];
BEGIN
  WITH counted AS (
    UPDATE "TimelineSourceRollup" r SET "count" = r."count" - x."n"
    FROM "timeline_cell_members"(ids, starts, lanes) x
    WHERE r."unit" = x."unit" AND r."start" = x."start" AND r."lane" = x."lane"
    RETURNING r."unit", r."start", r."lane", r."count" <= 0 AS "empty", r."topId" = ANY (x."ids") AS "lostTop"
  )
  SELECT array_agg(c."unit") FILTER (WHERE c."empty"), array_agg(c."start") FILTER (WHERE c."empty"),
         array_agg(c."lane") FILTER (WHERE c."empty"),
         array_agg(c."unit") FILTER (WHERE NOT c."empty" AND c."lostTop"),
         array_agg(c."start") FILTER (WHERE NOT c."empty" AND c."lostTop"),
         array_agg(c."lane") FILTER (WHERE NOT c."empty" AND c."lostTop")
  INTO empty_units, empty_starts, empty_lanes, top_units, top_starts, top_lanes
  FROM counted c;

  DELETE FROM "TimelineSourceRollup" r USING unnest(empty_units, empty_starts, empty_lanes) AS d("unit", "start", "lane")
  WHERE r."unit" = d."unit" AND r."start" = d."start" AND r."lane" = d."lane";

  UPDATE "TimelineSourceRollup" r SET ("topId", "topImportance") = (
    SELECT e."id", e."importance" FROM "Event" e
    WHERE e."status" = 'published' AND e."deletedAt" IS NULL
      AND e."dateStart" >= r."start" AND e."dateStart" < r."end" AND e."sourceLane" = r."lane"
    ORDER BY e."importance" DESC, e."id" LIMIT 1)
  FROM unnest(top_units, top_starts, top_lanes) AS t("unit", "start", "lane")
  WHERE r."unit" = t."unit" AND r."start" = t."start" AND r."lane" = t."lane";
END
$$;

-- As "Event_timeline", keyed by the source lane.
CREATE FUNCTION "Event_source_timeline"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_ids TEXT[]; old_starts BIGINT[]; old_lanes TEXT[];
  new_ids TEXT[]; new_starts BIGINT[]; new_lanes TEXT[]; new_importances DOUBLE PRECISION[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n."id"), array_agg(n."dateStart"), array_agg(n."sourceLane"), array_agg(n."importance")
    INTO new_ids, new_starts, new_lanes, new_importances
    FROM "new_rows" n WHERE n."status" = 'published' AND n."deletedAt" IS NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(o."id"), array_agg(o."dateStart"), array_agg(o."sourceLane")
    INTO old_ids, old_starts, old_lanes
    FROM "old_rows" o WHERE o."status" = 'published' AND o."deletedAt" IS NULL;
  ELSE
    -- Planned on every run (see "Event_timeline").
    EXECUTE $join$
      SELECT array_agg(o."id") FILTER (WHERE o."status" = 'published' AND o."deletedAt" IS NULL),
             array_agg(o."dateStart") FILTER (WHERE o."status" = 'published' AND o."deletedAt" IS NULL),
             array_agg(o."sourceLane") FILTER (WHERE o."status" = 'published' AND o."deletedAt" IS NULL),
             array_agg(n."id") FILTER (WHERE n."status" = 'published' AND n."deletedAt" IS NULL),
             array_agg(n."dateStart") FILTER (WHERE n."status" = 'published' AND n."deletedAt" IS NULL),
             array_agg(n."sourceLane") FILTER (WHERE n."status" = 'published' AND n."deletedAt" IS NULL),
             array_agg(n."importance") FILTER (WHERE n."status" = 'published' AND n."deletedAt" IS NULL)
      FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id"
      WHERE o."status" IS DISTINCT FROM n."status" OR o."deletedAt" IS DISTINCT FROM n."deletedAt"
         OR o."dateStart" <> n."dateStart" OR o."sourceLane" <> n."sourceLane" OR o."importance" <> n."importance"
    $join$
    INTO old_ids, old_starts, old_lanes, new_ids, new_starts, new_lanes, new_importances;
  END IF;
  IF old_ids IS NOT NULL THEN PERFORM "timeline_source_rollup_remove"(old_ids, old_starts, old_lanes); END IF;
  IF new_ids IS NOT NULL THEN PERFORM "timeline_source_rollup_add"(new_ids, new_starts, new_lanes, new_importances); END IF;
  RETURN NULL;
END
$$;

-- An event's source lane is the alphabetically first publisher of the documents it cites (byte
-- order, COLLATE "C", SQLite's BINARY); '' when none. Only rows whose source lane changes are written.
CREATE FUNCTION "timeline_refresh_source_lanes"(event_ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Event" e SET "sourceLane" = l."lane"
  FROM (
    SELECT x."id", COALESCE((SELECT MIN(d."publisher" COLLATE "C") FROM "EventSource" es JOIN "Document" d ON d."id" = es."documentId"
                             WHERE es."eventId" = x."id"), '') AS "lane"
    FROM (SELECT DISTINCT unnest(event_ids) AS "id") x
  ) l
  WHERE e."id" = l."id" AND e."sourceLane" <> l."lane"
$$;

-- Citations added, removed or moved: the source lanes of the events concerned. Deleting a
-- document deletes its EventSource rows (ON DELETE CASCADE), whose trigger follows.
CREATE FUNCTION "EventSource_lanes"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids TEXT[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n."eventId") INTO ids FROM "new_rows" n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(o."eventId") INTO ids FROM "old_rows" o;
  ELSE
    SELECT array_agg(x."eventId") INTO ids FROM (SELECT "eventId" FROM "old_rows" UNION ALL SELECT "eventId" FROM "new_rows") x;
  END IF;
  IF ids IS NOT NULL THEN PERFORM "timeline_refresh_source_lanes"(ids); END IF;
  RETURN NULL;
END
$$;

-- A document's publisher changed: the source lanes of the events citing it.
CREATE FUNCTION "Document_lane_publisher"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids TEXT[];
BEGIN
  -- Planned on every run, like the join in "Event_timeline".
  EXECUTE $join$
    SELECT array_agg(es."eventId")
    FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id" JOIN "EventSource" es ON es."documentId" = n."id"
    WHERE o."publisher" IS DISTINCT FROM n."publisher"
  $join$ INTO ids;
  IF ids IS NOT NULL THEN PERFORM "timeline_refresh_source_lanes"(ids); END IF;
  RETURN NULL;
END
$$;

-- Source lanes and cells of the events already stored.
UPDATE "Event" e SET "sourceLane" = COALESCE((SELECT MIN(d."publisher" COLLATE "C") FROM "EventSource" es JOIN "Document" d ON d."id" = es."documentId"
                                              WHERE es."eventId" = e."id"), '')
WHERE EXISTS (SELECT 1 FROM "EventSource" es WHERE es."eventId" = e."id");
SELECT "timeline_source_rollup_add"(array_agg("id"), array_agg("dateStart"), array_agg("sourceLane"), array_agg("importance"))
FROM "Event" WHERE "status" = 'published' AND "deletedAt" IS NULL HAVING COUNT(*) > 0;

CREATE TRIGGER "Event_source_timeline_insert" AFTER INSERT ON "Event"
REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "Event_source_timeline"();
CREATE TRIGGER "Event_source_timeline_delete" AFTER DELETE ON "Event"
REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "Event_source_timeline"();
CREATE TRIGGER "Event_source_timeline_update" AFTER UPDATE ON "Event"
REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "Event_source_timeline"();
CREATE TRIGGER "EventSource_lane_insert" AFTER INSERT ON "EventSource"
REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "EventSource_lanes"();
CREATE TRIGGER "EventSource_lane_delete" AFTER DELETE ON "EventSource"
REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "EventSource_lanes"();
CREATE TRIGGER "EventSource_lane_update" AFTER UPDATE ON "EventSource"
REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "EventSource_lanes"();
CREATE TRIGGER "Document_lane_publisher" AFTER UPDATE ON "Document"
REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "Document_lane_publisher"();
