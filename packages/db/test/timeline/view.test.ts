// timelineView, timelineExtent, exportTimelineEvents and the timeline triggers on SQLite (the
// expectations live in ./suite.ts and run on PostgreSQL too: view.postgres.test.ts).
import { describeCalendarEdges, describeTimeline } from "./suite.ts";

describeTimeline("sqlite");
describeCalendarEdges("sqlite");
