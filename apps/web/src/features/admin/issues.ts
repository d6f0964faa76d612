/** Field issues (from zod in the browser or from an action result) → one message per field. */
export interface IssueLike {
  readonly path: string | readonly PropertyKey[];
  readonly message: string;
}

export type FieldErrors = Record<string, string>;

/** First message per dotted path; `date.start`/`date.end`/`date.value` also show on `date`. */
export function fieldErrors(issues: readonly IssueLike[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const path = typeof issue.path === "string" ? issue.path : issue.path.map(String).join(".");
    const key = path || "form";
    out[key] ??= issue.message;
    if (path.startsWith("date.")) out.date ??= issue.message;
  }
  return out;
}
