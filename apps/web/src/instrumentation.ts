/**
 * Runs once when the Next.js server starts. In production the server renders its public page
 * once for itself (server/warmUp.ts) so the first visitor gets a warm server; DATELINE_WARM_UP=0
 * turns this off.
 */
export function register(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  if (process.env.DATELINE_WARM_UP === "0") return;
  // Next.js sets the origin once the server listens, before it loads the app and calls register.
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!origin) return;
  // Not awaited: requests wait until the app is ready, which is after register returns.
  setTimeout(() => {
    void import("./server/warmUp").then(({ warmUp }) => warmUp(origin, ["/"]));
  }, 0);
}
