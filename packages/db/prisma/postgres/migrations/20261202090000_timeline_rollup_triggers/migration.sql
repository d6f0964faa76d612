-- Timeline level of detail on PostgreSQL (issue 4): the triggers that keep "TimelineRollup" and
-- "Event"."lane" in step, with the semantics of the SQLite triggers of migration timeline_lod:
-- - "Event"."lane" is the alphabetically first tag name of the event ('' when untagged), kept on
--   insert/update/delete of "EventTag" and on "Tag" renames;
-- - per (unit, bucket start, lane), "TimelineRollup" holds the number of published, not deleted
--   events starting in the bucket and the most important of them ("topId", "topImportance");
--   units: 'day' (UTC days, any year) and 'month' (UTC calendar months, years 0000-9999 only, as
--   on SQLite, whose date functions stop there).
--
-- Unlike SQLite these are statement-level triggers over transition tables: one aggregated upsert
-- per statement instead of one per row, so bulk imports stay fast. They run after the whole
-- statement, so the top-event recomputation reads the final state of every row (no row of the
-- statement needs excluding, as the SQLite row triggers do).
--
-- NOTE: functions and triggers survive ALTER TABLE; a migration that drops and recreates
-- "Event", "EventTag" or "Tag" must recreate the triggers below.

-- The rollup cells holding an event that starts at epoch millisecond `ds`: its UTC day and, for
-- years 0000-9999, its UTC month. Integer arithmetic for days (PostgreSQL's % keeps the sign of
-- the dividend, hence the double modulo); the month goes through a timestamp built from whole
-- seconds (floor of an exact numeric division), so no float rounding can cross a boundary.
CREATE FUNCTION "timeline_cells"(ds BIGINT)
RETURNS TABLE ("unit" TEXT, "start" BIGINT, "end" BIGINT)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 'day', d.s, d.s + 86400000
  FROM (SELECT ds - ((ds % 86400000) + 86400000) % 86400000 AS s) d
  UNION ALL
  SELECT 'month',
         (EXTRACT(EPOCH FROM m.s) * 1000)::BIGINT,
         (EXTRACT(EPOCH FROM m.s + INTERVAL '1 month') * 1000)::BIGINT
  FROM (SELECT date_trunc('month', to_timestamp(floor(ds / 1000.0)::DOUBLE PRECISION) AT TIME ZONE 'UTC') AS s) m
  WHERE ds >= -62167219200000 AND ds < 253402300800000
$$;

-- Adds events (parallel arrays: id, start, lane, importance) to their cells: count + n, and the
-- cell's top replaced when an added event is strictly more important (as on SQLite, a NULL
-- "topImportance" stays NULL).
CREATE FUNCTION "timeline_rollup_add"(ids TEXT[], starts BIGINT[], lanes TEXT[], importances DOUBLE PRECISION[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "TimelineRollup" AS r ("unit", "start", "lane", "end", "count", "topId", "topImportance")
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

-- Per rollup cell, how many of the given events (id, start, lane) it holds and which.
CREATE FUNCTION "timeline_cell_members"(ids TEXT[], starts BIGINT[], lanes TEXT[])
RETURNS TABLE ("unit" TEXT, "start" BIGINT, "lane" TEXT, "n" INTEGER, "ids" TEXT[])
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT c."unit", c."start", d."lane", COUNT(*)::INTEGER, array_agg(d."id")
  FROM unnest(ids, starts, lanes) AS d("id", "dateStart", "lane")
  CROSS JOIN LATERAL "timeline_cells"(d."dateStart") c
  GROUP BY c."unit", c."start", d."lane"
$$;

-- Removes events (id, start, lane) from their cells: count - n, empty cells deleted, and a cell
-- whose top was one of them gets the most important published event it still holds. The cells
-- to delete or fix are carried in arrays, so each step is a primary-key lookup per cell whatever
-- the planner's statistics say (a count <= 0 filter it believes selective made it loop over the
-- whole table once per cell).
CREATE FUNCTION "timeline_rollup_remove"(ids TEXT[], starts BIGINT[], lanes TEXT[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  empty_units TEXT[]; empty_starts BIGINT[]; empty_lanes TEXT[];
  top_units TEXT[]; top_starts BIGINT[]; top_lanes TEXT[];
BEGIN
  WITH counted AS (
    UPDATE "TimelineRollup" r SET "count" = r."count" - x."n"
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

  DELETE FROM "TimelineRollup" r USING unnest(empty_units, empty_starts, empty_lanes) AS d("unit", "start", "lane")
  WHERE r."unit" = d."unit" AND r."start" = d."start" AND r."lane" = d."lane";

  UPDATE "TimelineRollup" r SET ("topId", "topImportance") = (
    SELECT e."id", e."importance" FROM "Event" e
    WHERE e."status" = 'published' AND e."deletedAt" IS NULL
      AND e."dateStart" >= r."start" AND e."dateStart" < r."end" AND e."lane" = r."lane"
    ORDER BY e."importance" DESC, e."id" LIMIT 1)
  FROM unnest(top_units, top_starts, top_lanes) AS t("unit", "start", "lane")
  WHERE r."unit" = t."unit" AND r."start" = t."start" AND r."lane" = t."lane";
END
$$;

-- Inserted rows enter their cells when they count (published, not deleted), deleted rows leave
-- them, and updated rows whose status, deletion, start, lane or importance changed leave their
-- old cells (when they counted) and enter their new ones (when they count now).
CREATE FUNCTION "Event_timeline"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_ids TEXT[]; old_starts BIGINT[]; old_lanes TEXT[];
  new_ids TEXT[]; new_starts BIGINT[]; new_lanes TEXT[]; new_importances DOUBLE PRECISION[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n."id"), array_agg(n."dateStart"), array_agg(n."lane"), array_agg(n."importance")
    INTO new_ids, new_starts, new_lanes, new_importances
    FROM "new_rows" n WHERE n."status" = 'published' AND n."deletedAt" IS NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(o."id"), array_agg(o."dateStart"), array_agg(o."lane")
    INTO old_ids, old_starts, old_lanes
    FROM "old_rows" o WHERE o."status" = 'published' AND o."deletedAt" IS NULL;
  ELSE
    -- EXECUTE plans this join on every run, from the transition tables' actual sizes: PL/pgSQL
    -- would otherwise keep the plan of its first run, and a nested loop planned for one row
    -- takes minutes on a statement that updates tens of thousands.
    EXECUTE $join$
      SELECT array_agg(o."id") FILTER (WHERE o."status" = 'published' AND o."deletedAt" IS NULL),
             array_agg(o."dateStart") FILTER (WHERE o."status" = 'published' AND o."deletedAt" IS NULL),
             array_agg(o."lane") FILTER (WHERE o."status" = 'published' AND o."deletedAt" IS NULL),
             array_agg(n."id") FILTER (WHERE n."status" = 'published' AND n."deletedAt" IS NULL),
             array_agg(n."dateStart") FILTER (WHERE n."status" = 'published' AND n."deletedAt" IS NULL),
             array_agg(n."lane") FILTER (WHERE n."status" = 'published' AND n."deletedAt" IS NULL),
             array_agg(n."importance") FILTER (WHERE n."status" = 'published' AND n."deletedAt" IS NULL)
      FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id"
      WHERE o."status" IS DISTINCT FROM n."status" OR o."deletedAt" IS DISTINCT FROM n."deletedAt"
         OR o."dateStart" <> n."dateStart" OR o."lane" <> n."lane" OR o."importance" <> n."importance"
    $join$
    INTO old_ids, old_starts, old_lanes, new_ids, new_starts, new_lanes, new_importances;
  END IF;
  IF old_ids IS NOT NULL THEN PERFORM "timeline_rollup_remove"(old_ids, old_starts, old_lanes); END IF;
  IF new_ids IS NOT NULL THEN PERFORM "timeline_rollup_add"(new_ids, new_starts, new_lanes, new_importances); END IF;
  RETURN NULL;
END
$$;

-- An event's lane is its alphabetically first tag's name ('' when untagged). Only rows whose
-- lane changes are written (an unchanged lane would not move any rollup either).
CREATE FUNCTION "timeline_refresh_lanes"(event_ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Event" e SET "lane" = l."lane"
  FROM (
    SELECT x."id", COALESCE((SELECT MIN(t."name") FROM "EventTag" et JOIN "Tag" t ON t."id" = et."tagId"
                             WHERE et."eventId" = x."id"), '') AS "lane"
    FROM (SELECT DISTINCT unnest(event_ids) AS "id") x
  ) l
  WHERE e."id" = l."id" AND e."lane" <> l."lane"
$$;

-- Links added, removed or moved (an UPDATE, which SQLite's timeline_lod did not watch; its
-- migration of the same name adds it): the lanes of the events concerned.
CREATE FUNCTION "EventTag_lanes"() RETURNS trigger LANGUAGE plpgsql AS $$
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
  IF ids IS NOT NULL THEN PERFORM "timeline_refresh_lanes"(ids); END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "Tag_lane_rename"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids TEXT[];
BEGIN
  -- Planned on every run, like the join in "Event_timeline".
  EXECUTE $join$
    SELECT array_agg(et."eventId")
    FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id" JOIN "EventTag" et ON et."tagId" = n."id"
    WHERE o."name" IS DISTINCT FROM n."name"
  $join$ INTO ids;
  IF ids IS NOT NULL THEN PERFORM "timeline_refresh_lanes"(ids); END IF;
  RETURN NULL;
END
$$;

-- Lanes and rollups of the events already stored (nothing maintained them on PostgreSQL before).
UPDATE "Event" e SET "lane" = COALESCE((SELECT MIN(t."name") FROM "EventTag" et JOIN "Tag" t ON t."id" = et."tagId"
                                        WHERE et."eventId" = e."id"), '')
WHERE e."lane" IS DISTINCT FROM COALESCE((SELECT MIN(t."name") FROM "EventTag" et JOIN "Tag" t ON t."id" = et."tagId"
                                           WHERE et."eventId" = e."id"), '');
DELETE FROM "TimelineRollup";
SELECT "timeline_rollup_add"(array_agg("id"), array_agg("dateStart"), array_agg("lane"), array_agg("importance"))
FROM "Event" WHERE "status" = 'published' AND "deletedAt" IS NULL HAVING COUNT(*) > 0;

CREATE TRIGGER "Event_timeline_insert" AFTER INSERT ON "Event"
REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "Event_timeline"();
CREATE TRIGGER "Event_timeline_delete" AFTER DELETE ON "Event"
REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "Event_timeline"();
CREATE TRIGGER "Event_timeline_update" AFTER UPDATE ON "Event"
REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "Event_timeline"();
CREATE TRIGGER "EventTag_lane_insert" AFTER INSERT ON "EventTag"
REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "EventTag_lanes"();
CREATE TRIGGER "EventTag_lane_delete" AFTER DELETE ON "EventTag"
REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "EventTag_lanes"();
CREATE TRIGGER "EventTag_lane_update" AFTER UPDATE ON "EventTag"
REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "EventTag_lanes"();
CREATE TRIGGER "Tag_lane_rename" AFTER UPDATE ON "Tag"
REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "Tag_lane_rename"();
