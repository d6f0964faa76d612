// timelineView, timelineExtent, exportTimelineEvents and the timeline triggers on SQLite (the
// expectations live in ./suite.ts and run on PostgreSQL too: view.postgres.test.ts).
import { describeCalendarEdges, describeCountSources, describeTimeline } from "./suite.ts";

describeTimeline("sqlite");
describeCalendarEdges("sqlite");
describeCountSources("sqlite");
