/**
 * Part of `npm run setup` (first start): creates the first editor from ADMIN_EMAIL and
 * ADMIN_PASSWORD when both are set and no editor exists yet. Prints what it did, never the password.
 */
import { ensureAdminFromEnv } from "../auth/users.ts";
import { getDb } from "../client.ts";
import { isAppError } from "../errors.ts";

const db = getDb();
try {
  const outcome = await ensureAdminFromEnv(process.env, { db });
  const messages = {
    created: `admin: created editor ${process.env.ADMIN_EMAIL?.trim().toLowerCase() ?? ""} from ADMIN_EMAIL/ADMIN_PASSWORD`,
    exists: "admin: an editor exists; ADMIN_EMAIL/ADMIN_PASSWORD ignored",
    "not-configured": "admin: no editor created (set ADMIN_EMAIL and ADMIN_PASSWORD, or run `npm run admin:create -- --email …`)",
  } as const;
  console.log(messages[outcome]);
} catch (error) {
  if (!isAppError(error)) throw error;
  console.error(`admin: ADMIN_EMAIL/ADMIN_PASSWORD refused: ${error.message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
