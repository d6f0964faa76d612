/**
 * A production server's first page render loads and compiles the rendering code and opens the
 * database: 0.5–1 s more than every later render on a 2-core machine (`npm run bench:timeline`,
 * first paint vs "2nd visitor"). `warmUp` asks the server for its own page once, as soon as it
 * answers, so the first visitor after a start does not pay for it. It never throws: a failed
 * warm-up only leaves the server as it was.
 */
export interface WarmUpOptions {
  /** Tries before giving up while the server does not answer yet. */
  readonly attempts?: number;
  /** Pause between tries, in milliseconds. */
  readonly retryMs?: number;
}

/** Requests `paths` of `origin` in turn; resolves with the status of each (0 when it got none). */
export async function warmUp(origin: string, paths: readonly string[] = ["/"], options: WarmUpOptions = {}): Promise<number[]> {
  const attempts = options.attempts ?? 40;
  const retryMs = options.retryMs ?? 250;
  const statuses: number[] = [];
  for (const path of paths) {
    let status = 0;
    for (let attempt = 0; attempt < attempts && status === 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, retryMs));
      try {
        const response = await fetch(new URL(path, origin), { headers: { "user-agent": "dateline-warm-up" } });
        await response.arrayBuffer();
        status = response.status;
      } catch {
        status = 0; // not listening yet, or reset: try again
      }
    }
    statuses.push(status);
  }
  return statuses;
}
