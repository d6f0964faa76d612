-- Timeline level of detail (issue 4): the lane column, the rollup table and the covering index,
-- so both flavours keep one set of models. The rollups are maintained by SQLite triggers only
-- (prisma/migrations/…_timeline_lod). The timeline views refuse PostgreSQL until it has its own.

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "lane" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "TimelineRollup" (
    "unit" TEXT NOT NULL,
    "start" BIGINT NOT NULL,
    "lane" TEXT NOT NULL,
    "end" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,
    "topId" TEXT,
    "topImportance" DOUBLE PRECISION,

    CONSTRAINT "TimelineRollup_pkey" PRIMARY KEY ("unit","start","lane")
);

-- CreateIndex
CREATE INDEX "Event_status_deletedAt_dateStart_lane_importance_id_idx" ON "Event"("status", "deletedAt", "dateStart", "lane", "importance", "id");

