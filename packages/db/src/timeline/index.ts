/**
 * `@dateline/db/timeline`: level-of-detail reads for the timeline chart and its exports.
 * Server code only (Prisma underneath).
 */
export { timelineView, MAX_VIEW_EVENTS, MAX_TOP_EVENTS } from "./view.ts";
export { OVERLAP_LOOKBACK_MS } from "./sql.ts";
export { timelineExtent, type TimelineExtent } from "./extent.ts";
export { exportTimelineEvents, MAX_EXPORT_EVENTS } from "./export.ts";
export { chooseBucketUnit, bucketBoundaries, floorTo, nextBucket } from "./buckets.ts";
