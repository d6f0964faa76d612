/**
 * Sign-in throttling: at most `MAX_FAILURES` failed attempts per (account, client address) in a
 * sliding window of `WINDOW_MS`; the next attempt is refused before the password is checked, so
 * even the right password does not get through. Attempts are rows in `LoginAttempt`, so every
 * server process and every restart sees the same count.
 */
import type { PrismaClient } from "../generated/sqlite/client.ts";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 10 * 60 * 1000;

/** The key attempts are counted under. */
export interface AttemptKey {
  email: string;
  ip: string;
}

/** Trimmed, lower-case e-mail: `Admin@Example.org ` and `admin@example.org` are one account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The client address to count attempts under. Without a trusted proxy (`DATELINE_TRUSTED_PROXY`
 * unset) every `X-Forwarded-For` value may be forged by the client, and Next.js keeps a
 * client-sent one instead of the socket address, so no address is trusted and attempts are
 * counted per account (`-`): a forged header cannot reset the counter. Behind a trusted proxy the
 * right-most `X-Forwarded-For` entry (the one the proxy appended) is the client.
 */
export function clientAddress(headers: Headers, trustedProxy = process.env.DATELINE_TRUSTED_PROXY): string {
  if (!trustedProxy) return "-";
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const last = forwarded.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  return last ?? "-";
}

/** Failed attempts for `key` within the window ending at `now`. */
export async function recentFailures(prisma: PrismaClient, key: AttemptKey, now: Date): Promise<number> {
  return prisma.loginAttempt.count({
    where: { email: key.email, ip: key.ip, success: false, at: { gt: new Date(now.getTime() - WINDOW_MS) } },
  });
}

/** True when the window already holds `MAX_FAILURES` failures: refuse this attempt unchecked. */
export async function isLockedOut(prisma: PrismaClient, key: AttemptKey, now: Date): Promise<boolean> {
  return (await recentFailures(prisma, key, now)) >= MAX_FAILURES;
}

/** Attempts older than this are deleted as new ones arrive (they no longer count). */
const RETENTION_MS = 24 * 60 * 60 * 1000;

/** Records one attempt (and forgets attempts older than a day). Returns its id. */
export async function recordAttempt(prisma: PrismaClient, key: AttemptKey, success: boolean, now: Date): Promise<string> {
  const row = await prisma.loginAttempt.create({ data: { email: key.email, ip: key.ip, success, at: now } });
  await prisma.loginAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - RETENTION_MS) } } });
  return row.id;
}

/** Marks an attempt recorded as failed (up front, so parallel guesses count) as a success. */
export async function markAttemptSucceeded(prisma: PrismaClient, id: string): Promise<void> {
  await prisma.loginAttempt.update({ where: { id }, data: { success: true } });
}
