// Test support for the admin verbs: a migrated temporary database, an editor, a checksum.
import { databaseFingerprint } from "../../src/admin/fingerprint.ts";
import type { Db } from "../../src/client.ts";
import { afterAll, beforeAll } from "vitest";
import { createTestDb, type TestDb } from "../helpers.ts";

/** A temporary database with every committed migration applied (admin tables included). */
export const createAdminTestDb = createTestDb;

/** Fingerprint of every row of every table: equal ⇔ unchanged database. */
export async function checksum(db: Db): Promise<string> {
  return (await databaseFingerprint({ db })).sha256;
}

/** A fresh admin test database for the enclosing suite (created before, disposed after it). */
export function useAdminTestDb(): Pick<TestDb, "db" | "file"> {
  let current: TestDb | undefined;
  beforeAll(() => {
    current = createAdminTestDb();
  });
  afterAll(async () => {
    await current?.dispose();
  });
  const get = (): TestDb => {
    if (!current) throw new Error("useAdminTestDb: used outside a test");
    return current;
  };
  return {
    get db() {
      return get().db;
    },
    get file() {
      return get().file;
    },
  };
}
