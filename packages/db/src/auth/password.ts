/**
 * Password hashing for editors: Argon2id at OWASP's recommended minimum or above
 * (m = 19 MiB, t = 2, p = 1), through @node-rs/argon2 (prebuilt native binding from npm).
 */
import { hash, verify, type Algorithm } from "@node-rs/argon2";
import { AppError } from "../errors.ts";

/** Accepted password lengths, in Unicode code points. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Argon2id cost: memory in KiB, iterations, lanes. */
// `Algorithm` is an ambient const enum (unusable under isolatedModules): 2 is Argon2id.
export const ARGON2_PARAMS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Throws AppError INVALID_INPUT (on field `password`) unless 12–128 code points long. */
export function assertPasswordPolicy(password: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    const message = `Password must be ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters (got ${length}).`;
    throw new AppError("INVALID_INPUT", message, { issues: [{ path: "password", message }] });
  }
}

/** PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`) of `password`. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

/** True when `password` matches the PHC `digest`; false (never throws) for malformed digests. */
export async function verifyPassword(digest: string, password: string): Promise<boolean> {
  if (!digest.startsWith("$argon2id$")) return false;
  try {
    return await verify(digest, password);
  } catch {
    return false;
  }
}
