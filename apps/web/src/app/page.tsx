import { TimelineApp } from "@/features/timeline/TimelineApp";
import { readPublishedEvents } from "@/server/events";

export default async function HomePage() {
  const events = await readPublishedEvents();
  return (
    <main className="page">
      <header className="page-header">
        <h1>Dateline</h1>
        <p className="tagline">Dated events from news articles, each linked to the sentence it came from.</p>
      </header>
      <TimelineApp events={events} />
    </main>
  );
}
