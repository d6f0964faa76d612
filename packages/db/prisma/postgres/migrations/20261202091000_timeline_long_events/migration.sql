-- Timeline: long events (issue 4), as on SQLite (prisma/migrations/…_timeline_long_events). A view
-- draws the events covering its window, including those that started before it; the
-- (dateStart, dateEnd) index finds those starting at most OVERLAP_LOOKBACK_MS (400 days =
-- 34560000000 ms, src/timeline/view.ts) before the window, and this table, kept by the triggers
-- below, holds every event lasting longer than that (whatever its status), so a decade-long range
-- is found without reading every earlier event. Keep 34560000000 equal to OVERLAP_LOOKBACK_MS
-- (a test checks it).

-- CreateTable
CREATE TABLE "TimelineLongEvent" (
    "eventId" TEXT NOT NULL,
    "dateStart" BIGINT NOT NULL,
    "dateEnd" BIGINT NOT NULL,

    CONSTRAINT "TimelineLongEvent_pkey" PRIMARY KEY ("eventId")
);

-- CreateIndex
CREATE INDEX "TimelineLongEvent_dateEnd_dateStart_idx" ON "TimelineLongEvent"("dateEnd", "dateStart");

-- The long events already stored.
INSERT INTO "TimelineLongEvent" ("eventId", "dateStart", "dateEnd")
SELECT "id", "dateStart", "dateEnd" FROM "Event" WHERE "dateEnd" - "dateStart" > 34560000000;

-- Statement-level, like the rollup triggers (migration timeline_rollup_triggers). Updated rows:
-- the entries of those that were long go, those that are long now come back (not matched old to
-- new by id, so an id change is handled too).
CREATE FUNCTION "Event_long"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM "TimelineLongEvent" l USING "old_rows" o
    WHERE l."eventId" = o."id" AND o."dateEnd" - o."dateStart" > 34560000000;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "TimelineLongEvent" ("eventId", "dateStart", "dateEnd")
    SELECT n."id", n."dateStart", n."dateEnd" FROM "new_rows" n WHERE n."dateEnd" - n."dateStart" > 34560000000;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Event_long_insert" AFTER INSERT ON "Event"
REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "Event_long"();
CREATE TRIGGER "Event_long_delete" AFTER DELETE ON "Event"
REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "Event_long"();
CREATE TRIGGER "Event_long_update" AFTER UPDATE ON "Event"
REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "Event_long"();
