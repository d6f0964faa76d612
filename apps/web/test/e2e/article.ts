/** A test server (see server.ts) whose database also holds one more article, imported as the parser reads it. */
import { createDb, importDocument } from "@dateline/db";
import { startTestServer, type TestServer } from "./server";

export async function startServerWithArticle(article: Parameters<typeof importDocument>[0]): Promise<TestServer> {
  const server = await startTestServer();
  const db = createDb(server.databaseUrl);
  try {
    await importDocument(article, { db });
  } catch (error) {
    await server.stop();
    throw error;
  } finally {
    await db.close();
  }
  return server;
}
