// The timeline expectations, run against each store (view.test.ts: SQLite, view.postgres.test.ts:
// PostgreSQL): timelineView, timelineExtent and exportTimelineEvents on 100 000 synthetic events,
// checked against an independent reading of the same database (plain SQL rows binned in JS), and
// the trigger-maintained tables (TimelineRollup, TimelineSourceRollup, TimelineLongEvent,
// Event.lane, Event.sourceLane) checked against a recomputation from scratch after every kind of
// write. One archive is shared by the blocks below, which run in this order (the later ones write
// to it).
import { useSyntheticStore } from "./context.ts";
import { describeLongEvents } from "./long-events.ts";
import { describeQueries } from "./queries.ts";
import { describeRollupWrites } from "./rollup-writes.ts";
import { describeSearch } from "./search.ts";
import { describeSourceLanes } from "./source-lanes.ts";
import { describeSources } from "./sources.ts";
import type { Provider } from "./store.ts";
import { describeWindows } from "./windows.ts";

const EVENTS = 100_000;

/** The timeline tests on 100 000 synthetic events in a fresh `provider` database. */
export function describeTimeline(provider: Provider): void {
  const ctx = useSyntheticStore(provider, EVENTS);
  describeWindows(ctx);
  describeRollupWrites(ctx);
  describeQueries(ctx);
  describeSearch(ctx);
  describeSources(ctx);
  describeSourceLanes(ctx);
  describeLongEvents(ctx);
}
