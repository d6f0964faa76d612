import { EventForm } from "@/features/admin/EventForm";
import { requireEditorPage } from "@/server/auth/session";

export default async function NewEventPage() {
  await requireEditorPage();
  return (
    <>
      <h1>New event</h1>
      <EventForm event={null} />
    </>
  );
}
