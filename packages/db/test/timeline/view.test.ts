// timelineView, timelineExtent, exportTimelineEvents and the timeline triggers on SQLite (the
// expectations live in ./suite.ts and the files it calls, and run on PostgreSQL too:
// view.postgres.test.ts).
import { describeCalendarEdges } from "./calendar-edges.ts";
import { describeCountSources } from "./count-sources.ts";
import { describeTimeline } from "./suite.ts";

describeTimeline("sqlite");
describeCalendarEdges("sqlite");
describeCountSources("sqlite");
