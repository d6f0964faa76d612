// The timeline expectations of ./suite.ts (and the files it calls) on PostgreSQL: a fresh,
// randomly named database on 127.0.0.1:5432 per run, migrated with the committed prisma/postgres
// migrations, dropped afterwards. Runs unless DATELINE_SKIP_PG=1.
import { describe } from "vitest";
import { PG_ENABLED } from "../pg.ts";
import { describeCalendarEdges } from "./calendar-edges.ts";
import { describeCountSources } from "./count-sources.ts";
import { describeTimeline } from "./suite.ts";

describe.runIf(PG_ENABLED)("PostgreSQL", () => {
  describeTimeline("postgresql");
  describeCalendarEdges("postgresql");
  describeCountSources("postgresql");
});
