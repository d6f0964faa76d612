import type { z } from "zod";
import { AppError } from "./errors.ts";

/** Parses `value` with `schema`, or throws AppError INVALID_INPUT listing every field issue. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  const first = issues[0];
  const detail = first ? `: ${first.path ? `${first.path}: ` : ""}${first.message}` : "";
  throw new AppError("INVALID_INPUT", `invalid ${what}${detail}`, { issues });
}
