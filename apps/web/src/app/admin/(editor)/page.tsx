import { listEventsForAdmin } from "@dateline/db/admin";
import { AdminEventQuery } from "@dateline/schema/admin";
import { EventTable } from "@/features/admin/EventTable";
import { requireEditorPage } from "@/server/auth/session";

type Search = Record<string, string | string[] | undefined>;

export default async function AdminEventsPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireEditorPage();
  const raw = await searchParams;
  const first = (key: string) => {
    const v = raw[key];
    return Array.isArray(v) ? v[0] : v;
  };
  const parsed = AdminEventQuery.safeParse({
    q: first("q"),
    status: first("status"),
    precision: first("precision"),
    state: first("state"),
    sort: first("sort"),
    page: first("page"),
    pageSize: first("pageSize"),
  });
  const query = parsed.success ? parsed.data : AdminEventQuery.parse({});
  const page = await listEventsForAdmin(query);
  return <EventTable page={page} query={query} />;
}
