import Link from "next/link";
import { PRECISIONS, EVENT_STATUSES } from "@dateline/schema";
import { ADMIN_SORTS, ADMIN_STATES, type AdminEventPage } from "@dateline/schema/admin";
import { RowActions } from "./RowActions";

export interface TableQuery {
  q: string;
  status: string;
  precision: string;
  state: string;
  sort: string;
  page: number;
}

function hrefFor(query: TableQuery, page: number): string {
  const params = new URLSearchParams({ q: query.q, status: query.status, precision: query.precision, state: query.state, sort: query.sort, page: String(page) });
  return `/admin?${params.toString()}`;
}

const SORT_LABELS: Record<(typeof ADMIN_SORTS)[number], string> = { "date-asc": "date, earliest first", "date-desc": "date, latest first", "updated-desc": "recently changed" };

/** The admin's table of events: filters (a GET form), rows, paging. All text rendered as text. */
export function EventTable({ page, query }: { page: AdminEventPage; query: TableQuery }) {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  return (
    <section aria-labelledby="events-heading">
      <h1 id="events-heading">Events</h1>
      <form className="filters" method="get" action="/admin" role="search">
        <label>
          Search
          <input type="search" name="q" defaultValue={query.q} maxLength={200} />
        </label>
        <label>
          Status
          <select name="status" defaultValue={query.status}>
            <option value="any">any</option>
            {EVENT_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Precision
          <select name="precision" defaultValue={query.precision}>
            <option value="any">any</option>
            {PRECISIONS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          Show
          <select name="state" defaultValue={query.state}>
            {ADMIN_STATES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Sort by
          <select name="sort" defaultValue={query.sort}>
            {ADMIN_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Apply</button>
      </form>
      <p className="muted" role="status">
        {page.total} event{page.total === 1 ? "" : "s"}
      </p>
      <table className="events-table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Tags</th>
            <th scope="col">Updated</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((e) => (
            <tr key={e.id} data-event-id={e.id} className={e.deletedAt ? "deleted" : undefined}>
              <td>
                <span className="mono">{e.date.value}</span> <span className="muted">{e.date.precision}{e.date.mod ? `, ${e.date.mod.toLowerCase()}` : ""}</span>
              </td>
              <td>
                <Link href={`/admin/events/${encodeURIComponent(e.id)}`}>{e.title}</Link>
                {e.deletedAt ? <span className="badge">deleted</span> : null}
              </td>
              <td>{e.status}</td>
              <td>{e.tags.join(", ")}</td>
              <td className="muted">{e.updatedAt.slice(0, 16).replace("T", " ")}</td>
              <td>
                <RowActions id={e.id} version={e.version} deleted={e.deletedAt !== null} title={e.title} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="pager" aria-label="Pages">
        {page.page > 1 ? <Link href={hrefFor(query, page.page - 1)}>← Previous</Link> : <span />}
        <span>
          Page {page.page} of {pages}
        </span>
        {page.page < pages ? <Link href={hrefFor(query, page.page + 1)}>Next →</Link> : <span />}
      </nav>
    </section>
  );
}
