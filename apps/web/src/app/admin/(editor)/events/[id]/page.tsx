import { notFound } from "next/navigation";
import { getEventForAdmin } from "@dateline/db/admin";
import { EventForm } from "@/features/admin/EventForm";
import { requireEditorPage } from "@/server/auth/session";

export default async function EditEventPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  await requireEditorPage();
  const { id } = await params;
  const event = await getEventForAdmin(id);
  if (!event) notFound();
  const { created } = await searchParams;
  return (
    <>
      <h1>Edit event</h1>
      {created ? (
        <p className="notice" role="status">
          Created.
        </p>
      ) : null}
      {event.deletedAt ? <p className="notice">This event is deleted. Restore it from the events table to edit it.</p> : null}
      <EventForm key={event.id} event={event} />
      {event.sources.length > 0 ? (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">Evidence</h2>
          <ul>
            {event.sources.map((s, i) => (
              <li key={i}>
                <q>{s.quote}</q> <span className="muted">— {s.document.title ?? s.document.url ?? "untitled article"}{s.resolution ? `; ${s.resolution}` : ""}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
