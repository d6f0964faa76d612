/** `@dateline/db/auth`: editors' sign-in, sessions, accounts. Server code only. */
export { AUTH_PATHS, COOKIE_PREFIX, SESSION_TTL_SECONDS, getAuth, getSessionUser, handleAuthRequest, logAuthEvent } from "./auth.ts";
export type { SessionUser } from "./auth.ts";
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, assertPasswordPolicy, hashPassword, verifyPassword } from "./password.ts";
export { MAX_FAILURES, WINDOW_MS, clientAddress, normaliseEmail } from "./throttle.ts";
export { countEditors, createEditor, ensureAdminFromEnv } from "./users.ts";
export type { CreatedEditor } from "./users.ts";
