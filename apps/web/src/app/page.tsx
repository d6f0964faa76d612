import { LodTimelineApp } from "@/features/timeline/lod/LodTimelineApp";
import { readTimelinePage } from "@/server/timeline";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const props = await readTimelinePage(await searchParams);
  return (
    <main className="page">
      <header className="page-header">
        <h1>Dateline</h1>
        <p className="tagline">Dated events from news articles, each linked to the sentence it came from.</p>
        <p className="editor-link">
          <a href="/admin">Editors: sign in</a>
        </p>
      </header>
      <LodTimelineApp {...props} />
    </main>
  );
}
