/**
 * Editor accounts. There is no sign-up: the first admin comes from `npm run admin:create` or
 * from ADMIN_EMAIL / ADMIN_PASSWORD when the database is set up.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { prismaOf, type DbOption } from "../client.ts";
import { AppError } from "../errors.ts";
import { parseInput } from "../validate.ts";
import { assertPasswordPolicy, hashPassword } from "./password.ts";
import { normaliseEmail } from "./throttle.ts";

const NewEditor = z.object({
  email: z.email("Enter a valid e-mail address").max(254),
  name: z.string().trim().min(1).max(100).optional(),
});

export interface CreatedEditor {
  id: string;
  email: string;
}

/**
 * Creates an editor with a credential (Argon2id hash) in one transaction, with an audit row.
 * Throws AppError INVALID_INPUT (bad e-mail, password not 12–128 characters) or CONFLICT (the
 * e-mail is taken).
 */
export async function createEditor(
  input: { email: string; password: string; name?: string },
  options: DbOption & { actor?: string } = {},
): Promise<CreatedEditor> {
  const { email: rawEmail, name } = parseInput(NewEditor, { email: input.email.trim(), name: input.name }, "editor");
  assertPasswordPolicy(input.password);
  const email = normaliseEmail(rawEmail);
  const passwordHash = await hashPassword(input.password);
  const prisma = await prismaOf(options.db);
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email } })) {
      throw new AppError("CONFLICT", `an editor with e-mail "${email}" already exists`, {
        issues: [{ path: "email", message: "This e-mail already has an account." }],
      });
    }
    const id = randomUUID();
    await tx.user.create({ data: { id, email, name: name ?? email.split("@")[0] ?? email, emailVerified: true } });
    await tx.account.create({
      data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: passwordHash },
    });
    await tx.auditLog.create({
      data: { actor: options.actor ?? "cli", action: "user.create", entityType: "User", entityId: id, after: JSON.stringify({ email }) },
    });
    return { id, email };
  });
}

/** Number of editor accounts. */
export async function countEditors(options: DbOption = {}): Promise<number> {
  const prisma = await prismaOf(options.db);
  return prisma.user.count();
}

/**
 * First start: when ADMIN_EMAIL and ADMIN_PASSWORD are set and no editor exists yet, creates one.
 * Returns what it did, for the setup log. Never prints the password.
 */
export async function ensureAdminFromEnv(
  env: Record<string, string | undefined> = process.env,
  options: DbOption = {},
): Promise<"created" | "exists" | "not-configured"> {
  const email = env.ADMIN_EMAIL?.trim();
  const password = env.ADMIN_PASSWORD;
  if (!email || !password) return "not-configured";
  if ((await countEditors(options)) > 0) return "exists";
  await createEditor({ email, password }, { ...options, actor: "setup" });
  return "created";
}
