import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SEED_ID = "000_9758e7baec3deacb";
export const SEED_PATH = join(PACKAGE_DIR, "..", "..", "seeds", `${SEED_ID}.txt`);

/** The seed article exactly as committed. */
export function readSeed(): string {
  return readFileSync(SEED_PATH, "utf8");
}

/**
 * Class names of a chrono instance's parsers and refiners, in run order. Tests only: the source
 * never reads class names (a bundler may rename classes).
 */
export function describeChrono(instance: { parsers: readonly object[]; refiners: readonly object[] }): { parsers: string[]; refiners: string[] } {
  return {
    parsers: instance.parsers.map((p) => p.constructor.name),
    refiners: instance.refiners.map((r) => r.constructor.name),
  };
}
