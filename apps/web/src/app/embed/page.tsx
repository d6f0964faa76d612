import { LodTimelineApp } from "@/features/timeline/lod/LodTimelineApp";
import { readTimelinePage } from "@/server/timeline";

/** `/embed?…`: the chart alone, for an iframe (the "Embed" button gives the snippet). */
export default async function EmbedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <main className="embed">
      <LodTimelineApp {...await readTimelinePage(await searchParams)} embed />
    </main>
  );
}
