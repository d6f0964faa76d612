/**
 * `npm run admin:create -- --email you@example.org [--name "Your Name"]`
 * Creates an editor account. Asks for the password twice on a terminal (not echoed); reads it
 * from the first line of stdin otherwise (`printf '%s\n' "$PW" | npm run admin:create -- --email …`).
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createEditor } from "../auth/users.ts";
import { getDb } from "../client.ts";
import { isAppError } from "../errors.ts";
import { migrateDeploy, pendingMigrations } from "../migrations.ts";
import { resolveDatabase } from "../paths.ts";

async function readLineFromStdin(): Promise<string> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return "";
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Echo nothing while the password is typed.
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stdout.write(question);
    output._writeToOutput = () => undefined;
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readLineFromStdin();
  const first = await promptHidden("Password (12–128 characters): ");
  const second = await promptHidden("Repeat the password: ");
  if (first !== second) throw new Error("the passwords differ");
  return first;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  if (!values.email) {
    console.error("usage: npm run admin:create -- --email you@example.org [--name \"Your Name\"]");
    return 2;
  }
  const password = await readPassword();
  // Run before the first `npm start`, the database has no tables yet: bring it up to date first.
  const target = resolveDatabase();
  const pending = await pendingMigrations(target);
  if (pending === null || pending.length > 0) migrateDeploy(target, { quiet: true });
  const db = getDb();
  try {
    const editor = await createEditor({ email: values.email, password, ...(values.name ? { name: values.name } : {}) }, { db, actor: "cli" });
    console.log(`created editor ${editor.email}; sign in at /admin/login`);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      console.error(`admin:create: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
