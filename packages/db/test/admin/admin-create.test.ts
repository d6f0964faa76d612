// `npm run admin:create` as an editor runs it: a child process with the password on stdin.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { countEditors } from "../../src/auth/index.ts";
import { createDb } from "../../src/client.ts";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function adminCreate(databaseUrl: string, email: string): string {
  return execFileSync(process.execPath, [tsx, "src/cli/admin-create.ts", "--email", email], {
    cwd: packageDir,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    input: "a long enough passphrase\n",
    encoding: "utf8",
    stdio: "pipe",
  });
}

describe("admin:create", () => {
  it("creates the first editor on a database that was never set up (before the first npm start)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dateline-admin-create-"));
    dirs.push(dir);
    const url = `file:${path.join(dir, "fresh.db")}`;
    expect(adminCreate(url, "first@example.org")).toContain("created editor first@example.org");
    expect(adminCreate(url, "second@example.org")).toContain("created editor second@example.org");
    const db = createDb(url);
    try {
      expect(await countEditors({ db })).toBe(2);
    } finally {
      await db.close();
    }
  }, 60_000);
});
