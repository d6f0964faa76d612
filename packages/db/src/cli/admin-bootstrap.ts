/**
 * First start: part of `npm run setup` (see setup.ts). Creates the first editor from
 * ADMIN_EMAIL and ADMIN_PASSWORD when both are set and no editor exists yet. Prints what it did,
 * never the password; a refused password (not 12–128 characters) fails the setup.
 */
import { ensureAdminFromEnv } from "../auth/users.ts";
import type { Db } from "../client.ts";
import { isAppError } from "../errors.ts";

export async function bootstrapAdminFromEnv(db: Db, env: Record<string, string | undefined> = process.env): Promise<void> {
  try {
    const outcome = await ensureAdminFromEnv(env, { db });
    const messages = {
      created: `setup: created editor ${env.ADMIN_EMAIL?.trim().toLowerCase() ?? ""} from ADMIN_EMAIL/ADMIN_PASSWORD`,
      exists: "setup: an editor exists; ADMIN_EMAIL/ADMIN_PASSWORD ignored",
      "not-configured": "setup: no editor yet? `npm run admin:create -- --email …` (or ADMIN_EMAIL/ADMIN_PASSWORD on first start)",
    } as const;
    if (outcome !== "not-configured" || env.ADMIN_EMAIL || env.ADMIN_PASSWORD) console.log(messages[outcome]);
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new Error(`ADMIN_EMAIL/ADMIN_PASSWORD refused: ${error.message}`, { cause: error });
  }
}
