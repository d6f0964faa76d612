-- Timeline week cells (issue 4), the PostgreSQL side of the SQLite migration of the same name: the
-- trigger-kept cell tables ("TimelineRollup", "TimelineFacet", "TimelineSourceRollup") get a third
-- unit, 'week' (d3-time's utcWeek: 7 UTC days from Sunday, any year), so a view with week buckets
-- reads one row per bucket and lane instead of summing seven day cells. Every trigger function
-- takes its cells from "timeline_cells", which gains the week; the week of the UTC day starting at
-- d starts d - ((d / 86400000 + 4) mod 7) days earlier (1970-01-01 was a Thursday; d / 86400000
-- is exact, and the double modulo keeps the weekday in 0-6 before 1970).

CREATE OR REPLACE FUNCTION "timeline_cells"(ds BIGINT)
RETURNS TABLE ("unit" TEXT, "start" BIGINT, "end" BIGINT)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 'day', d.s, d.s + 86400000
  FROM (SELECT ds - ((ds % 86400000) + 86400000) % 86400000 AS s) d
  UNION ALL
  SELECT 'week', w.s, w.s + 604800000
  FROM (SELECT d.s - ((((d.s / 86400000) + 4) % 7) + 7) % 7 * 86400000 AS s
        FROM (SELECT ds - ((ds % 86400000) + 86400000) % 86400000 AS s) d) w
  UNION ALL
  SELECT 'month',
         (EXTRACT(EPOCH FROM m.s) * 1000)::BIGINT,
         (EXTRACT(EPOCH FROM m.s + INTERVAL '1 month') * 1000)::BIGINT
  FROM (SELECT date_trunc('month', to_timestamp(floor(ds / 1000.0)::DOUBLE PRECISION) AT TIME ZONE 'UTC') AS s) m
  WHERE ds >= -62167219200000 AND ds < 253402300800000
$$;

-- Week cells of the events already stored, from their day cells: the count is the sum, the top the
-- most important of the days' tops (ties: the smallest id, as the trigger functions choose).
INSERT INTO "TimelineRollup" ("unit", "start", "lane", "end", "count", "topId", "topImportance")
SELECT 'week', w.s, w."lane", w.s + 604800000, SUM(w."count")::INTEGER,
       (array_agg(w."topId" ORDER BY w."topImportance" DESC NULLS LAST, w."topId"))[1], MAX(w."topImportance")
FROM (SELECT "start" - (((("start" / 86400000) + 4) % 7) + 7) % 7 * 86400000 AS s, "lane", "count", "topId", "topImportance"
      FROM "TimelineRollup" WHERE "unit" = 'day') w
GROUP BY w.s, w."lane";

INSERT INTO "TimelineSourceRollup" ("unit", "start", "lane", "end", "count", "topId", "topImportance")
SELECT 'week', w.s, w."lane", w.s + 604800000, SUM(w."count")::INTEGER,
       (array_agg(w."topId" ORDER BY w."topImportance" DESC NULLS LAST, w."topId"))[1], MAX(w."topImportance")
FROM (SELECT "start" - (((("start" / 86400000) + 4) % 7) + 7) % 7 * 86400000 AS s, "lane", "count", "topId", "topImportance"
      FROM "TimelineSourceRollup" WHERE "unit" = 'day') w
GROUP BY w.s, w."lane";

INSERT INTO "TimelineFacet" ("unit", "start", "lane", "precision", "tagSet", "end", "count", "topId", "topImportance")
SELECT 'week', w.s, w."lane", w."precision", w."tagSet", w.s + 604800000, SUM(w."count")::INTEGER,
       (array_agg(w."topId" ORDER BY w."topImportance" DESC NULLS LAST, w."topId"))[1], MAX(w."topImportance")
FROM (SELECT "start" - (((("start" / 86400000) + 4) % 7) + 7) % 7 * 86400000 AS s, "lane", "precision", "tagSet", "count", "topId", "topImportance"
      FROM "TimelineFacet" WHERE "unit" = 'day') w
GROUP BY w.s, w."lane", w."precision", w."tagSet";
